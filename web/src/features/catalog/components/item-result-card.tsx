import { RightOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { ItemSummary } from '../api/catalog-api.ts';
import { ItemServiceTags } from './item-tags.tsx';

/** One item in a result list: its name, who handles it, and how long and how often one must go. */
export function ItemResultCard({ item }: { item: ItemSummary }): ReactElement {
  return (
    <li className="ow-item-result">
      <Link to={`/portal/items/${item.id}`} className="ow-item-result-link">
        <span className="ow-item-result-main">
          <span className="ow-item-result-name">{item.name}</span>
          <span className="ow-item-result-department">{item.departmentName}</span>
          <ItemServiceTags item={item} />
        </span>
        <RightOutlined className="ow-item-result-arrow" aria-hidden />
      </Link>
    </li>
  );
}

export function ItemResultList({ items }: { items: readonly ItemSummary[] }): ReactElement {
  return (
    <ul className="ow-item-results">
      {items.map((item) => (
        <ItemResultCard key={item.id} item={item} />
      ))}
    </ul>
  );
}
