import { v7 as uuidv7 } from 'uuid';
import {
  addWorkingDaysToEpochDay,
  findMissingNextYear,
  formatIsoDate,
  NATIONAL_HOLIDAY_YEARS,
  parseIsoDate,
  touchesProvisionalYear,
  validateHolidayYear,
  yearOfEpochDay,
  workingDaysInYear,
  type HolidayYear,
  type IsoDate,
  type WorkingCalendar,
} from '../../../domain/calendar/index.ts';
import {
  buildCalendarWithProvisionalYears,
  PROVISIONAL_YEARS_AHEAD,
} from '../../../domain/calendar/statutory.ts';
import { localEpochDay } from '../../../domain/clock/index.ts';
import type { Executor } from '../../db/connection.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { assertCan, regionLineage, type StaffActor } from '../../platform/policy.ts';
import { can } from './policy.ts';
import { recordChange } from '../../platform/audit.ts';
import { auditContextOf, transact, type IdempotencyKey } from '../../platform/transaction.ts';
import * as store from './store.ts';

// A region's calendar includes the closures and extra working days of every region above it, and
// provisional years (暂定: the statutory holidays alone) for the years without a notice between the
// loaded ones and the PROVISIONAL_YEARS_AHEAD years after the last one, so a case accepted in
// December is counted (and labelled provisional) before next year's notice is out.
// Calendars change a few times a year; build each region's once and drop them all on any write.
const cache = new WeakMap<AppContext, Map<string, Promise<WorkingCalendar>>>();

/** `db`: the caller's transaction when it holds one (PGlite has one connection: a read beside it would wait forever). */
export function getWorkingCalendar(
  ctx: AppContext,
  regionCode: string,
  db: Executor = ctx.db,
): Promise<WorkingCalendar> {
  let byRegion = cache.get(ctx);
  if (!byRegion) cache.set(ctx, (byRegion = new Map()));
  let calendar = byRegion.get(regionCode);
  if (!calendar) {
    calendar = loadCalendar(db, regionCode);
    calendar.catch(() => byRegion.delete(regionCode));
    byRegion.set(regionCode, calendar);
  }
  return calendar;
}

async function loadCalendar(db: Executor, regionCode: string): Promise<WorkingCalendar> {
  const [years, localDays] = await Promise.all([
    store.listYears(db),
    store.listLocalDays(db, regionLineage(regionCode)),
  ]);
  return buildCalendarWithProvisionalYears({
    years,
    ahead: PROVISIONAL_YEARS_AHEAD,
    local: {
      closures: localDays.filter((d) => d.kind === 'closure').map((d) => d.date),
      extraWorkingDays: localDays.filter((d) => d.kind === 'extra_working_day').map((d) => d.date),
    },
  });
}

import { CALENDAR_CHANGED, type CalendarChangedPayload } from './events.ts';

export { CALENDAR_CHANGED };

/** The years a saved notice changes: its own, and the previous one if it lists December days. */
function yearsOfNotice(year: HolidayYear): number[] {
  const years = new Set([year.year]);
  for (const date of [...year.offDays, ...year.workDays]) years.add(yearOfEpochDay(parseIsoDate(date)));
  return [...years].sort((a, b) => a - b);
}

/** Drops the cached calendars; other instances do the same when the event reaches them. */
export function invalidateCalendars(ctx: AppContext): void {
  cache.delete(ctx);
}

export interface WriteMeta {
  clientAddress: string | null;
  idempotency?: IdempotencyKey | null;
}

export function todayIn(ctx: AppContext): IsoDate {
  return formatIsoDate(localEpochDay(ctx.clock.now().getTime(), ctx.config.timeZone));
}

export async function listYearsWithCounts(ctx: AppContext) {
  const [years, calendar] = await Promise.all([
    store.listYears(ctx.db),
    getWorkingCalendar(ctx, '000000000000'),
  ]);
  return {
    years: years.map((year) => presentYear(year, calendar)),
    missingNextYear: findMissingNextYear(calendar, todayIn(ctx)),
    provisionalYears: [...calendar.provisionalYears],
  };
}

export async function saveYear(ctx: AppContext, actor: StaffActor, year: HolidayYear, meta: WriteMeta) {
  if (!can(actor, 'year.replace')) {
    throw new AppError('FORBIDDEN', '全国节假日安排只能由县级及以上的系统管理员维护');
  }
  const errors = validateHolidayYear(year).filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new AppError('CALENDAR_YEAR_INVALID', `${year.year}年节假日安排有 ${errors.length} 处错误`, errors);
  }
  await transact(ctx, async (tx) => {
    await store.lockYear(tx, year.year);
    const before = await store.findYear(tx, year.year);
    await store.upsertYear(tx, year, actor.id);
    recordChange(tx, auditContextOf(ctx), {
      actor,
      action: 'calendar.year_saved',
      targetType: 'calendar_year',
      targetId: String(year.year),
      regionCode: actor.regionCode,
      before,
      after: year,
      summary: `${before ? '更新' : '导入'}${year.year}年节假日安排（${year.source.notice}）`,
      clientAddress: meta.clientAddress,
      event: {
        topic: CALENDAR_CHANGED,
        payload: {
          change: 'year_saved',
          years: yearsOfNotice(year),
          regionCode: null,
          year: year.year,
        } satisfies CalendarChangedPayload,
      },
    });
  });
  invalidateCalendars(ctx);
  return presentYear(year, await getWorkingCalendar(ctx, '000000000000'));
}

