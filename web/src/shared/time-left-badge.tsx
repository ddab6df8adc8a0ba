import { Tag } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { evaluateCaseClock } from '../../../domain/clock/case-clock.ts';
import { clockTagColor } from '../../../domain/clock/presentation.ts';
import type { CaseClock, CaseClockInput } from '../../../domain/clock/types.ts';

type ShownClock = Pick<CaseClock, 'status' | 'isPastDue' | 'explanation' | 'dueDate'>;

/** Either a clock the server already evaluated, or the inputs to evaluate it here. */
export type TimeLeftBadgeProps =
  { clock: ShownClock; input?: never } | { input: CaseClockInput; clock?: never };

/**
 * The time-left tag beside a case: colour by status (domain `clockTagColor`) and the Chinese
 * explanation, e.g. “剩余 3 个工作日”. The tooltip states the deadline convention.
 */
export function TimeLeftBadge(props: TimeLeftBadgeProps): ReactElement {
  const { clock: given, input } = props;
  const clock = useMemo(() => given ?? evaluateCaseClock(input!), [given, input]);
  return (
    <Tag color={clockTagColor(clock)} title={`办理期限：${clock.dueDate} 当日结束（受理当日不计）`}>
      {clock.explanation}
    </Tag>
  );
}
