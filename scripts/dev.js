// `npm run dev`: the API with reload on file changes (:3000) and Vite's dev server (:5173) proxying to it.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'cli/main.ts', 'serve', '--demo-outbox'], {
    stdio: 'inherit',
  }),
  spawn('node_modules/.bin/vite', ['--config', 'web/vite.config.ts'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
