import { Command } from 'commander';
import { pendingMigrationCount } from '../../server/db/migrate.ts';
import { verifyAuditChains } from '../../server/platform/audit.ts';
import { withConfiguredDatabase } from './database.ts';

export function verifyAuditCommand(): Command {
  return new Command('verify-audit')
    .description('Recompute every audit hash chain; exit 1 naming the first broken record')
    .action(() =>
      withConfiguredDatabase(async (database) => {
        const pending = await pendingMigrationCount(database);
        if (pending > 0) {
          console.error(
            `数据库尚未完成迁移 / the database lacks ${pending} migration(s): run \`onewindow migrate\` first`,
          );
          process.exitCode = 1;
          return;
        }
        const result = await verifyAuditChains(database.db, (done, total) => {
          if (done % 100 === 0 || done === total) process.stderr.write(`\r${done}/${total} chains`);
        });
        process.stderr.write('\n');
        if (result.breaks.length === 0) {
          console.log(
            `ok: ${result.records} records in ${result.streams} chains, ${result.pending} waiting to be sealed`,
          );
          return;
        }
        for (const broken of result.breaks) {
          console.log(`broken: chain ${broken.stream} at record ${broken.seq}: ${broken.reason}`);
        }
        process.exitCode = 1;
      }),
    );
}
