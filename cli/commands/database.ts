import { ConfigError, loadConfig, type Config } from '../../server/config.ts';
import { DatabaseUnavailableError, openDatabase, type Database } from '../../server/db/connection.ts';

/** Opens the configured database for a command, or prints why not and sets a failing exit code. */
export async function withConfiguredDatabase(work: (database: Database, config: Config) => Promise<void>) {
  let database: Database;
  let config: Config;
  try {
    config = loadConfig();
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  try {
    await work(database, config);
  } finally {
    await database.close();
  }
}
