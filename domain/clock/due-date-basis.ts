import {
  formatCalendarDate,
  holidayNameOf,
  isYearProvisional,
  isWorkingEpochDay,
} from '../calendar/calendar.ts';
import {
  isWeekend,
  isoWeekday,
  parseIsoDate,
  yearOfEpochDay,
  type EpochDay,
  type IsoDate,
} from '../calendar/dates.ts';
import { evaluateWithSpans, type ClosedPauseSpan } from './case-clock.ts';
import { DEFAULT_TIME_ZONE, localEpochDay, parseInstant } from './instant.ts';
import { explainProvisional, PAUSE_REASON_LABELS, PROVISIONAL_LABEL } from './presentation.ts';
import type { CaseClock, CaseClockInput, HandlingKind, PauseReason } from './types.ts';

/** One suspension of the clock, as the explanation shows it. */
export interface DueDatePause {
  /** Local day of the suspend event. */
  suspendedOn: IsoDate;
  /** Local day of the resume (or conclude) event; null while still suspended. */
  endedOn: IsoDate | null;
  endedBy: 'resume' | 'conclude' | 'still_suspended';
  reason: PauseReason;
  /** Working days not counted for this suspension (while suspended: up to and including today). */
  pausedDays: number;
}

/** A non-working day between acceptance and the due date that is not an ordinary weekend. */
export interface SkippedHoliday {
  date: IsoDate;
  /** 春节, 国庆节、中秋节 …, 本地停止办公日; null when the calendar has no name for it. */
  name: string | null;
  /** In a year counted from the statutory holidays alone. */
  isProvisional: boolean;
}

/** 计算依据: how the due date of a case comes about, step by step. */
export interface DueDateBasis {
  handlingKind: HandlingKind;
  /** Acceptance day (not counted). */
  acceptedOn: IsoDate;
  limitDays: number;
  extension: { days: number; approvedOn: IsoDate; approver: string; reason: string } | null;
  /** Limit + extension (a 0-day limit accepted on a day off counts as 1). */
  totalLimitDays: number;
  pauses: DueDatePause[];
  pausedDays: number;
  /** Working days from the day after acceptance to the due date: totalLimitDays + pausedDays. */
  workingDaysInSpan: number;
  /** Working days that count towards the limit (= totalLimitDays). */
  countedDays: number;
  /** Weekend days (Saturday, Sunday) skipped after acceptance up to the due date. */
  skippedWeekendDays: IsoDate[];
  /** Holidays and other days off on the way, weekend days inside a holiday block included. */
  skippedHolidays: SkippedHoliday[];
  provisional: boolean;
  provisionalYears: readonly number[];
  dueDate: IsoDate;
  /** The clock evaluated with the same input. */
  clock: CaseClock;
}

const LOCAL_CLOSURE_NAME = '本地停止办公日';

const HANDLING_KIND_NAMES: Readonly<Record<HandlingKind, string>> = {
  immediate: '即办件',
  promised: '承诺件',
  escalated: '上报件',
  joint: '联办件',
};

const WEEKDAY_NAMES = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

function weekdayName(day: EpochDay): string {
  return WEEKDAY_NAMES[isoWeekday(day)]!;
}

/**
 * Explains a case's due date with the same counting as `evaluateCaseClock` (it runs it): the
 * acceptance day, the limit, the extension, each suspension with its paused working days, the
 * days off skipped on the way (weekends and holidays apart, holidays named where the calendar
 * knows the name) and the provisional years. Pure; throws what `evaluateCaseClock` throws.
 */
