import { Command } from 'commander';
import { DomainError } from '../../domain/errors.ts';
import { NATIONAL_HOLIDAY_YEARS, parseIsoDate, type IsoDate } from '../../domain/calendar/index.ts';
import { buildCalendarWithProvisionalYears } from '../../domain/calendar/statutory.ts';
import { explainDueDate, renderDueDateBasis } from '../../domain/clock/due-date-basis.ts';
import {
  HANDLING_KINDS,
  PAUSE_REASONS,
  type ClockEvent,
  type HandlingKind,
  type PauseReason,
} from '../../domain/clock/types.ts';
import { processOutput, runAction, type CommandOutput } from './calendar.ts';

/*
 * Dates on the command line are local days in Asia/Shanghai (UTC+8 all year). The clock only
 * looks at the local day of each event, so the command maps them to instants at fixed hours:
 * acceptance at 09:00 on its day, each suspension and resumption at 12:00 on its day (a pause
 * may start the day the previous one ended, or end the day it began), and the extension and
 * "now" at 12:00 on the last day mentioned, so every pause and the extension are applied.
 */
const ACCEPTED_AT = 'T09:00:00+08:00';
const EVENT_AT = 'T12:00:00+08:00';

interface PauseOption {
  suspendedOn: IsoDate;
  resumedOn: IsoDate;
  reason: PauseReason;
}

function parseCount(text: string, label: string): number {
  if (!/^\d{1,4}$/.test(text)) {
    throw new DomainError('INVALID_ARGUMENT', `${label}必须是非负整数：${text}`, { value: text });
  }
  return Number(text);
}

/** `2026-03-02..2026-03-05`, optionally `:expert_review` (default correction 补正). */
function parsePause(text: string): PauseOption {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?::([a-z_]+))?$/.exec(text);
  if (!match) {
    throw new DomainError(
      'INVALID_ARGUMENT',
      `暂停区间格式不正确：${text}，应为 暂停日..恢复日[:原因]，如 2026-03-02..2026-03-05`,
      { value: text },
    );
  }
  const [, suspendedOn, resumedOn, reason = 'correction'] = match;
  parseIsoDate(suspendedOn!);
  parseIsoDate(resumedOn!);
  if (!(PAUSE_REASONS as readonly string[]).includes(reason)) {
    throw new DomainError('INVALID_ARGUMENT', `暂停原因无效：${reason}，可选 ${PAUSE_REASONS.join('、')}`, {
      value: reason,
    });
  }
  return { suspendedOn: suspendedOn!, resumedOn: resumedOn!, reason: reason as PauseReason };
}

function parseKind(text: string): HandlingKind {
  if (!(HANDLING_KINDS as readonly string[]).includes(text)) {
    throw new DomainError('INVALID_ARGUMENT', `办件类型无效：${text}，可选 ${HANDLING_KINDS.join('、')}`, {
      value: text,
    });
  }
  return text as HandlingKind;
}

export interface DueDateQuestion {
  accepted: IsoDate;
  limit: string;
  pause: string[];
  extend?: string;
  kind: string;
}

/**
 * The explanation lines of `onewindow clock due`, the due date alone on the last line; the national
 * calendar shipped in domain/calendar/national.ts with provisional years after it, counted by the
 * same functions as the server (buildCalendarWithProvisionalYears, explainDueDate).
 */
export function dueDateLines(question: DueDateQuestion): string[] {
  parseIsoDate(question.accepted);
  const handlingKind = parseKind(question.kind);
  const limitDays = parseCount(question.limit, '办理时限');
  const pauses = question.pause.map(parsePause);
  const events: ClockEvent[] = [];
  let lastDay = question.accepted;
  for (const pause of pauses) {
    events.push({ type: 'suspend', at: `${pause.suspendedOn}${EVENT_AT}`, reason: pause.reason });
    events.push({ type: 'resume', at: `${pause.resumedOn}${EVENT_AT}` });
    lastDay = pause.resumedOn > lastDay ? pause.resumedOn : lastDay;
  }
  const now = `${lastDay}${EVENT_AT}`;
  if (question.extend !== undefined) {
    events.push({
      type: 'extend',
      at: now,
      days: parseCount(question.extend, '延长天数'),
      approver: '命令行试算',
      reason: '未记录',
    });
  }
  const calendar = buildCalendarWithProvisionalYears({ years: NATIONAL_HOLIDAY_YEARS });
  const basis = explainDueDate({
    calendar,
    handlingKind,
    limitDays,
    acceptedAt: `${question.accepted}${ACCEPTED_AT}`,
    events,
    now,
  });
  return [...renderDueDateBasis(basis), basis.dueDate];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function clockCommand(output: CommandOutput = processOutput): Command {
  const command = new Command('clock')
    .description('办件计时（受理当日不计；跨入未发布放假安排的年度时按法定节假日暂定）')
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });

  command
    .command('due')
    .description('输出办结期限的计算依据，最后一行为办结期限日期')
    .requiredOption('--accepted <date>', '受理日期 YYYY-MM-DD（当日不计）')
    .requiredOption('--limit <n>', '办理时限（工作日）；即办件为 0')
    .option(
      '--pause <suspended..resumed>',
      '暂停计时：暂停日..恢复日[:原因]（北京时间的日期；可重复），原因默认 correction（补正）',
      collect,
      [],
    )
    .option('--extend <n>', '延长期限（工作日）')
    .option('--kind <kind>', `办件类型：${HANDLING_KINDS.join('|')}`, 'promised')
    .action((options: DueDateQuestion) => {
      runAction(output, () => {
        for (const line of dueDateLines(options)) output.out(line);
      });
    });

  return command;
}
