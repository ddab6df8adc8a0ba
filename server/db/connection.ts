import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres/session';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { openJournal, PREPARE_AUDIT_APPEND } from './journal.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: store functions accept both. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** A short description for logs, without credentials. */
  description: string;
  /**
   * Runs `work` in a transaction with a journal (`journalOf(tx)`): the audit records and events it
   * collects are written by statements sent with the COMMIT, on PostgreSQL in the same round trip.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs raw SQL (several statements allowed); used by migrations, tests and benchmarks. */
  exec(sql: string): Promise<void>;
  /** PostgreSQL only: a dedicated connection that calls back on NOTIFY. Returns the unsubscribe. */
  listen?(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** PostgreSQL only: NOTIFY the channel's listeners on every instance. */
  notify?(channel: string): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; omitted means in-memory. */
  dataDir?: string | undefined;
  /** A PGlite data directory dump to start from (tests start from a migrated template). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // Every connection works in UTC; the center's time zone is applied by the application.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    options: '-c timezone=UTC',
  });
  const description = describeUrl(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot connect to PostgreSQL at ${description}: ${(error as Error).message}`,
    );
  }
  const db = drizzlePostgres(pool, { schema });
  const dialect = new PgDialect();
  const relations = { fullSchema: db._.fullSchema, schema: db._.schema!, tableNamesMap: db._.tableNamesMap };
  const prepared = new WeakSet<pg.PoolClient>();
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    description,
    // drizzle's own transaction sends COMMIT alone; this one sends the journal's records with it.
    transaction: async (work) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const session = new NodePgSession(client, dialect, relations);
        const tx = new NodePgTransaction(dialect, session, relations) as unknown as Tx;
        await client.query('begin');
        try {
          const journal = openJournal(tx);
          const result = await work(tx);
          const records = journal.statements();
          if (records.length > 0 && !prepared.has(client)) {
            await client.query(PREPARE_AUDIT_APPEND);
            prepared.add(client); // prepared statements outlive a rolled-back transaction
          }
          await client.query([...records, 'commit'].join(';\n'));
          return result;
        } catch (error) {
          await client.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
          throw error;
        }
      } finally {
        client.release(broken); // a connection that cannot roll back is closed, not reused
      }
    },
    exec: async (sql) => void (await pool.query(sql)),
    listen: async (channel, onNotify) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      client.on('notification', onNotify);
      client.on('error', () => {}); // a lost listener only delays delivery: the dispatcher also polls
      await client.query(`LISTEN ${channel}`);
      return () => client.end();
    },
    notify: async (channel) => void (await pool.query('select pg_notify($1, $2)', [channel, ''])),
    close: () => pool.end(),
  };
}

/**
 * PostgreSQL settings PGlite starts with, on top of its own start parameters. PGlite's WASM memory
 * starts at 128 MB and never shrinks; PostgreSQL's default 128 MB of shared buffers (146 MB of shared
 * memory in all) grows it to 189 MB at open, all of it resident. 16 MB of buffers keeps the shared memory
 * at 24 MB and the WASM memory at its 128 MB floor; a page not in them is one read from the operating
 * system's page cache, which the kernel can reclaim. Measured in docs/benchmarks.md.
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = { shared_buffers: '16MB' };

const settingArgs = () =>
  Object.entries(PGLITE_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]);

/** PGlite's own start parameters (single-user mode, `-F`, no parallel workers …) and our settings. */
export function pgliteStartParams(): string[] {
  const defaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams;
  // Passing startParams replaces PGlite's defaults: without them it would not start the same way.
  if (!defaults?.includes('--single'))
    throw new Error('PGlite.defaultStartParams not found: check the upgrade');
  return [...defaults, ...settingArgs()];
}

/**
 * Runs initdb for a new data directory in a child process that loads nothing but PGlite. PGlite's
 * initdb takes a second PostgreSQL instance and initdb's own WASM module (a peak near 700 MB), and a
 * process that ran it does not get that memory back while its database is open (docs/benchmarks.md).
 */
function initdbInChildProcess(dataDir: string): Promise<void> {
  const script = path.join(import.meta.dirname, 'initdb-child.js');
  const args = [script, dataDir, JSON.stringify(pgliteStartParams()), JSON.stringify(settingArgs())];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `initdb failed (${signal ?? `exit code ${code}`}): ${stderr.trim().split('\n').at(-1)}`,
            ),
          ),
    );
  });
}

async function openPglite(options: OpenOptions): Promise<Database> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  let client: PGlite;
  try {
    if (options.dataDir && !options.loadDataDir && !fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
      await initdbInChildProcess(options.dataDir);
    }
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      startParams: pgliteStartParams(),
      // For an in-memory database: initdb writes them into postgresql.conf, and its bootstrap runs
      // with them (60 MB less than with the default buffers).
      initDbStartParams: settingArgs(),
    });
    await client.exec(`SET TIME ZONE 'UTC'`);
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot open the embedded database in ${options.dataDir ?? 'memory'}: ${(error as Error).message}`,
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let prepared = false;
  return {
    db,
    kind: 'pglite',
    transaction: (work) =>
      db.transaction(async (tx) => {
        const journal = openJournal(tx);
        const result = await work(tx);
        const records = journal.statements();
        if (records.length > 0 && !prepared) {
          await tx.execute(sql.raw(PREPARE_AUDIT_APPEND));
          prepared = true;
        }
        for (const record of records) await tx.execute(sql.raw(record));
        return result;
      }),
    description: options.dataDir ? `PGlite at ${options.dataDir}` : 'PGlite in memory',
    exec: async (sql) => void (await client.exec(sql)),
    close: () => client.close(),
  };
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}
