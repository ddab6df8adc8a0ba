import type { CaseClock, ClockStatus, PauseReason } from './types.ts';

export const PAUSE_REASON_LABELS: Readonly<Record<PauseReason, string>> = {
  correction: '补正',
  hearing: '听证',
  inspection: '检验检测检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
  public_notice: '公示',
  on_site_survey: '现场勘查',
  tender_auction: '招标拍卖',
};

export const CLOCK_STATUS_LABELS: Readonly<Record<ClockStatus, string>> = {
  normal: '正常',
  warning: '临近到期',
  overdue: '已超期',
  paused: '暂停计时',
  concluded: '已办结',
};

/** antd Tag preset colours the badge uses. */
export type ClockTagColor = 'blue' | 'gold' | 'red' | 'default' | 'green' | 'volcano';

/**
 * Colour by status: running normally blue, yellow alert gold, red alert red, paused grey;
 * a concluded case green when on time and volcano when it was concluded late.
 */
export function clockTagColor(clock: Pick<CaseClock, 'status' | 'isPastDue'>): ClockTagColor {
  const { status } = clock;
  switch (status) {
    case 'normal':
      return 'blue';
    case 'warning':
      return 'gold';
    case 'overdue':
      return 'red';
    case 'paused':
      return 'default';
    case 'concluded':
      return clock.isPastDue ? 'volcano' : 'green';
    default: {
      const unreachable: never = status;
      throw new Error(`unknown clock status ${String(unreachable)}`);
    }
  }
}

type ExplainedFields = Pick<CaseClock, 'status' | 'leftDays' | 'overdueDays' | 'isPastDue' | 'pauseReason'> &
  Partial<Pick<CaseClock, 'provisional'>>;

/** The label of a due date counted into a year whose notice is not out. */
export const PROVISIONAL_LABEL = '暂定';

/**
 * Why a due date is provisional, for a tooltip or the explanation: “2027年放假安排尚未发布，按法定
 * 节假日暂算，发布后自动重算”.
 */
export function explainProvisional(years: readonly number[]): string {
  const named = years.length > 0 ? years.map((y) => `${y}年`).join('、') : '相关年度';
  return `${named}放假安排尚未发布，按法定节假日暂算，发布后自动重算`;
}

/**
 * The sentence shown beside a case, e.g. “剩余 3 个工作日”, “补正中，暂停计时”; with “（暂定）”
 * when the due date is provisional.
 */
export function explainClock(clock: ExplainedFields): string {
  const text = explainStatus(clock);
  return clock.provisional ? `${text}（${PROVISIONAL_LABEL}）` : text;
}

function explainStatus(clock: ExplainedFields): string {
  const { status, leftDays, overdueDays } = clock;
  const overdue = overdueDays > 0 ? `已超期 ${overdueDays} 个工作日` : '已超期';
  switch (status) {
    case 'normal':
    case 'warning':
      return leftDays > 0 ? `剩余 ${leftDays} 个工作日` : '今日到期';
    case 'overdue':
      return overdue;
    case 'paused': {
      const label = PAUSE_REASON_LABELS[clock.pauseReason ?? 'correction'];
      return clock.isPastDue ? `${label}中，暂停计时（${overdue}）` : `${label}中，暂停计时`;
    }
    case 'concluded':
      if (clock.isPastDue) return overdueDays > 0 ? `已办结，超期 ${overdueDays} 个工作日` : '已办结，超期';
      return leftDays > 0 ? `已办结，提前 ${leftDays} 个工作日` : '已办结，按期完成';
    default: {
      const unreachable: never = status;
      throw new Error(`unknown clock status ${String(unreachable)}`);
    }
  }
}
