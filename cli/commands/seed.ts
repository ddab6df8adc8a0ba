import { Command } from 'commander';
import { runMigrations } from '../../server/db/migrate.ts';
import { prepareData } from '../../server/db/seed/prepare.ts';
import { systemClock } from '../../server/platform/clock.ts';
import { localFileStore } from '../../server/platform/files.ts';
import { withConfiguredDatabase } from './database.ts';

export function seedCommand(): Command {
  return new Command('seed')
    .description(
      'Load reference data (holiday schedules) and, with --demo, the demo county into an empty database',
    )
    .option('--demo', 'also load the demo county, its centers, departments and staff accounts')
    .action((options: { demo?: boolean }) =>
      withConfiguredDatabase(async (database, config) => {
        await runMigrations(database);
        const { seededDemo } = await prepareData(database, {
          demo: options.demo === true,
          clock: systemClock,
          // The demo's 表格下载 go where the server reads files from.
          files: localFileStore(config.dataDir),
          onProgress: (step, done, total) => console.log(`[${done}/${total}] ${step}`),
        });
        if (options.demo && !seededDemo) console.log('数据库已有数据，未重复导入演示数据');
        else console.log(seededDemo ? '演示数据已导入' : '参考数据已就绪');
      }),
    );
}
