import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export interface Measurement {
  name: string;
  value: number;
  unit: string;
  /** The measurement as a share of a machine ceiling measured in the same run. */
  ratio?: { of: string; value: number };
  p50Ms?: number;
  p99Ms?: number;
  rssMb?: number;
  target?: string;
  ok?: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** Starts a TypeScript server script in its own process and waits for the URL it prints. */
export async function startProcess(
  script: string,
  args: string[],
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/\S+/.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url, child };
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * HTTP load from this process: a fixed duration and connection count, then throughput and latency.
 * With `paths`, requests cycle through them (search terms, guide pages) instead of repeating one URL.
 */
export async function load(
  url: string,
  options: { seconds?: number; connections?: number; paths?: string[] } = {},
) {
  let next = 0;
  const requests: autocannon.Request[] | undefined = options.paths?.length
    ? [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: options.paths![next++ % options.paths!.length]! }),
        },
      ]
    : undefined;
  await autocannon({ url, connections: 10, duration: 1, requests }); // warm-up
  const result = await autocannon({
    url,
    connections: options.connections ?? 20,
    duration: options.seconds ?? 8,
    requests,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodeStats)}), ${result.errors} errors`,
    );
  }
  return { rps: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/** pgbench TPC-B against a PostgreSQL server: the database's own ceiling on this machine. */
export function pgbenchTps(bin: string, port: number, seconds = 10): number {
  const common = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'];
  execFileSync(path.join(bin, 'createdb'), [...common, 'pgbench'], { stdio: 'ignore' });
  execFileSync(path.join(bin, 'pgbench'), [...common, '-i', '-s', '4', '-q', 'pgbench'], { stdio: 'ignore' });
  const output = execFileSync(
    path.join(bin, 'pgbench'),
    [...common, '-c', '8', '-j', '2', '-T', String(seconds), 'pgbench'],
    {
      encoding: 'utf8',
    },
  );
  const tps = /tps = ([\d.]+)/.exec(output)?.[1];
  if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
  return Number(tps);
}

export function printTable(rows: Measurement[]): void {
  const lines = rows.map((r) => [
    r.name,
    `${formatNumber(r.value)} ${r.unit}`,
    r.ratio ? `${(r.ratio.value * 100).toFixed(1)} % of ${r.ratio.of}` : '',
    r.p50Ms !== undefined ? `${r.p50Ms} / ${r.p99Ms} ms` : '',
    r.rssMb !== undefined ? `${r.rssMb} MB` : '',
    r.target ? `${r.target} ${r.ok ? 'ok' : 'MISSED'}` : '',
  ]);
  const header = ['measurement', 'result', 'ratio', 'p50 / p99', 'RSS', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}

function formatNumber(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}