function presentYear(year: HolidayYear, calendar: WorkingCalendar) {
  return {
    year: year.year,
    offDays: [...year.offDays],
    workDays: [...year.workDays],
    source: year.source,
    workingDayCount: workingDaysInYear(calendar, year.year),
  };
}

export async function ensureNationalYears(db: Executor): Promise<number> {
  return store.insertMissingYears(db, NATIONAL_HOLIDAY_YEARS);
}

export function listLocalDays(ctx: AppContext, regionCode: string) {
  return store.listLocalDays(ctx.db, [regionCode]);
}

export async function addLocalDay(
  ctx: AppContext,
  actor: StaffActor,
  input: { regionCode: string; date: IsoDate; kind: 'closure' | 'extra_working_day'; reason: string },
  meta: WriteMeta,
) {
  assertCan(actor, 'calendar.manage');
  if (!can(actor, 'local_day.create', input)) throw new AppError('FORBIDDEN', '只能维护本辖区的工作日历');
  const day = await transact(
    ctx,
    async (tx) => {
      const row = await store.insertLocalDay(tx, {
        ...input,
        id: uuidv7(),
        createdAt: ctx.clock.now(),
        createdBy: actor.id,
      });
      if (!row) throw new AppError('CALENDAR_LOCAL_DAY_EXISTS', `${input.date} 已有本地日历调整`);
      const presented = {
        id: row.id,
        regionCode: row.regionCode,
        date: row.date,
        kind: row.kind,
        reason: row.reason,
      };
      recordChange(tx, auditContextOf(ctx), {
        actor,
        action: 'calendar.local_day_added',
        targetType: 'calendar_local_day',
        targetId: row.id,
        regionCode: row.regionCode,
        after: presented,
        summary: `${row.date} 设为${row.kind === 'closure' ? '停工日' : '补班日'}：${row.reason}`,
        clientAddress: meta.clientAddress,
        event: {
          topic: CALENDAR_CHANGED,
          payload: {
            change: 'local_day_added',
            years: [yearOfEpochDay(parseIsoDate(row.date))],
            ...presented,
          } satisfies CalendarChangedPayload,
        },
      });
      return presented;
    },
    meta.idempotency,
    { status: 201 },
  );
  invalidateCalendars(ctx);
  return day;
}

export async function removeLocalDay(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  meta: WriteMeta,
): Promise<void> {
  assertCan(actor, 'calendar.manage');
  await transact(ctx, async (tx) => {
    // Outside the caller's regions the delete rolls back: they cannot learn the day exists.
    const day = await store.deleteLocalDay(tx, id);
    if (!day || !can(actor, 'local_day.delete', day)) {
      throw new AppError('NOT_FOUND', '未找到该日历调整');
    }
    recordChange(tx, auditContextOf(ctx), {
      actor,
      action: 'calendar.local_day_removed',
      targetType: 'calendar_local_day',
      targetId: id,
      regionCode: day.regionCode,
      before: { id, regionCode: day.regionCode, date: day.date, kind: day.kind, reason: day.reason },
      summary: `撤销 ${day.date} 的日历调整`,
      clientAddress: meta.clientAddress,
      event: {
        topic: CALENDAR_CHANGED,
        payload: {
          change: 'local_day_removed',
          years: [yearOfEpochDay(parseIsoDate(day.date))],
          regionCode: day.regionCode,
          id,
          date: day.date,
          removed: true,
        } satisfies CalendarChangedPayload,
      },
    });
  });
  invalidateCalendars(ctx);
}

export async function countWorkingDays(
  ctx: AppContext,
  input: { from: IsoDate; n: number; regionCode: string },
) {
  const calendar = await getWorkingCalendar(ctx, input.regionCode);
  const from = parseIsoDate(input.from);
  const date = addWorkingDaysToEpochDay(calendar, from, input.n);
  // n = 0 looks at the start day itself.
  const provisional = touchesProvisionalYear(calendar, input.n === 0 ? from - 1 : from, date);
  return provisional
    ? { date: formatIsoDate(date), provisional: true as const }
    : { date: formatIsoDate(date) };
}
