import { AccountBookOutlined, SafetyCertificateOutlined, SolutionOutlined } from '@ant-design/icons';
import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';

const LISTS: { to: string; title: string; description: string; icon: ReactNode }[] = [
  {
    to: '/portal/lists/power',
    title: '权力清单',
    description: '各部门依法行使的行政权力事项',
    icon: <SafetyCertificateOutlined aria-hidden />,
  },
  {
    to: '/portal/lists/responsibility',
    title: '责任清单',
    description: '每项权力对应的责任事项和监督投诉电话',
    icon: <SolutionOutlined aria-hidden />,
  },
  {
    to: '/portal/lists/fees',
    title: '收费目录清单',
    description: '依法收费的项目、标准和依据，目录外一律不收费',
    icon: <AccountBookOutlined aria-hidden />,
  },
];

/** 清单公开: links to the published power, responsibility and fee lists. */
export function PublicListLinks(): ReactElement {
  return (
    <ul className="ow-list-links">
      {LISTS.map((list) => (
        <li key={list.to}>
          <Link to={list.to} className="ow-list-link">
            <span className="ow-list-link-icon">{list.icon}</span>
            <span>
              <strong>{list.title}</strong>
              <small>{list.description}</small>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
