import type { IsoDate } from '../calendar/dates.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { Instant } from './instant.ts';

/** 即办件 / 承诺件 / 上报件 / 联办件 (GLOSSARY "handling kind"). */
export type HandlingKind = 'immediate' | 'promised' | 'escalated' | 'joint';

export const HANDLING_KINDS = [
  'immediate',
  'promised',
  'escalated',
  'joint',
] as const satisfies readonly HandlingKind[];

/**
 * Why the clock is suspended: 补正 after acceptance (DOMAIN.md Part A), or a special procedure
 * whose time the law does not count (许可法 §45: 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审;
 * 公示 and 现场勘查 as localities treat them).
 */
export type PauseReason =
  | 'correction'
  | 'hearing'
  | 'inspection'
  | 'appraisal'
  | 'expert_review'
  | 'public_notice'
  | 'on_site_survey'
  | 'tender_auction';

export const PAUSE_REASONS: readonly PauseReason[] = [
  'correction',
  'hearing',
  'inspection',
  'appraisal',
  'expert_review',
  'public_notice',
  'on_site_survey',
  'tender_auction',
];

/** Events on a case's legal time, in the order they happened (GLOSSARY: suspend, resume, conclude). */
export type ClockEvent =
  | { type: 'suspend'; at: Instant; reason: PauseReason }
  | { type: 'resume'; at: Instant }
  | { type: 'extend'; at: Instant; days: number; approver: string; reason: string }
  | { type: 'conclude'; at: Instant };

/**
 * normal: running, more time left than the warning thresholds; warning: running, at or under a
 * threshold (yellow); overdue: running past the end of the due date (red); paused: suspended now;
 * concluded: the decision is made (see `isPastDue` for whether it was late).
 */
export type ClockStatus = 'normal' | 'warning' | 'overdue' | 'paused' | 'concluded';

export interface WarningThresholds {
  /** Warn when this many working days or fewer are left. */
  daysLeft: number;
  /** Warn when this fraction of the total limit or less is left. */
  fractionLeft: number;
}

export interface CaseClockInput {
  calendar: WorkingCalendar;
  handlingKind: HandlingKind;
  /** Working days (the promised or the statutory limit: run one clock per limit). 0 for immediate. */
  limitDays: number;
  acceptedAt: Instant;
  events: readonly ClockEvent[];
  now: Instant;
  /** IANA zone of the center; local dates decide which days count. Default Asia/Shanghai. */
  timeZone?: string;
  thresholds?: Partial<WarningThresholds>;
  /** Longest allowed extension; default 15 for joint handling, 10 otherwise (许可法 §42). */
  maxExtensionDays?: number;
}

export interface CaseClock {
  status: ClockStatus;
  acceptedOn: IsoDate;
  /** Deadline is the end of this local day. While paused: the due date if work resumes tomorrow. */
  dueDate: IsoDate;
  limitDays: number;
  extensionDays: number;
  /** Limit plus extension (a 0-day limit accepted on a non-working day counts as 1: the next working day). */
  totalLimitDays: number;
  /** Working days not counted because the case was suspended at the end of them. */
  pausedDays: number;
  /** Counted working days from the day after acceptance to today (or the conclusion day). */
  usedDays: number;
  /** Working days after today (or the conclusion day) up to the due date; 0 once past due. */
  leftDays: number;
  /** Working days after the due date up to today (or the conclusion day). */
  overdueDays: number;
  /** Today (or the conclusion day) is after the due date. */
  isPastDue: boolean;
  concludedOn: IsoDate | null;
  pauseReason: PauseReason | null;
  /**
   * The due date (or a day counted so far) lies in a year whose State Council notice is not out:
   * counted from the statutory holidays alone, labelled 暂定, recomputed when the notice is entered.
   */
  provisional: boolean;
  /** Those years, ascending; empty when not provisional. */
  provisionalYears: readonly number[];
  /** Chinese, for the screen. */
  explanation: string;
}
