import { DomainError } from '../errors.ts';
import {
  addWorkingDaysToEpochDay,
  formatCalendarDate,
  provisionalYearsBetween,
  touchesProvisionalYear,
  workingDaysBetweenEpochDays,
  addWorkingDays,
  type WorkingCalendar,
} from '../calendar/calendar.ts';
import type { EpochDay, IsoDate } from '../calendar/dates.ts';
import { DEFAULT_TIME_ZONE, localEpochDay, parseInstant, type Instant } from './instant.ts';
import { explainClock } from './presentation.ts';
import type {
  CaseClock,
  CaseClockInput,
  ClockEvent,
  ClockStatus,
  HandlingKind,
  PauseReason,
  WarningThresholds,
} from './types.ts';

const NO_YEARS: readonly number[] = Object.freeze([]);

/** DOMAIN.md Part A: yellow at ≤ 1 working day or ≤ 20 % of the limit left, whichever comes first. */
export const DEFAULT_WARNING_THRESHOLDS: Readonly<WarningThresholds> = { daysLeft: 1, fractionLeft: 0.2 };

/** 许可法 §42: +10 working days for a single organ, +15 for unified/joint handling. */
export function defaultMaxExtensionDays(kind: HandlingKind): number {
  switch (kind) {
    case 'joint':
      return 15;
    case 'immediate':
    case 'promised':
    case 'escalated':
      return 10;
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown handling kind ${String(unreachable)}`);
    }
  }
}

/**
 * 许可法 §32: the one-time correction notice is due within 5 working days of receipt; after that
 * the application counts as accepted on the day of receipt.
 */
export function correctionNoticeDeadline(cal: WorkingCalendar, receivedOn: IsoDate): IsoDate {
  return addWorkingDays(cal, receivedOn, 5);
}

function eventError(
  code:
    | 'CLOCK_EVENT_BEFORE_ACCEPTANCE'
    | 'CLOCK_EVENTS_OUT_OF_ORDER'
    | 'CLOCK_ALREADY_PAUSED'
    | 'CLOCK_NOT_PAUSED',
  message: string,
  index: number,
): DomainError {
  return new DomainError(code, message, { eventIndex: index });
}

interface ValidationContext {
  handlingKind: HandlingKind;
  acceptedAt: Instant;
  events: readonly ClockEvent[];
  maxExtensionDays?: number;
}

/** What the events amount to at `now`. */
interface EventTotals {
  pausedDays: number;
  extensionDays: number;
  /** Local day the open suspension began, or −1. */
  suspendedOn: EpochDay;
  pauseReason: PauseReason | null;
  concludedOn: EpochDay;
}

/** A suspension that ended (by resume or conclusion) at or before `now`. */
export interface ClosedPauseSpan {
  suspendedOn: EpochDay;
  endedOn: EpochDay;
  endedBy: 'resume' | 'conclude';
  reason: PauseReason;
  pausedDays: number;
}

interface Evaluation {
  cal: WorkingCalendar;
  nowMs: number;
  timeZone: string;
  acceptedOn: EpochDay;
  /** Collects the closed suspensions when given (the due-date explanation); null on the hot path. */
  spans: ClosedPauseSpan[] | null;
}

/**
 * One pass over the events: validates the whole sequence and, when `evaluation` is given, applies
 * the events up to `now`. One pass because the clock benchmark evaluates a million cases.
 */
function foldEvents(
  events: readonly ClockEvent[],
  acceptedMs: number,
  maxExtension: number,
  evaluation: Evaluation | null,
): EventTotals {
  const totals: EventTotals = {
    pausedDays: 0,
    extensionDays: 0,
    suspendedOn: -1,
    pauseReason: null,
    concludedOn: -1,
  };
  let previousMs = acceptedMs;
  let isPaused = false;
  let hasExtension = false;
  let isConcluded = false;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const ms = parseInstant(event.at);
    if (isConcluded) {
      throw new DomainError('CLOCK_ALREADY_CONCLUDED', '办件已办结，不能再记录计时事件', {
        eventIndex: index,
      });
    }
    if (ms < acceptedMs) throw eventError('CLOCK_EVENT_BEFORE_ACCEPTANCE', '计时事件不能早于受理时间', index);
    if (ms < previousMs) throw eventError('CLOCK_EVENTS_OUT_OF_ORDER', '计时事件必须按时间先后排列', index);
    previousMs = ms;
    const isEffective = evaluation !== null && ms <= evaluation.nowMs;
    const { type } = event;
    switch (type) {
      case 'suspend':
        if (isPaused) throw eventError('CLOCK_ALREADY_PAUSED', '办件已处于暂停计时状态，不能重复暂停', index);
        isPaused = true;
        if (isEffective) {
          totals.suspendedOn = localEpochDay(ms, evaluation.timeZone);
          totals.pauseReason = event.reason;
        }
        break;
      case 'resume':
        if (!isPaused) throw eventError('CLOCK_NOT_PAUSED', '办件未暂停计时，不能恢复', index);
        isPaused = false;
        if (isEffective) {
          const resumedOn = localEpochDay(ms, evaluation.timeZone);
          const paused = pausedWorkingDays(evaluation, totals.suspendedOn, resumedOn);
          totals.pausedDays += paused;
          evaluation.spans?.push({
            suspendedOn: totals.suspendedOn,
            endedOn: resumedOn,
            endedBy: 'resume',
            reason: totals.pauseReason!,
            pausedDays: paused,
          });
          totals.suspendedOn = -1;
          totals.pauseReason = null;
        }
        break;
      case 'extend':
        if (hasExtension) {
          throw new DomainError('CLOCK_EXTENSION_ALREADY_USED', '每个办件只能延期一次', {
            eventIndex: index,
          });
        }
        if (!Number.isInteger(event.days) || event.days < 1 || event.days > maxExtension) {
          throw new DomainError('CLOCK_EXTENSION_INVALID', `延期天数应为 1 至 ${maxExtension} 个工作日`, {
            eventIndex: index,
            maxExtensionDays: maxExtension,
          });
        }
        if (!event.approver?.trim() || !event.reason?.trim()) {
          throw new DomainError('CLOCK_EXTENSION_INVALID', '延期须记录批准人和延期理由', {
            eventIndex: index,
          });
        }
        hasExtension = true;
        if (isEffective) totals.extensionDays += event.days;
        break;
      case 'conclude':
        isConcluded = true;
        if (isEffective) {
          totals.concludedOn = localEpochDay(ms, evaluation.timeZone);
          // Concluding a suspended case (e.g. a correction never completed) ends the suspension.
          if (totals.suspendedOn >= 0) {
            const paused = pausedWorkingDays(evaluation, totals.suspendedOn, totals.concludedOn);
            totals.pausedDays += paused;
            evaluation.spans?.push({
              suspendedOn: totals.suspendedOn,
              endedOn: totals.concludedOn,
              endedBy: 'conclude',
              reason: totals.pauseReason!,
              pausedDays: paused,
            });
          }
          totals.suspendedOn = -1;
          totals.pauseReason = null;
        }
        break;
      default: {
        const unreachable: never = type;
        throw new DomainError('INVALID_ARGUMENT', `未知的计时事件类型：${String(unreachable)}`, {
          eventIndex: index,
        });
      }
    }
  }
  return totals;
}

/**
 * Working days of [suspendedOn, resumedOn − 1] after the acceptance day: the days at whose end
 * the case was suspended. The acceptance day itself is never counted, so it is never paused.
 */
function pausedWorkingDays(evaluation: Evaluation, suspendedOn: EpochDay, resumedOn: EpochDay): number {
  const first = suspendedOn > evaluation.acceptedOn ? suspendedOn : evaluation.acceptedOn + 1;
  return resumedOn - 1 >= first ? workingDaysBetweenEpochDays(evaluation.cal, first - 1, resumedOn - 1) : 0;
}

/**
 * Checks an event list as a sequence: in time order, none before acceptance, resume only while
 * suspended, no second suspension, one extension per case within the legal maximum, nothing after
 * the conclusion. Throws a `DomainError`; a service calls it with `[...events, next]` before
 * recording `next`.
 */
export function validateClockEvents(context: ValidationContext): void {
  const maxExtension = context.maxExtensionDays ?? defaultMaxExtensionDays(context.handlingKind);
  foldEvents(context.events, parseInstant(context.acceptedAt), maxExtension, null);
}

/**
 * Evaluates a case's legal time at `now`.
 *
 * Counting (DOMAIN.md Part A, 许可法 §42/§45/§82): the acceptance day is not counted; day 1 is the
 * next working day; the deadline is the end of the due date in the center's zone. A working day
 * is *paused* when the case is suspended at the end of that day, so a suspension resumed the
 * same day costs nothing, and each paused working day after the acceptance day moves the due date
 * by exactly one working day. While suspended, today counts as paused (the due date shown assumes
 * work resumes tomorrow), so the days left stay frozen. An extension adds its days once. Events
 * later than `now` are validated but not yet applied, so a case can be replayed as of any instant.
 */
export function evaluateCaseClock(input: CaseClockInput): CaseClock {
  return evaluateWithSpans(input, null);
}

/**
 * `evaluateCaseClock`, collecting the closed suspensions into `spans` when given: the one
 * counting the due-date explanation shares with the clock.
 */
export function evaluateWithSpans(input: CaseClockInput, spans: ClosedPauseSpan[] | null): CaseClock {
  const { calendar: cal, handlingKind, limitDays } = input;
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!Number.isInteger(limitDays) || limitDays < 0) {
    throw new DomainError('CLOCK_INVALID_LIMIT', `办理时限必须是非负整数个工作日：${String(limitDays)}`);
  }
  if (handlingKind === 'immediate' && limitDays !== 0) {
    throw new DomainError('CLOCK_INVALID_LIMIT', '即办件当日办结，办理时限应为 0 个工作日');
  }
  const acceptedMs = parseInstant(input.acceptedAt);
  const nowMs = parseInstant(input.now);
  if (nowMs < acceptedMs) {
    throw new DomainError('CLOCK_NOW_BEFORE_ACCEPTANCE', '当前时间早于受理时间，办件尚未开始计时');
  }
  const acceptedOn = localEpochDay(acceptedMs, timeZone);
  const today = localEpochDay(nowMs, timeZone);
  const evaluation: Evaluation = { cal, nowMs, timeZone, acceptedOn, spans };
  const maxExtension = input.maxExtensionDays ?? defaultMaxExtensionDays(handlingKind);
  const totals = foldEvents(input.events, acceptedMs, maxExtension, evaluation);

  const isPaused = totals.suspendedOn >= 0;
  let { pausedDays } = totals;
  if (isPaused) pausedDays += pausedWorkingDays(evaluation, totals.suspendedOn, today + 1);

  // A limit of 0 (every immediate case) means the acceptance day, or the next working day if the
  // case was accepted on a day off (an online application on a Sunday). Counting that as 1 day
  // keeps "each paused or extended day moves the due date by one" true for it as well.
  const baseLimit =
    limitDays === 0
      ? workingDaysBetweenEpochDays(cal, acceptedOn, addWorkingDaysToEpochDay(cal, acceptedOn, 0))
      : limitDays;
  const { extensionDays } = totals;
  const totalLimitDays = baseLimit + extensionDays;
  const due = addWorkingDaysToEpochDay(cal, acceptedOn, totalLimitDays + pausedDays);

  const isConcluded = totals.concludedOn >= 0;
  const reference = isConcluded ? totals.concludedOn : today;
  const usedDays = workingDaysBetweenEpochDays(cal, acceptedOn, reference) - pausedDays;
  const isPastDue = reference > due;
  const leftDays = isPastDue ? 0 : workingDaysBetweenEpochDays(cal, reference, due);
  const overdueDays = isPastDue ? workingDaysBetweenEpochDays(cal, due, reference) : 0;
  // Provisional when any day counted so far or up to the due date lies in a year with no notice.
  const lastCounted = reference > due ? reference : due;
  const provisional = touchesProvisionalYear(cal, acceptedOn, lastCounted);

  let status: ClockStatus;
  if (isConcluded) status = 'concluded';
  else if (isPaused) status = 'paused';
  else if (isPastDue) status = 'overdue';
  else {
    const daysThreshold = input.thresholds?.daysLeft ?? DEFAULT_WARNING_THRESHOLDS.daysLeft;
    const fractionThreshold = input.thresholds?.fractionLeft ?? DEFAULT_WARNING_THRESHOLDS.fractionLeft;
    status =
      leftDays <= daysThreshold || leftDays <= fractionThreshold * totalLimitDays ? 'warning' : 'normal';
  }

  const clock: CaseClock = {
    status,
    acceptedOn: formatCalendarDate(cal, acceptedOn),
    dueDate: formatCalendarDate(cal, due),
    limitDays,
    extensionDays,
    totalLimitDays,
    pausedDays,
    usedDays,
    leftDays,
    overdueDays,
    isPastDue,
    concludedOn: isConcluded ? formatCalendarDate(cal, totals.concludedOn) : null,
    pauseReason: isPaused ? totals.pauseReason : null,
    provisional,
    provisionalYears: provisional ? provisionalYearsBetween(cal, acceptedOn, lastCounted) : NO_YEARS,
    explanation: '',
  };
  clock.explanation = explainClock(clock);
  return clock;
}

/**
 * The suspend/resume events of a parent clock that fall inside a window, for running a nested
 * clock (a stage inside a case, a branch inside a parallel approval, a project across stages)
 * with the same `evaluateCaseClock`. A suspension still open when the window starts is re-emitted
 * at the window start. Extensions and conclusions belong to the parent and are left out; the
 * caller adds the nested clock's own.
 */
export function sliceClockEvents(
  events: readonly ClockEvent[],
  window: { from: Instant; to?: Instant },
): ClockEvent[] {
  const fromMs = parseInstant(window.from);
  const toMs = window.to === undefined ? Infinity : parseInstant(window.to);
  let openBeforeWindow: PauseReason | null = null;
  const inside: ClockEvent[] = [];
  for (const event of events) {
    if (event.type !== 'suspend' && event.type !== 'resume') continue;
    const ms = parseInstant(event.at);
    if (ms < fromMs) {
      openBeforeWindow = event.type === 'suspend' ? event.reason : null;
    } else if (ms <= toMs) {
      inside.push(event);
    }
  }
  if (openBeforeWindow !== null)
    inside.unshift({ type: 'suspend', at: window.from, reason: openBeforeWindow });
  return inside;
}
