import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { DatabaseUnavailableError, openDatabase, type Database } from './db/connection.ts';
import { runMigrations } from './db/migrate.ts';
import { prepareData } from './db/seed/prepare.ts';
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
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await runMigrations(database);
    await prepareData(database, { demo: config.seedDemo, clock: systemClock });
    const app = await buildApp({ config, database, clock: systemClock, logger, runJobs: true });
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
