import type { Config } from '../config.ts';
import type { Database, Db } from '../db/connection.ts';
import type { AuditSealer } from './audit-sealer.ts';
import type { Clock } from './clock.ts';
import type { EventDispatcher } from './events.ts';
import type { FileStore } from './files.ts';
import type { PersonalDataCipher } from './personal-data.ts';

/**
 * What every module gets: the database, the configuration, the clock, events, the personal-data cipher
 * the audit sealer and the file store.
 */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  events: EventDispatcher;
  personalData: PersonalDataCipher;
  auditSealer: AuditSealer;
  files: FileStore;
}
