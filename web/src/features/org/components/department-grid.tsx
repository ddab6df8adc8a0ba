import { Button } from 'antd';
import { useState, type ReactElement } from 'react';
import type { Department } from '../api/org-api.ts';
import { useMediaQuery } from '../../../shared/use-media-query.ts';
import { stationingModeLabel } from '../labels.ts';

/** On a phone the first rows are enough to scroll past; the rest open on request. */
const PHONE_PREVIEW_COUNT = 12;

/** The stationed departments as a compact grid: short name first, full name under it. */
export function DepartmentGrid({ departments }: { departments: Department[] }): ReactElement {
  const isWide = useMediaQuery('(min-width: 768px)');
  const [isExpanded, setExpanded] = useState(false);
  const isFolded = !isWide && !isExpanded && departments.length > PHONE_PREVIEW_COUNT;
  const shown = isFolded ? departments.slice(0, PHONE_PREVIEW_COUNT) : departments;
  return (
    <>
      <ul className="ow-department-grid">
        {shown.map((department) => (
          <li key={department.id}>
            <div className="ow-department-cell">
              <span className="ow-department-short">{department.shortName}</span>
              <span className="ow-department-name">{department.name}</span>
              <span className="ow-department-meta">
                {stationingModeLabel(department.stationingMode)}
                {department.phone ? ` · ${department.phone}` : ''}
              </span>
            </div>
          </li>
        ))}
      </ul>
      {isFolded && (
        <Button block type="dashed" className="ow-department-more" onClick={() => setExpanded(true)}>
          查看全部 {departments.length} 个部门
        </Button>
      )}
    </>
  );
}
