import { Tag } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { isWorkingDay, nationalCalendar } from '../../../../../domain/calendar/index.ts';

export type TodayStatus = 'working' | 'rest' | 'unknown';

/** Whether `date` is a working day by the national schedule shipped with the code. */
export function todayStatus(date: string): TodayStatus {
  try {
    return isWorkingDay(nationalCalendar(), date) ? 'working' : 'rest';
  } catch {
    // The year's notice is not loaded (CALENDAR_YEAR_UNKNOWN): say so instead of guessing.
    return 'unknown';
  }
}

export function TodayWorkingStatus({ date }: { date: string }): ReactElement {
  const status = useMemo(() => todayStatus(date), [date]);
  switch (status) {
    case 'working':
      return <Tag color="blue">工作日</Tag>;
    case 'rest':
      return <Tag color="red">休息日</Tag>;
    case 'unknown':
      return (
        <Tag color="default" title={`${date.slice(0, 4)}年节假日安排未导入`}>
          未导入
        </Tag>
      );
    default: {
      const unknown: never = status;
      return <Tag>{String(unknown)}</Tag>;
    }
  }
}
