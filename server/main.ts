import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { DatabaseUnavailableError, openDatabase, type Database } from './db/connection.ts';
import { pendingMigrationCount, runMigrations } from './db/migrate.ts';
import { isEmpty, prepareData } from './db/seed/prepare.ts';
import { localFileStore } from './platform/files.ts';
import { systemClock } from './platform/clock.ts';
import type { App } from './platform/http.ts';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds what is missing, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = {
    level: config.logLevel,
    ...(config.isProduction || !process.stdout.isTTY
      ? {}
      : {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }),
  };
  const database = await openPrepared(config);
  try {
    await runMigrations(database);
    const files = localFileStore(config.dataDir);
    await prepareData(database, { demo: config.seedDemo, clock: systemClock, files });
    const app = await buildApp({ config, database, clock: systemClock, logger, runJobs: true, files });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
    app.log.info(`OneWindow 一窗通 is serving ${url} on ${database.description}`);
    return {
      app,
      database,
      url,
      stop: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

/**
 * Opens the database. On PGlite, a data directory that needs migrations or the demo seed is prepared
 * by `onewindow seed` in a child process, and the server opens it when the child has exited: PGlite's
 * memory is never given back while its process lives (a new directory's initdb has its own child
 * process, see connection.ts; docs/benchmarks.md).
 */
async function openPrepared(config: Config): Promise<Database> {
  const open = () => openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const database = await open();
  if (database.kind !== 'pglite') return database;
  let needsPreparation: boolean;
  try {
    needsPreparation =
      (await pendingMigrationCount(database)) > 0 || (config.seedDemo && (await isEmpty(database)));
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  if (!needsPreparation) return database;
  await database.close();
  await prepareInChildProcess(config);
  return open();
}

const BIN = path.resolve(import.meta.dirname, '../bin/onewindow.js');

function prepareInChildProcess(config: Config): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ONEWINDOW_DATA_DIR: config.dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'seed', ...(config.seedDemo ? ['--demo'] : [])], {
    env,
    stdio: ['ignore', config.logLevel === 'silent' ? 'ignore' : 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new DatabaseUnavailableError(
            `Preparing the embedded database in ${config.dataDir} failed (onewindow seed: ${signal ?? `exit code ${code}`})`,
          ),
        );
    });
  });
}

/** Entry point for `onewindow serve`: readable errors on the first screen, graceful shutdown. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer(loadConfig(env));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`配置错误 / configuration error: ${error.message}`);
    } else if (error instanceof DatabaseUnavailableError) {
      console.error(`数据库不可用 / database unavailable: ${error.message}`);
    } else {
      throw error;
    }
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info(`${signal} received, shutting down`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
