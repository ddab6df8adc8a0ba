import { Alert, Descriptions, Tag } from 'antd';
import { useMemo, type ReactElement } from 'react';
import {
  describeDueDateBasis,
  explainDueDate,
  type DueDateBasis,
} from '../../../domain/clock/due-date-basis.ts';
import { explainProvisional, PROVISIONAL_LABEL } from '../../../domain/clock/presentation.ts';
import type { CaseClockInput } from '../../../domain/clock/types.ts';

/** Either the explanation the server computed, or the clock inputs to compute it here. */
export type DueDateBasisProps =
  { basis: DueDateBasis; input?: never } | { input: CaseClockInput; basis?: never };

/**
 * 计算依据: how a case's due date comes about (acceptance day, limit, extension, each pause, the
 * weekends and holidays skipped, provisional years), one labelled row each. One column, so it reads
 * on a phone; a provisional due date gets a 暂定 tag and a warning saying it will be recomputed.
 */
export function DueDateBasisView(props: DueDateBasisProps): ReactElement {
  const { basis: given, input } = props;
  const basis = useMemo(() => given ?? explainDueDate(input!), [given, input]);
  const entries = describeDueDateBasis(basis).filter((entry) => entry.key !== 'provisional');
  return (
    <div className="ow-due-date-basis">
      {basis.provisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`办结期限为${PROVISIONAL_LABEL}`}
          description={`${explainProvisional(basis.provisionalYears)}（不含调休）。`}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        title="计算依据"
        items={entries.map((entry, index) => ({
          key: `${entry.key}-${index}`,
          label: entry.label,
          children:
            entry.key === 'due' ? (
              <strong>
                {basis.dueDate} 当日结束
                {basis.provisional && (
                  <Tag color="gold" style={{ marginInlineStart: 8 }}>
                    {PROVISIONAL_LABEL}
                  </Tag>
                )}
              </strong>
            ) : (
              entry.value
            ),
        }))}
      />
    </div>
  );
}
