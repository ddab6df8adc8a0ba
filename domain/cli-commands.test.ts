import { afterEach, describe, expect, it } from 'vitest';
import { calendarCommand, type CommandOutput } from '../cli/commands/calendar.ts';
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
