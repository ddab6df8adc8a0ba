import { afterEach, describe, expect, it } from 'vitest';
import { calendarCommand, type CommandOutput } from '../cli/commands/calendar.ts';
import { clockCommand } from '../cli/commands/clock.ts';
import { validateCommand } from '../cli/commands/validate.ts';

// The CLI commands are thin wrappers over domain/; they live in cli/ but are tested here with the
// unit project because they need no database.

function capture(): CommandOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

async function run(make: (output: CommandOutput) => import('commander').Command, ...args: string[]) {
  const output = capture();
  const command = make(output);
  command.exitOverride();
  for (const sub of command.commands) sub.exitOverride();
  process.exitCode = undefined;
  try {
    await command.parseAsync(['node', 'onewindow', ...args]);
  } catch (error) {
    // Commander throws after printing help when exitOverride is set.
    if ((error as { code?: string }).code !== 'commander.helpDisplayed') throw error;
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { ...output, exitCode };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('onewindow calendar', () => {
  it('add prints the n-th working day', async () => {
    expect(await run(calendarCommand, 'add', '2025-01-24', '5')).toMatchObject({
      stdout: ['2025-02-07'],
      stderr: [],
      exitCode: undefined,
    });
  });

  it('between prints the count, is-working prints working or off', async () => {
    expect((await run(calendarCommand, 'between', '2025-09-26', '2025-10-30')).stdout).toEqual(['20']);
    expect((await run(calendarCommand, 'is-working', '2025-09-28')).stdout).toEqual(['working']);
    expect((await run(calendarCommand, 'is-working', '2025-10-08')).stdout).toEqual(['off']);
  });

  it('bad input prints the Chinese error on stderr and exits 1', async () => {
    expect(await run(calendarCommand, 'add', '2026-12-20', '20')).toMatchObject({
      stdout: [],
      stderr: ['2027年的节假日安排尚未发布或未导入，无法计算工作日'],
      exitCode: 1,
    });
    expect(await run(calendarCommand, 'is-working', '2025-02-29')).toMatchObject({ stdout: [], exitCode: 1 });
    expect(await run(calendarCommand, 'add', '2025-01-24', 'five')).toMatchObject({
      stderr: ['工作日数必须是非负整数：five'],
      exitCode: 1,
    });
  });

  it('has help', async () => {
    const { stdout } = await run(calendarCommand, '--help');
    expect(stdout.join('\n')).toMatch(/add <date> <n>[\s\S]*between <from> <to>[\s\S]*is-working <date>/);
  });
});

describe('onewindow validate', () => {
  it('prints valid', async () => {
    expect(
      await run(validateCommand, 'id-card', '11010519491231002X', '--today', '2025-01-01'),
    ).toMatchObject({
      stdout: ['valid'],
      exitCode: undefined,
    });
  });

  it('prints the reason and exits 1', async () => {
    expect(await run(validateCommand, 'id-card', '110105194912310021')).toMatchObject({
      stdout: ['身份证号校验位错误'],
      exitCode: 1,
    });
    expect(await run(validateCommand, 'uscc', '91330100MA2H3K4L')).toMatchObject({
      stdout: ['统一社会信用代码应为18位'],
      exitCode: 1,
    });
  });

  it('a malformed --today is an input error on stderr', async () => {
    expect(await run(validateCommand, 'id-card', '11010519491231002X', '--today', 'soon')).toMatchObject({
      stdout: [],
      exitCode: 1,
    });
  });
});

describe('onewindow clock due', () => {
  it('prints the explanation and the due date last', async () => {
    const { stdout, exitCode } = await run(clockCommand, 'due', '--accepted', '2025-01-24', '--limit', '5');
    expect(exitCode).toBeUndefined();
    expect(stdout.at(-1)).toBe('2025-02-07');
    expect(stdout).toContain('跳过节假日：8 天（2025-01-28 至 02-04 春节）');
  });

  it('takes several pauses with their reasons, the next starting the day the previous ended', async () => {
    // 2026-03-02 (Mon) + 10; paused Tue 03-03 and Thu 03-05 (resumed the next day): 03-16 → 03-18.
    const { stdout } = await run(
      clockCommand,
      'due',
      '--accepted',
      '2026-03-02',
      '--limit',
      '10',
      '--pause',
      '2026-03-03..2026-03-04:expert_review',
      '--pause',
      '2026-03-04..2026-03-04',
      '--pause',
      '2026-03-05..2026-03-06:inspection',
    );
    expect(stdout).toContain('暂停计时：2026-03-03 至 2026-03-04，专家评审，不计 1 个工作日');
    expect(stdout).toContain('暂停计时：2026-03-04 至 2026-03-04，补正，不计 0 个工作日');
    expect(stdout).toContain('暂停计时：2026-03-05 至 2026-03-06，检验检测检疫，不计 1 个工作日');
    expect(stdout.at(-1)).toBe('2026-03-18');
  });

  it('bad input prints the Chinese error on stderr and exits 1', async () => {
    for (const args of [
      ['--accepted', '2026-02-30', '--limit', '5'],
      ['--accepted', '2026-03-02', '--limit', 'five'],
      ['--accepted', '2026-03-02', '--limit', '5', '--pause', '2026-03-05'],
      ['--accepted', '2026-03-02', '--limit', '5', '--pause', '2026-03-05..2026-03-04'],
      ['--accepted', '2026-03-02', '--limit', '5', '--pause', '2026-03-03..2026-03-04:lunch'],
      ['--accepted', '2026-03-02', '--limit', '5', '--kind', 'urgent'],
      ['--accepted', '2028-12-01', '--limit', '40'],
    ]) {
      const result = await run(clockCommand, 'due', ...args);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stdout).toEqual([]);
      expect(result.stderr.join('')).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
