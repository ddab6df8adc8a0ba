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
  /** Years with a State Council notice. */
  years: readonly HolidayYear[];
  /**
   * Years counted provisionally (暂定). A provisional year for which `years` has a notice is
   * ignored: the notice replaces it.
   */
  provisionalYears?: readonly ProvisionalHolidayYear[];
  /** Names of holiday dates, for explanations only (they never change which days count). */
  holidayNames?: readonly NamedHoliday[];
  local?: LocalCalendarLayer;
}

/** The holidays of 《全国年节及纪念日放假办法》 for the whole population. */
export type StatutoryHolidayName =
  '元旦' | '除夕' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

/** A holiday date and its Chinese name (a statutory holiday, or a notice's block such as “国庆节、中秋节”). */
export interface NamedHoliday {
  date: IsoDate;
  name: string;
}

/** One statutory holiday date (除夕 is its own name: it is the 4th 春节 day from 2025). */
export interface StatutoryHoliday extends NamedHoliday {
  name: StatutoryHolidayName;
}

/**
 * A year whose notice is not out, counted from its statutory holidays (DOMAIN.md Part A "unknown
 * year"): `offDays` are the holidays themselves, `workDays` is always empty (only a notice swaps
 * weekend days). Built by `provisionalHolidayYear` in statutory.ts.
 */
export interface ProvisionalHolidayYear {
  year: number;
  provisional: true;
  offDays: readonly IsoDate[];
  workDays: readonly IsoDate[];
  holidays: readonly NamedHoliday[];
  /** The regulation the holidays come from, e.g. 《全国年节及纪念日放假办法》（国务院令第795号）. */
  basis: string;
}
