// Memory of the embedded (PGlite) server: `npx tsx bench/embedded-memory.ts`.
//
// Starts `onewindow serve` on a fresh data directory (initdb, migrations, demo seed), waits for
// /readyz, reads the server's RSS, idles, reads it again, then browses as citizens do (every item's
// service guide, searches, the public lists) and reads it once more, and stops it; then starts it a
// second time on the same directory and does the same. The peak is sampled every 25 ms over the server and every
// process it starts (the first start prepares the directory in a child process). Any environment
// variable given to this script reaches the server, so variants can be measured the same way.
//
// MEM_IDLE_SECONDS (default 30) sets the idle time, MEM_PORT (default 3201) the port, MEM_NODE_ARGS
// options for the server's node (e.g. `--max-semi-space-size=4`), MEM_KEEP_DIR=1 keeps the data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const IDLE_SECONDS = Number(process.env.MEM_IDLE_SECONDS ?? 30);
const PORT = Number(process.env.MEM_PORT ?? 3201);
const NODE_ARGS = (process.env.MEM_NODE_ARGS ?? '').split(' ').filter(Boolean);

interface Run {
  start: string;
  readySeconds: number;
  /** The server process after /readyz, and after idling. */
  readyRssMb: number;
  idleRssMb: number;
  usedRssMb: number;
  /** The server process's own high-water mark (VmHWM). */
  serverPeakMb: number;
  /** The largest sampled sum over the server and its child processes. */
  treePeakMb: number;
}

/** VmRSS and VmHWM in MB, or null once the process is gone. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const read = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return { rss: read('VmRSS'), hwm: read('VmHWM') };
  } catch {
    return null;
  }
}

function descendantsOf(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) children = children.concat(list.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}

/** Every item's guide, some searches and the public lists: what the portal reads. */
async function browse(base: string): Promise<void> {
  const get = async (url: string) => {
    const response = await fetch(base + url);
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await get(`/api/catalog/items?pageSize=100&page=${page}`)) as {
      total: number;
      items: { id: string }[];
    };
    ids.push(...body.items.map((item) => item.id));
    if (body.items.length === 0 || ids.length >= body.total) break;
  }
  const urls = [
    ...ids.map((id) => `/api/catalog/items/${id}/guide`),
    ...['营业执照', '不动产', '身份证', '结婚', '社保'].map(
      (q) => `/api/catalog/items?q=${encodeURIComponent(q)}`,
    ),
    '/api/catalog/hot-items',
    '/api/catalog/themes',
    '/api/catalog/lists/power',
    '/api/catalog/lists/responsibility',
    '/api/catalog/lists/fees',
  ];
  // Four at a time, as a few citizens would.
  for (let i = 0; i < urls.length; i += 4) await Promise.all(urls.slice(i, i + 4).map(get));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(start: string, dataDir: string): Promise<Run> {
  const started = performance.now();
  // The server itself, not npm or npx, so its pid is the one measured and stopped.
  const server: ChildProcess = spawn(
    process.execPath,
    [...NODE_ARGS, path.join(ROOT, 'bin/onewindow.js'), 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ONEWINDOW_DATA_DIR: dataDir,
        PORT: String(PORT),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const pid = server.pid!;
  let exited = false;
  server.once('exit', () => (exited = true));
  let treePeak = 0;
  const sampler = setInterval(() => {
    const sum = [pid, ...descendantsOf(pid)].reduce((total, p) => total + (memoryOf(p)?.rss ?? 0), 0);
    treePeak = Math.max(treePeak, sum);
  }, 25);
  try {
    while (!(await ready(`http://127.0.0.1:${PORT}/readyz`))) {
      if (exited) throw new Error(`the server exited during its ${start} start`);
      await sleep(100);
    }
    const readySeconds = (performance.now() - started) / 1000;
    const atReady = memoryOf(pid)!;
    await sleep(IDLE_SECONDS * 1000);
    const atIdle = memoryOf(pid)!;
    await browse(`http://127.0.0.1:${PORT}`);
    await sleep(2000);
    const atUse = memoryOf(pid)!;
    return {
      start,
      readySeconds,
      readyRssMb: atReady.rss,
      idleRssMb: atIdle.rss,
      usedRssMb: atUse.rss,
      serverPeakMb: atUse.hwm,
      treePeakMb: treePeak,
    };
  } finally {
    clearInterval(sampler);
    if (!exited) {
      const gone = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await gone;
    }
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-mem-'));
const runs: Run[] = [];
try {
  runs.push(await measure('first (fresh directory)', path.join(dataDir, 'data')));
  runs.push(await measure('second (existing directory)', path.join(dataDir, 'data')));
} finally {
  if (process.env.MEM_KEEP_DIR !== '1') fs.rmSync(dataDir, { recursive: true, force: true });
}

const mb = (value: number) => `${Math.round(value)} MB`;
console.log(
  `\nembedded server memory (idle ${IDLE_SECONDS} s${NODE_ARGS.length ? `, node ${NODE_ARGS.join(' ')}` : ''})`,
);
console.table(
  runs.map((run) => ({
    start: run.start,
    'ready after': `${run.readySeconds.toFixed(1)} s`,
    'RSS at ready': mb(run.readyRssMb),
    'RSS after idle': mb(run.idleRssMb),
    'RSS after browsing': mb(run.usedRssMb),
    'server peak (VmHWM)': mb(run.serverPeakMb),
    'peak with children': mb(run.treePeakMb),
  })),
);
