import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { addWorkingDays, formatIsoDate, nationalCalendar, parseIsoDate } from '../domain/calendar/index.ts';
import {
  evaluateCaseClock,
  PAUSE_REASONS,
  type CaseClockInput,
  type ClockEvent,
} from '../domain/clock/index.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

/** mulberry32: small, seeded, good enough to keep inputs varied and reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INPUT_COUNT = 1 << 16;

function measureAddWorkingDays(): BenchResult {
  const cal = nationalCalendar();
  const random = seededRandom(20250124);
  // Starts in 2024-01-01 … 2026-08-31 and n ≤ 60 keep every result inside the loaded years.
  const first = parseIsoDate('2024-01-01');
  const span = parseIsoDate('2026-08-31') - first;
  const starts: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i < INPUT_COUNT; i++) {
    starts.push(formatIsoDate(first + Math.floor(random() * span)));
    counts.push(Math.floor(random() * 61));
  }
  const calls = 10_000_000;
  let checksum = 0;
  // Warm-up so the JIT has compiled the path being measured.
  for (let i = 0; i < 200_000; i++)
    checksum += addWorkingDays(
      cal,
      starts[i & (INPUT_COUNT - 1)]!,
      counts[i & (INPUT_COUNT - 1)]!,
    ).charCodeAt(9);
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const k = i & (INPUT_COUNT - 1);
    checksum += addWorkingDays(cal, starts[k]!, counts[k]!).charCodeAt(9);
  }
  const seconds = (performance.now() - started) / 1000;
  if (checksum === 0) throw new Error('unreachable: checksum keeps the results alive');
  const perSecond = Math.round(calls / seconds);
  return {
    name: 'addWorkingDays (IsoDate in/out)',
    value: perSecond,
    unit: 'calls/s',
    target: '≥ 5,000,000 calls/s',
    ok: perSecond >= 5_000_000,
  };
}

function buildCases(count: number, seed: number): CaseClockInput[] {
  const cal = nationalCalendar();
  const random = seededRandom(seed);
  const dayMs = 86_400_000;
  const start = Date.UTC(2024, 0, 2, 1, 0, 0);
  const cases: CaseClockInput[] = [];
  for (let i = 0; i < count; i++) {
    const acceptedMs = start + Math.floor(random() * 700) * dayMs + Math.floor(random() * 9 * 3_600_000);
    const kindRoll = random();
    const handlingKind =
      kindRoll < 0.2 ? 'immediate' : kindRoll < 0.8 ? 'promised' : kindRoll < 0.9 ? 'escalated' : 'joint';
    const limitDays = handlingKind === 'immediate' ? 0 : [5, 10, 15, 20, 45][Math.floor(random() * 5)]!;
    const events: ClockEvent[] = [];
    let t = acceptedMs;
    const shape = random();
    if (shape < 0.4) {
      t += Math.floor(random() * 5 + 1) * dayMs;
      events.push({
        type: 'suspend',
        at: new Date(t).toISOString(),
        reason: PAUSE_REASONS[Math.floor(random() * 8)]!,
      });
      t += Math.floor(random() * 6 + 1) * dayMs;
      events.push({ type: 'resume', at: new Date(t).toISOString() });
    }
    if (shape < 0.15) {
      t += dayMs;
      events.push({
        type: 'extend',
        at: new Date(t).toISOString(),
        days: 10,
        approver: '局长',
        reason: '情况复杂',
      });
    }
    if (random() < 0.5) {
      t += Math.floor(random() * 20 + 1) * dayMs;
      events.push({ type: 'conclude', at: new Date(t).toISOString() });
    }
    const now = new Date(Math.max(t, acceptedMs + Math.floor(random() * 25) * dayMs)).toISOString();
    cases.push({
      calendar: cal,
      handlingKind,
      limitDays,
      acceptedAt: new Date(acceptedMs).toISOString(),
      events,
      now,
    });
  }
  return cases;
}

function measureCaseClocks(): BenchResult {
  const count = 1_000_000;
  const chunk = 250_000;
  // Cases are generated in chunks outside the timer so the heap stays small and only evaluation
  // is measured; each chunk uses its own seed, so all million cases differ.
  let seconds = 0;
  let overdue = 0;
  for (let done = 0; done < count; done += chunk) {
    const cases = buildCases(chunk, 795 + done);
    if (done === 0) for (let i = 0; i < 50_000; i++) evaluateCaseClock(cases[i]!); // JIT warm-up
    const started = performance.now();
    for (let i = 0; i < chunk; i++) if (evaluateCaseClock(cases[i]!).isPastDue) overdue++;
    seconds += (performance.now() - started) / 1000;
  }
  if (overdue < 0) throw new Error('unreachable');
  return {
    name: 'evaluateCaseClock × 1,000,000 cases',
    value: Math.round(seconds * 1000) / 1000,
    unit: 's',
    target: '< 1 s',
    ok: seconds < 1,
  };
}

export async function measureDomain(): Promise<BenchResult[]> {
  return [measureAddWorkingDays(), measureCaseClocks()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureDomain();
  console.table(
    results.map((r) => ({
      name: r.name,
      value: r.value.toLocaleString('en-US'),
      unit: r.unit,
      target: r.target,
      ok: r.ok,
    })),
  );
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}
