import { api } from '../../../shared/api.ts';

export interface HolidayNoticeSourceView {
  /** 文号, e.g. 国办发明电〔2025〕7号 */
  notice: string;
  title: string;
  issuedOn: string;
  url: string;
  note?: string;
}

/** One loaded national year, with the working days the server counted in it. */
export interface CalendarYear {
  year: number;
  offDays: string[];
  workDays: string[];
  source: HolidayNoticeSourceView;
  workingDayCount: number;
}

export interface CalendarYears {
  years: CalendarYear[];
  /** Next year when it should be loaded by now (from 1 November) and is not. */
  missingNextYear: number | null;
  /** Whether the signed-in staff member may enter or replace a year's national schedule. */
  mayReplaceYears: boolean;
}

export interface SaveYearInput {
  year: number;
  offDays: string[];
  workDays: string[];
  source: { notice: string; title: string; issuedOn: string; url: string };
}

export type LocalDayKind = 'closure' | 'extra_working_day';

export interface LocalDay {
  id: string;
  regionCode: string;
  date: string;
  kind: LocalDayKind;
  reason: string;
}

export interface AddLocalDayInput {
  regionCode: string;
  date: string;
  kind: LocalDayKind;
  reason: string;
}

export function fetchCalendarYears(signal?: AbortSignal): Promise<CalendarYears> {
  return api.get<CalendarYears>('/api/calendar/years', signal ? { signal } : undefined);
}

export async function saveCalendarYear({ year, ...body }: SaveYearInput): Promise<CalendarYear> {
  const response = await api.put<{ year: CalendarYear }>(`/api/calendar/years/${year}`, body);
  return response.year;
}

export async function fetchLocalDays(regionCode: string, signal?: AbortSignal): Promise<LocalDay[]> {
  const { days } = await api.get<{ days: LocalDay[] }>('/api/calendar/local-days', {
    query: { regionCode },
    ...(signal ? { signal } : {}),
  });
  return days;
}

export function addLocalDay(input: AddLocalDayInput): Promise<unknown> {
  return api.post<unknown>('/api/calendar/local-days', input);
}

export function removeLocalDay(id: string): Promise<void> {
  return api.delete(`/api/calendar/local-days/${encodeURIComponent(id)}`);
}

/** The n-th working day after `from` (from itself not counted), for a region's calendar. */
export async function fetchNthWorkingDay(
  params: { from: string; n: number; regionCode?: string },
  signal?: AbortSignal,
): Promise<string> {
  const { date } = await api.get<{ date: string }>('/api/calendar/working-days', {
    query: { from: params.from, n: params.n, regionCode: params.regionCode },
    ...(signal ? { signal } : {}),
  });
  return date;
}
