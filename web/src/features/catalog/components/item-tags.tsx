import { Tag } from 'antd';
import type { ReactElement } from 'react';
import type { RevisionStatus } from '../api/catalog-api.ts';
import {
  isFullyOnline,
  ITEM_STATUS_COLORS,
  ITEM_STATUS_LABELS,
  timeLimitText,
  visitsText,
} from '../labels.ts';

/** 即办 / 承诺 N 个工作日, 零跑动 / 最多跑一次, 全程网办: what a citizen weighs before going. */
export function ItemServiceTags({
  item,
}: {
  item: {
    handlingKind: string;
    promisedLimitDays: number | null;
    visitsRequired: number;
    onlineDepth: number[];
  };
}): ReactElement {
  const immediate = item.handlingKind === 'immediate' || item.promisedLimitDays === null;
  return (
    <span className="ow-tag-list ow-item-tags">
      <Tag color={immediate ? 'green' : 'blue'} variant="filled">
        {timeLimitText(item)}
      </Tag>
      <Tag color={item.visitsRequired === 0 ? 'green' : 'cyan'} variant="filled">
        {visitsText(item.visitsRequired)}
      </Tag>
      {isFullyOnline(item.onlineDepth) && (
        <Tag color="geekblue" variant="filled">
          全程网办
        </Tag>
      )}
    </span>
  );
}

export function ItemStatusTag({ status }: { status: RevisionStatus }): ReactElement {
  return <Tag color={ITEM_STATUS_COLORS[status]}>{ITEM_STATUS_LABELS[status]}</Tag>;
}
