import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dialect } from '../server/test/harness.ts';

const bin = path.resolve(import.meta.dirname, '../bin/onewindow.js');

async function clockDue(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [bin, 'clock', 'due', ...args]);
    return { code: 0, lines: stdout.trimEnd().split('\n'), stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, lines: e.stdout.trimEnd().split('\n'), stderr: e.stderr };
  }
}

const lastLine = (lines: string[]) => lines[lines.length - 1];

// Process-level behaviour does not depend on the test database: run it once.
describe.runIf(dialect === 'pglite')('onewindow clock due', () => {
  it('prints the DOMAIN.md vectors as the last line, after the explanation', async () => {
    for (const [accepted, limit, due] of [
      ['2025-01-24', '5', '2025-02-07'],
      ['2026-09-18', '20', '2026-10-22'],
      ['2026-04-30', '5', '2026-05-11'],
    ] as const) {
      const { code, lines } = await clockDue('--accepted', accepted, '--limit', limit);
      expect(code).toBe(0);
      expect(lastLine(lines)).toBe(due);
      expect(lines[0]).toContain(`受理日期：${accepted}`);
      expect(lines.at(-2)).toMatch(new RegExp(`^办结期限：${due}（星期.）当日结束$`));
      expect(lines.join('\n')).not.toContain('暂定');
    }
  });

  it('counts into 2027 provisionally: 元旦 off, no swaps', async () => {
    // 2026-12-16…18 (3), 21…25 (8), 28…31 (12); 2027-01-01 (Fri) 元旦 off; 01-04…08 (17); 01-11…13 (20).
    const { code, lines } = await clockDue('--accepted', '2026-12-15', '--limit', '20');
    expect(code).toBe(0);
    expect(lastLine(lines)).toBe('2027-01-13');
    expect(lines).toContain('跳过节假日：1 天（2027-01-01 元旦（暂定））');
    expect(lines).toContain('办结期限：2027-01-13（星期三）当日结束（暂定）');
    expect(lines.some((l) => l.includes('2027年放假安排尚未发布'))).toBe(true);
  });

  it('skips the provisional 2027 春节 (除夕 02-05 to 02-08) with no weekend given back', async () => {
    // 01-26…29 (4), 02-01…04 (8); 02-05 除夕 off, 02-06/07 weekend, 02-08 初三 off; 02-09 (9), 02-10 (10).
    const { lines } = await clockDue('--accepted', '2027-01-25', '--limit', '10');
    expect(lastLine(lines)).toBe('2027-02-10');
    expect(lines).toContain('跳过节假日：4 天（2027-02-05 除夕（暂定），2027-02-06 至 02-08 春节（暂定））');
  });

  it('moves the due date by each paused working day and the extension', async () => {
    // Suspended Mon 09-21, resumed Wed 09-23: 2 days paused, 10-22 → 10-26; +10 → 11-09.
    const { code, lines } = await clockDue(
      '--accepted',
      '2026-09-18',
      '--limit',
      '20',
      '--pause',
      '2026-09-21..2026-09-23',
      '--extend',
      '10',
    );
    expect(code).toBe(0);
    expect(lines).toContain('暂停计时：2026-09-21 至 2026-09-23，补正，不计 2 个工作日');
    expect(lastLine(lines)).toBe('2026-11-09');
  });

  it('refuses an extension over the legal maximum in Chinese, with exit code 1', async () => {
    const promised = await clockDue('--accepted', '2026-03-02', '--limit', '20', '--extend', '15');
    expect(promised.code).toBe(1);
    expect(promised.stderr).toContain('延期天数应为 1 至 10 个工作日');
    const joint = await clockDue(
      '--accepted',
      '2026-03-02',
      '--limit',
      '45',
      '--extend',
      '15',
      '--kind',
      'joint',
    );
    expect(joint.code).toBe(0);
  });
});
