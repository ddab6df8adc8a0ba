import { Command } from 'commander';
import { runMigrations } from '../../server/db/migrate.ts';
import { withConfiguredDatabase } from './database.ts';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('Apply pending database migrations (DATABASE_URL, or PGlite in ONEWINDOW_DATA_DIR)')
    .action(() =>
      withConfiguredDatabase(async (database) => {
        const applied = await runMigrations(database);
        console.log(`${applied} migration(s) applied on ${database.description}`);
      }),
    );
}
