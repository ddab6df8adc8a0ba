import { memo, useMemo, type ReactElement } from 'react';
import { buildMonthGrid, type CalendarMarks, type DayCell } from '../month-grid.ts';

const WEEK_HEADER = ['一', '二', '三', '四', '五', '六', '日'] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function cellClassName(cell: DayCell): string {
  const names = ['ow-day', `ow-day-${cell.national}`];
  if (cell.local) names.push(`ow-day-local-${cell.local}`);
  if (cell.isToday) names.push('ow-day-today');
  return names.join(' ');
}

function DayMark({ cell }: { cell: DayCell }): ReactElement | null {
  if (cell.local === 'closure') return <span className="ow-day-mark ow-day-mark-closure">停</span>;
  if (cell.local === 'extra_working_day') return <span className="ow-day-mark ow-day-mark-extra">加</span>;
  if (cell.national === 'adjusted_work') return <span className="ow-day-mark ow-day-mark-work">班</span>;
  if (cell.national === 'holiday') return <span className="ow-day-mark ow-day-mark-off">休</span>;
  return null;
}

const MonthTable = memo(function MonthTable({
  year,
  month,
  marks,
  today,
}: {
  year: number;
  month: number;
  marks: CalendarMarks;
  today: string;
}): ReactElement {
  const weeks = useMemo(() => buildMonthGrid(year, month, marks, today), [year, month, marks, today]);
  return (
    <figure className="ow-month">
      <figcaption>{month}月</figcaption>
      <table>
        <thead>
          <tr>
            {WEEK_HEADER.map((name, index) => (
              <th key={name} scope="col" className={index >= 5 ? 'ow-weekend-head' : undefined}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((cell, column) =>
                cell ? (
                  <td
                    key={cell.date}
                    className={cellClassName(cell)}
                    title={cell.description}
                    aria-label={cell.description}
                  >
                    <span className="ow-day-number">{cell.day}</span>
                    <DayMark cell={cell} />
                  </td>
                ) : (
                  <td key={`blank-${column}`} className="ow-day-blank" aria-hidden />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
});

/** Twelve small months of one year with the national schedule and the region's own days. */
export function YearCalendar({
  year,
  marks,
  today,
}: {
  year: number;
  marks: CalendarMarks;
  today: string;
}): ReactElement {
  return (
    <div className="ow-year-grid">
      {MONTHS.map((month) => (
        <MonthTable key={month} year={year} month={month} marks={marks} today={today} />
      ))}
    </div>
  );
}

export function CalendarLegend(): ReactElement {
  return (
    <ul className="ow-legend" aria-label="图例">
      <li>
        <span className="ow-legend-swatch ow-day-holiday">
          <span className="ow-day-mark ow-day-mark-off">休</span>
        </span>
        法定节假日
      </li>
      <li>
        <span className="ow-legend-swatch ow-day-adjusted_work">
          <span className="ow-day-mark ow-day-mark-work">班</span>
        </span>
        调休上班日
      </li>
      <li>
        <span className="ow-legend-swatch ow-day-weekend">六</span>
        周末
      </li>
      <li>
        <span className="ow-legend-swatch ow-day-local-closure">
          <span className="ow-day-mark ow-day-mark-closure">停</span>
        </span>
        本地停止办公
      </li>
      <li>
        <span className="ow-legend-swatch ow-day-local-extra_working_day">
          <span className="ow-day-mark ow-day-mark-extra">加</span>
        </span>
        本地增加工作日
      </li>
    </ul>
  );
}
