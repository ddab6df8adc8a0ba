import type { Config } from '../config.ts';
import type { Database, Db } from '../db/connection.ts';
import type { Clock } from './clock.ts';

/** What every module gets: the database, the configuration and the clock. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
}
