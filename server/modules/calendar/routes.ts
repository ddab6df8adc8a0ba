import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { ErrorResponse, IsoDateString, RegionCode, type App } from '../../platform/http.ts';
import { requireStaff } from '../../platform/session.ts';
import { idempotencyOf } from '../../platform/transaction.ts';
import { can } from './policy.ts';
import * as service from './service.ts';

const Source = Type.Object({
  notice: Type.String({ minLength: 1, maxLength: 100 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  issuedOn: IsoDateString,
  url: Type.String({ maxLength: 500 }),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

const Year = Type.Object({
  year: Type.Integer(),
  offDays: Type.Array(IsoDateString),
  workDays: Type.Array(IsoDateString),
  source: Source,
  workingDayCount: Type.Integer(),
});

const LocalDay = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  date: IsoDateString,
  kind: Type.Union([Type.Literal('closure'), Type.Literal('extra_working_day')]),
  reason: Type.String(),
});

export function calendarRoutes(app: App, ctx: AppContext): void {
  const tags = ['calendar'];

  app.get(
    '/api/calendar/years',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: 'Loaded national holiday schedules, and the next year if it is missing',
        response: {
          200: Type.Object({
            years: Type.Array(Year),
            missingNextYear: Type.Union([Type.Integer(), Type.Null()]),
            /** Years without a notice counted from the statutory holidays alone (暂定). */
            provisionalYears: Type.Array(Type.Integer()),
            /** Whether the signed-in caller may enter or replace a year (calendar/policy.ts). */
            mayReplaceYears: Type.Boolean(),
          }),
        },
      },
    },
    async (request) => ({
      ...(await service.listYearsWithCounts(ctx)),
      mayReplaceYears: request.actor !== null && can(request.actor, 'year.replace'),
    }),
  );

  app.put(
    '/api/calendar/years/:year',
    {
      config: { access: { kind: 'staff', permission: 'calendar.national' } },
      schema: {
        tags,
        summary: "Enter or replace a year's national schedule (a county-or-above system admin)",
        params: Type.Object({ year: Type.Integer({ minimum: 2008, maximum: 2100 }) }),
        body: Type.Object({
          offDays: Type.Array(IsoDateString, { maxItems: 60 }),
          workDays: Type.Array(IsoDateString, { maxItems: 30 }),
          source: Source,
        }),
        response: {
          200: Type.Object({ year: Year }),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request) => ({
      year: await service.saveYear(
        ctx,
        requireStaff(request),
        { year: request.params.year, ...request.body },
        { clientAddress: request.ip },
      ),
    }),
  );

  app.get(
    '/api/calendar/local-days',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary: "A region's own closures and extra working days",
        querystring: Type.Object({ regionCode: RegionCode }),
        response: { 200: Type.Object({ days: Type.Array(LocalDay) }), 400: ErrorResponse },
      },
    },
    async (request) => ({ days: await service.listLocalDays(ctx, request.query.regionCode) }),
  );

  app.post(
    '/api/calendar/local-days',
    {
      config: { access: { kind: 'staff', permission: 'calendar.manage' } },
      schema: {
        tags,
        summary: 'Add a local closure or extra working day (accepts Idempotency-Key)',
        body: Type.Object({
          regionCode: RegionCode,
          date: IsoDateString,
          kind: Type.Union([Type.Literal('closure'), Type.Literal('extra_working_day')]),
          reason: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: {
          201: Type.Object({ day: LocalDay }),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const day = await service.addLocalDay(ctx, requireStaff(request), request.body, {
        clientAddress: request.ip,
        idempotency: idempotencyOf(request),
      });
      return reply.status(201).send({ day });
    },
  );

  app.delete(
    '/api/calendar/local-days/:id',
    {
      config: { access: { kind: 'staff', permission: 'calendar.manage' } },
      schema: {
        tags,
        summary: 'Remove a local calendar adjustment',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          204: Type.Null(),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      await service.removeLocalDay(ctx, requireStaff(request), request.params.id, {
        clientAddress: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/calendar/working-days',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags,
        summary:
          'The n-th working day after a date (the start day is not counted); provisional in a year without a notice',
        querystring: Type.Object({
          from: IsoDateString,
          n: Type.Integer({ minimum: 0, maximum: 1000 }),
          regionCode: Type.Optional(RegionCode),
        }),
        response: {
          200: Type.Object({
            date: IsoDateString,
            /** Present (true) when the count reaches a year without a notice: the date is 暂定. */
            provisional: Type.Optional(Type.Literal(true)),
          }),
          400: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    (request) =>
      service.countWorkingDays(ctx, {
        from: request.query.from,
        n: request.query.n,
        regionCode: request.query.regionCode ?? '000000000000',
      }),
  );
}
