import { Tag } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { evaluateCaseClock } from '../../../domain/clock/case-clock.ts';
import { clockTagColor, explainProvisional } from '../../../domain/clock/presentation.ts';
import type { CaseClock, CaseClockInput } from '../../../domain/clock/types.ts';

type ShownClock = Pick<CaseClock, 'status' | 'isPastDue' | 'explanation' | 'dueDate'> &
  Partial<Pick<CaseClock, 'provisional' | 'provisionalYears'>>;

/** Either a clock the server already evaluated, or the inputs to evaluate it here. */
export type TimeLeftBadgeProps =
  { clock: ShownClock; input?: never } | { input: CaseClockInput; clock?: never };

/** The badge's tooltip: the deadline convention, and why a provisional due date may still move. */
export function timeLeftTooltip(clock: ShownClock): string {
  const deadline = `办理期限：${clock.dueDate} 当日结束（受理当日不计）`;
  return clock.provisional ? `${deadline}。${explainProvisional(clock.provisionalYears ?? [])}` : deadline;
}

/**
 * The time-left tag beside a case: colour by status (domain `clockTagColor`) and the Chinese
 * explanation, e.g. “剩余 3 个工作日”, or “剩余 25 个工作日（暂定）” when the due date lies in a
 * year whose holiday notice is not out. The tooltip states the deadline convention and, for a
 * provisional due date, that it is counted from the statutory holidays until the notice comes.
 */
export function TimeLeftBadge(props: TimeLeftBadgeProps): ReactElement {
  const { clock: given, input } = props;
  const clock = useMemo(() => given ?? evaluateCaseClock(input!), [given, input]);
  return (
    <Tag color={clockTagColor(clock)} title={timeLeftTooltip(clock)}>
      {clock.explanation}
    </Tag>
  );
}
