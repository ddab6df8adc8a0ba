import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { main } from '../../server/main.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function serveCommand(): Command {
  return new Command('serve')
    .description('Start the platform: API, web app and jobs in one process (see README for variables)')
    .option('--build-web-if-missing', 'build the web app first when web/dist is missing')
    .option(
      '--demo-outbox',
      'for the embedded demo (no DATABASE_URL, not production): turn the development outbox on unless ONEWINDOW_DEV_OUTBOX says otherwise',
    )
    .action(async (options: { buildWebIfMissing?: boolean; demoOutbox?: boolean }) => {
      const isEmbeddedDemo = !process.env.DATABASE_URL?.trim() && process.env.NODE_ENV !== 'production';
      if (options.demoOutbox && isEmbeddedDemo && !process.env.ONEWINDOW_DEV_OUTBOX?.trim()) {
        // So a person trying the demo can sign in with an SMS code (shown to this machine only).
        process.env.ONEWINDOW_DEV_OUTBOX = 'true';
      }
      if (options.buildWebIfMissing && !fs.existsSync(path.join(ROOT, 'web/dist/index.html'))) {
        console.log('首次启动：正在构建网页 (vite build)…');
        const vite = path.join(ROOT, 'node_modules/.bin/vite');
        const result = spawnSync(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
          cwd: ROOT,
          stdio: 'inherit',
        });
        if (result.status !== 0) {
          console.error('网页构建失败 / web build failed');
          process.exitCode = 1;
          return;
        }
      }
      await main();
    });
}