export function explainDueDate(input: CaseClockInput): DueDateBasis {
  const spans: ClosedPauseSpan[] = [];
  const clock = evaluateWithSpans(input, spans);
  const cal = input.calendar;
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const nowMs = parseInstant(input.now);
  const format = (day: EpochDay) => formatCalendarDate(cal, day);

  const pauses: DueDatePause[] = spans.map((span) => ({
    suspendedOn: format(span.suspendedOn),
    endedOn: format(span.endedOn),
    endedBy: span.endedBy,
    reason: span.reason,
    pausedDays: span.pausedDays,
  }));
  const closedPausedDays = spans.reduce((sum, span) => sum + span.pausedDays, 0);
  if (clock.status === 'paused') {
    // The open suspension: the last effective suspend event.
    let open: { at: string; reason: PauseReason } | null = null;
    for (const event of input.events) {
      if (parseInstant(event.at) > nowMs) break;
      if (event.type === 'suspend') open = { at: event.at, reason: event.reason };
    }
    if (open) {
      pauses.push({
        suspendedOn: format(localEpochDay(parseInstant(open.at), timeZone)),
        endedOn: null,
        endedBy: 'still_suspended',
        reason: open.reason,
        pausedDays: clock.pausedDays - closedPausedDays,
      });
    }
  }

  let extension: DueDateBasis['extension'] = null;
  for (const event of input.events) {
    if (event.type === 'extend' && parseInstant(event.at) <= nowMs) {
      extension = {
        days: event.days,
        approvedOn: format(localEpochDay(parseInstant(event.at), timeZone)),
        approver: event.approver,
        reason: event.reason,
      };
    }
  }

  const acceptedOn = localEpochDay(parseInstant(input.acceptedAt), timeZone);
  const due = parseIsoDate(clock.dueDate);
  const skippedWeekendDays: IsoDate[] = [];
  const skippedHolidays: SkippedHoliday[] = [];
  for (let day = acceptedOn + 1; day <= due; day++) {
    if (isWorkingEpochDay(cal, day)) continue;
    const name = holidayNameOf(cal, day) ?? (cal.localClosures.has(day) ? LOCAL_CLOSURE_NAME : null);
    if (name === null && isWeekend(day)) {
      skippedWeekendDays.push(format(day));
    } else {
      skippedHolidays.push({
        date: format(day),
        name,
        isProvisional: isYearProvisional(cal, yearOfEpochDay(day)),
      });
    }
  }

  return {
    handlingKind: input.handlingKind,
    acceptedOn: clock.acceptedOn,
    limitDays: clock.limitDays,
    extension,
    totalLimitDays: clock.totalLimitDays,
    pauses,
    pausedDays: clock.pausedDays,
    workingDaysInSpan: clock.totalLimitDays + clock.pausedDays,
    countedDays: clock.totalLimitDays,
    skippedWeekendDays,
    skippedHolidays,
    provisional: clock.provisional,
    provisionalYears: clock.provisionalYears,
    dueDate: clock.dueDate,
    clock,
  };
}

/** Groups ascending dates into runs of consecutive days with the same key. */
function runsOf<T extends { date: IsoDate }>(items: readonly T[], key: (item: T) => string): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && parseIsoDate(item.date) - parseIsoDate(last.date) === 1 && key(last) === key(item))
      run.push(item);
    else runs.push([item]);
  }
  return runs;
}

function formatRun(run: readonly { date: IsoDate }[]): string {
  const first = run[0]!.date;
  const last = run[run.length - 1]!.date;
  if (first === last) return first;
  return first.slice(0, 4) === last.slice(0, 4) ? `${first} 至 ${last.slice(5)}` : `${first} 至 ${last}`;
}

/** One row of the explanation: a Chinese label and its value. */
export interface DueDateBasisEntry {
  key:
    | 'accepted'
    | 'kind'
    | 'limit'
    | 'extension'
    | 'pause'
    | 'counted'
    | 'weekends'
    | 'holidays'
    | 'provisional'
    | 'due';
  label: string;
  value: string;
}

/**
 * The explanation as labelled Chinese rows, for a case page (one row per entry) and, joined as
 * “label：value”, for the CLI (`renderDueDateBasis`).
 */
