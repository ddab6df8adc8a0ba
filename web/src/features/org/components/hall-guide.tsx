import { Collapse, Tag } from 'antd';
import type { ReactElement } from 'react';
import type { CenterLayout, Zone } from '../api/org-api.ts';
import { describeWindowNumbers, floorLabel, groupZonesByFloor, windowKindLabel } from '../labels.ts';

function compareWindowNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}

function ZoneWindows({ zone }: { zone: Zone }): ReactElement {
  const windows = [...zone.windows].sort((a, b) => compareWindowNumbers(a.number, b.number));
  if (windows.length === 0) return <p className="ow-muted">该区域暂无窗口</p>;
  return (
    <ul className="ow-window-list">
      {windows.map((window) => (
        <li key={window.id} className={window.isOpen ? undefined : 'ow-window-closed'}>
          <span className="ow-window-number">{window.number}</span>
          <span className="ow-window-name">
            {window.name}
            {window.departmentName && <small className="ow-window-department">{window.departmentName}</small>}
          </span>
          <span className="ow-window-tags">
            {window.kind === 'general' && (
              <Tag color="blue" variant="filled">
                {windowKindLabel(window.kind)}
              </Tag>
            )}
            {!window.isOpen && <Tag variant="filled">暂停服务</Tag>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 大厅导览: floor by floor, each zone with its window numbers; a zone opens to list its windows. */
export function HallGuide({ layout }: { layout: CenterLayout }): ReactElement {
  const floors = groupZonesByFloor(layout.zones);
  if (floors.length === 0) return <p className="ow-muted">该中心暂未登记大厅功能区</p>;
  return (
    <div className="ow-hall-guide">
      {floors.map(({ floor, zones }) => (
        <section key={floor} className="ow-floor" aria-label={floorLabel(floor)}>
          <div className="ow-floor-badge" aria-hidden>
            {floor > 0 ? `${floor}F` : `B${-floor}`}
          </div>
          <Collapse
            className="ow-floor-zones"
            size="small"
            items={zones.map((zone) => ({
              key: zone.id,
              label: (
                <span className="ow-zone-label">
                  <span className="ow-zone-floor">{floorLabel(floor)}</span>
                  <span className="ow-zone-sep"> · </span>
                  <strong>{zone.name}</strong>
                  <span className="ow-zone-sep"> · </span>
                  <span className="ow-zone-windows">
                    {describeWindowNumbers(zone.windows.map((w) => w.number))}
                  </span>
                </span>
              ),
              children: <ZoneWindows zone={zone} />,
            }))}
          />
        </section>
      ))}
    </div>
  );
}
