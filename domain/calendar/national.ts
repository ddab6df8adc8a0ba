import { buildCalendar, type WorkingCalendar } from './calendar.ts';
import type { HolidayYear } from './types.ts';

/*
 * The State Council's yearly holiday schedules (国务院办公厅关于XXXX年部分节假日安排的通知), transcribed
 * from the notices. Off days include the weekend days inside each holiday block, as the notices
 * count them ("共8天"). To add a year: append an entry here (or store it as a row), run
 * `validateHolidayYear`, and add its holiday weeks to national.test.ts.
 */

export const HOLIDAYS_2024: HolidayYear = {
  year: 2024,
  source: {
    notice: '国办发明电〔2023〕7号',
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    issuedOn: '2023-10-25',
    url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    note: 'Text checked against the reprint in 人民日报 2023-10-26 第6版 and 《国务院公报》2023年第31号.',
  },
  // prettier-ignore
  offDays: [
    // 元旦: 1月1日放假，与周末连休 (2023-12-30/31 are the weekend it joins)
    '2023-12-30', '2023-12-31', '2024-01-01',
    // 春节: 2月10日至17日
    '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17',
    // 清明节: 4月4日至6日
    '2024-04-04', '2024-04-05', '2024-04-06',
    // 劳动节: 5月1日至5日
    '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05',
    // 端午节: 6月10日放假，与周末连休
    '2024-06-08', '2024-06-09', '2024-06-10',
    // 中秋节: 9月15日至17日
    '2024-09-15', '2024-09-16', '2024-09-17',
    // 国庆节: 10月1日至7日
    '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07',
  ],
  // prettier-ignore
  workDays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
};

export const HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  source: {
    notice: '国办发明电〔2024〕12号',
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    issuedOn: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
  },
  // prettier-ignore
  offDays: [
    // 元旦: 1月1日（周三）放假1天，不调休
    '2025-01-01',
    // 春节: 1月28日（除夕）至2月4日
    '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    // 清明节: 4月4日至6日
    '2025-04-04', '2025-04-05', '2025-04-06',
    // 劳动节: 5月1日至5日
    '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
    // 端午节: 5月31日至6月2日
    '2025-05-31', '2025-06-01', '2025-06-02',
    // 国庆节、中秋节: 10月1日至8日
    '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
  ],
  // prettier-ignore
  workDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

export const HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  source: {
    notice: '国办发明电〔2025〕7号',
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issuedOn: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    note: 'Dates checked against the Xinhua text of 2025-11-04; the 文号 was read from a reprint, not from gov.cn.',
  },
  // prettier-ignore
  offDays: [
    // 元旦: 1月1日至3日
    '2026-01-01', '2026-01-02', '2026-01-03',
    // 春节: 2月15日（腊月二十八）至23日（正月初七），共9天
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    '2026-02-23',
    // 清明节: 4月4日至6日
    '2026-04-04', '2026-04-05', '2026-04-06',
    // 劳动节: 5月1日至5日
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
    // 端午节: 6月19日至21日
    '2026-06-19', '2026-06-20', '2026-06-21',
    // 中秋节: 9月25日至27日
    '2026-09-25', '2026-09-26', '2026-09-27',
    // 国庆节: 10月1日至7日
    '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
  ],
  // prettier-ignore
  workDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** Every national year shipped with the code. 2027 is not published yet (see DOMAIN.md §1.3). */
export const NATIONAL_HOLIDAY_YEARS: readonly HolidayYear[] = [HOLIDAYS_2024, HOLIDAYS_2025, HOLIDAYS_2026];

let nationalCalendarCache: WorkingCalendar | undefined;

/** The national calendar from the shipped years, built on first use. */
export function nationalCalendar(): WorkingCalendar {
  nationalCalendarCache ??= buildCalendar({ years: NATIONAL_HOLIDAY_YEARS });
  return nationalCalendarCache;
}
