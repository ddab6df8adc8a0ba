import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Descriptions, Statistic } from 'antd';
import type { ReactElement } from 'react';
import type { CalendarYear } from '../api/calendar-api.ts';

/** The notice a year comes from, how many working days it has, and the way to correct it. */
export function YearSummary({ year, onEdit }: { year: CalendarYear; onEdit?: () => void }): ReactElement {
  const holidayWeekdays = year.offDays.filter((date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return date.startsWith(`${year.year}-`) && weekday !== 0 && weekday !== 6;
  }).length;
  return (
    <div className="ow-year-summary">
      <div className="ow-year-stats">
        <Statistic title="全年工作日" value={year.workingDayCount} suffix="天" />
        <Statistic title="放假（含周末）" value={year.offDays.length} suffix="天" />
        <Statistic title="其中工作日放假" value={holidayWeekdays} suffix="天" />
        <Statistic title="调休上班" value={year.workDays.length} suffix="天" />
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'notice', label: '文号', children: year.source.notice },
          { key: 'issuedOn', label: '发布日期', children: year.source.issuedOn },
          {
            key: 'title',
            label: '通知',
            span: 'filled',
            children: (
              <a href={year.source.url} target="_blank" rel="noreferrer noopener">
                {year.source.title} <LinkOutlined aria-label="在新窗口打开原文" />
              </a>
            ),
          },
        ]}
      />
      {onEdit && (
        <Button icon={<EditOutlined />} onClick={onEdit}>
          修改{year.year}年安排
        </Button>
      )}
    </div>
  );
}