export function describeDueDateBasis(basis: DueDateBasis): DueDateBasisEntry[] {
  const entries: DueDateBasisEntry[] = [];
  const add = (key: DueDateBasisEntry['key'], label: string, value: string) =>
    entries.push({ key, label, value });
  const accepted = parseIsoDate(basis.acceptedOn);
  const due = parseIsoDate(basis.dueDate);
  add('accepted', '受理日期', `${basis.acceptedOn}（${weekdayName(accepted)}，受理当日不计）`);
  add('kind', '办件类型', HANDLING_KIND_NAMES[basis.handlingKind]);
  if (basis.limitDays === 0) {
    add(
      'limit',
      '办理时限',
      basis.totalLimitDays - (basis.extension?.days ?? 0) === 0
        ? '当日办结'
        : '当日办结（受理日为休息日，顺延至下一个工作日）',
    );
  } else {
    add('limit', '办理时限', `${basis.limitDays} 个工作日`);
  }
  if (basis.extension) {
    const { days, approvedOn, approver, reason } = basis.extension;
    add(
      'extension',
      '延长期限',
      `${days} 个工作日（${approvedOn} 批准，批准人：${approver}，理由：${reason}）`,
    );
  }
  if (basis.pauses.length === 0) {
    add('pause', '暂停计时', '无');
  } else {
    for (const pause of basis.pauses) {
      const label = PAUSE_REASON_LABELS[pause.reason];
      const span =
        pause.endedOn === null
          ? `${pause.suspendedOn} 起（仍在暂停）`
          : pause.endedBy === 'conclude'
            ? `${pause.suspendedOn} 至 ${pause.endedOn}（办结）`
            : `${pause.suspendedOn} 至 ${pause.endedOn}`;
      add('pause', '暂停计时', `${span}，${label}，不计 ${pause.pausedDays} 个工作日`);
    }
  }
  if (basis.workingDaysInSpan > 0 && due > accepted) {
    const paused = basis.pausedDays > 0 ? `，其中暂停 ${basis.pausedDays} 个` : '';
    add(
      'counted',
      '计入工作日',
      `${basis.countedDays} 个（受理次日至办结期限共 ${basis.workingDaysInSpan} 个工作日${paused}）`,
    );
  } else {
    add('counted', '计入工作日', `${basis.countedDays} 个`);
  }
  const weekends = runsOf(
    basis.skippedWeekendDays.map((date) => ({ date })),
    () => '',
  ).map(formatRun);
  add(
    'weekends',
    '跳过周末',
    weekends.length === 0 ? '无' : `${basis.skippedWeekendDays.length} 天（${weekends.join('，')}）`,
  );
  if (basis.skippedHolidays.length === 0) {
    add('holidays', '跳过节假日', '无');
  } else {
    const holidays = runsOf(basis.skippedHolidays, (h) => `${h.name ?? ''}|${h.isProvisional}`).map((run) => {
      const { name, isProvisional } = run[0]!;
      return `${formatRun(run)}${name ? ` ${name}` : ''}${isProvisional ? `（${PROVISIONAL_LABEL}）` : ''}`;
    });
    add('holidays', '跳过节假日', `${basis.skippedHolidays.length} 天（${holidays.join('，')}）`);
  }
  if (basis.provisional) {
    add('provisional', PROVISIONAL_LABEL, `${explainProvisional(basis.provisionalYears)}，不含调休`);
  }
  const provisional = basis.provisional ? `（${PROVISIONAL_LABEL}）` : '';
  add('due', '办结期限', `${basis.dueDate}（${weekdayName(due)}）当日结束${provisional}`);
  return entries;
}

/**
 * The explanation as Chinese lines, for the CLI and plain text, e.g.
 * “受理日期：2026-12-15（星期二，受理当日不计）” … “办结期限：2027-01-13（星期三）当日结束（暂定）”.
 */
export function renderDueDateBasis(basis: DueDateBasis): string[] {
  return describeDueDateBasis(basis).map((entry) => `${entry.label}：${entry.value}`);
}
