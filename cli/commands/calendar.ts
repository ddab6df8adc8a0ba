import { Command } from 'commander';
import { isDomainError, DomainError } from '../../domain/errors.ts';
import {
  addWorkingDays,
  isWorkingDay,
  nationalCalendar,
  workingDaysBetween,
} from '../../domain/calendar/index.ts';

/** Where a command writes; tests pass their own to capture output. */
export interface CommandOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processOutput: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs an action; a DomainError (malformed date, unknown year) becomes its Chinese message on
 * stderr and exit code 1. `process.exitCode` rather than `process.exit()` so output is flushed.
 */
export function runAction(output: CommandOutput, action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    output.err(error.message);
    process.exitCode = 1;
  }
}

function parseWorkingDayCount(text: string): number {
  if (!/^\d{1,5}$/.test(text)) {
    throw new DomainError('INVALID_ARGUMENT', `工作日数必须是非负整数：${text}`, { value: text });
  }
  return Number(text);
}

export function calendarCommand(output: CommandOutput = processOutput): Command {
  const command = new Command('calendar')
    .description('工作日计算（国务院节假日安排，受理当日不计）')
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });

  command
    .command('add')
    .description('输出 <date> 之后第 <n> 个工作日的日期（当日不计；n 为 0 时输出当日或下一个工作日）')
    .argument('<date>', '起算日期 YYYY-MM-DD')
    .argument('<n>', '工作日数')
    .action((date: string, n: string) => {
      runAction(output, () => output.out(addWorkingDays(nationalCalendar(), date, parseWorkingDayCount(n))));
    });

  command
    .command('between')
    .description('输出 <from> 之后至 <to>（含）之间的工作日数')
    .argument('<from>', '开始日期 YYYY-MM-DD（不计入）')
    .argument('<to>', '结束日期 YYYY-MM-DD（计入）')
    .action((from: string, to: string) => {
      runAction(output, () => output.out(String(workingDaysBetween(nationalCalendar(), from, to))));
    });

  command
    .command('is-working')
    .description('输出 working（工作日）或 off（休息日）')
    .argument('<date>', '日期 YYYY-MM-DD')
    .action((date: string) => {
      runAction(output, () => output.out(isWorkingDay(nationalCalendar(), date) ? 'working' : 'off'));
    });

  return command;
}
