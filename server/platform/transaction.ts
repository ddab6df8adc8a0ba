import type { Db, Tx } from '../db/connection.ts';

/**
 * Runs `work` in one database transaction. Every state change goes through here so that the row,
 * its audit record and its event commit or roll back together.
 */
export function withTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
