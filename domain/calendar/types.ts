import type { IsoDate } from './dates.ts';

/** The State Council notice a year's schedule comes from. */
export interface HolidayNoticeSource {
  /** 文号, e.g. 国办发明电〔2024〕12号 */
  notice: string;
  title: string;
  issuedOn: IsoDate;
  url: string;
  /** Anything a reviewer should know about how the data were checked. */
  note?: string;
}

/**
 * One year's national schedule exactly as the notice lists it: the days off (放假, including the
 * weekend days inside a holiday block) and the adjusted working days (调休上班). A date may sit in
 * the last days of the previous December when 元旦 joins a weekend (2024: 2023-12-30/31).
 * One row per year in a table is enough to store this.
 */
export interface HolidayYear {
  year: number;
  offDays: readonly IsoDate[];
  workDays: readonly IsoDate[];
  source: HolidayNoticeSource;
}

/**
 * A region's own layer over the national calendar: extra closures (a local festival, a typhoon day)
 * and extra working days. Dates in years whose national notice is not loaded are ignored: they
 * cannot make an unknown year countable.
 */
export interface LocalCalendarLayer {
  closures: readonly IsoDate[];
  extraWorkingDays: readonly IsoDate[];
}

export interface CalendarInput {
  years: readonly HolidayYear[];
  local?: LocalCalendarLayer;
}
