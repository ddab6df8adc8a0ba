import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { DEMO_PASSWORD } from './db/demo/county.ts';
import { prepareData } from './db/seed/prepare.ts';
import { isKnownErrorCode } from './platform/errors.ts';
import { DOMAIN_ERROR_STATUS } from './platform/http-errors.ts';
import { can, ROLES, type Role } from './platform/policy.ts';
import { signInApplicantAs, signInAs, type SessionHeaders } from './test/factories.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

/**
 * Every write operation of the OpenAPI document, called by a role allowed to call it, with an
 * otherwise valid request in which one field is bad: NUL, a lone surrogate, an impossible date, the
 * wrong type, too long, an empty object… No answer may be a 5xx; every 4xx carries a known code and
 * a Chinese message and changes nothing (no audit record is written).
 *
 * Runs per operation: ONEWINDOW_FUZZ_RUNS (default 12); the seed is fixed (ONEWINDOW_FUZZ_SEED).
 */
const RUNS = Number(process.env.ONEWINDOW_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.ONEWINDOW_FUZZ_SEED ?? 20261123);
const isKnownCode = (code: string) => isKnownErrorCode(code) || code in DOMAIN_ERROR_STATUS;
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
const CHINESE = /[\u4e00-\u9fff]/;

/** Demo accounts by role: the demo county is the smallest graph with a record of every kind. */
const DEMO_USER: Partial<Record<Role, string>> = {
  system_admin: 'sysadmin',
  center_admin: 'admin',
  security_admin: 'secadmin',
  audit_admin: 'auditor',
  clerk: 'clerk',
  chief_representative: 'chief',
  reviewer: 'reviewer',
  supervisor: 'supervisor',
  guide: 'guide',
  agent: 'agent',
};

/** Which table a path parameter names, by the path segment before it. */
const RECORD_OF_SEGMENT: Record<string, string> = {
  centers: 'select id::text as v from centers order by id limit 1',
  halls: 'select id::text as v from halls order by id limit 1',
  zones: 'select id::text as v from zones order by id desc limit 1',
  windows: 'select id::text as v from windows order by id limit 1',
  departments: 'select id::text as v from departments order by id limit 1',
  users: "select id::text as v from staff where username = 'clerk4'",
  staff: "select id::text as v from staff where username = 'clerk3'",
  devices: 'select id::text as v from devices order by id limit 1',
  items: 'select id::text as v from items order by id limit 1',
  'local-days': 'select id::text as v from calendar_local_days order by id limit 1',
  regions: "select code as v from regions where level = 'township' order by code limit 1",
  themes: 'select code as v from themes order by code limit 1',
};

/** Body fields that refer to records, filled with real ones so a request reaches the service's checks. */
const RECORD_OF_FIELD: Record<string, string> = {
  regionCode: "select code as v from regions where level = 'county' order by code limit 1",
  parentCode: "select code as v from regions where level = 'county' order by code limit 1",
  centerId: 'select id::text as v from centers order by id limit 1',
  departmentId: 'select id::text as v from departments order by id limit 1',
  zoneId: 'select id::text as v from zones order by id limit 1',
  itemIds: 'select id::text as v from items order by id limit 1',
  staffIds: "select id::text as v from staff where username = 'clerk2'",
};
const fieldValues = new Map<string, string>();
const FIXED_FIELDS: Record<string, unknown> = { mobile: '13800138000', idNumber: '11010519491231002X' };

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
};

interface Operation {
  method: string;
  path: string;
  params: Schema[];
  query: Schema[];
  body: Schema | null;
}

let t: TestApp;
let document: {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
};
const sessions = new Map<string, SessionHeaders>();
const recordIds = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp({ env: { ONEWINDOW_RATE_LIMIT: '0' } });
  await prepareData(t.database, { demo: true, clock: t.clock });
  for (const [role, username] of Object.entries(DEMO_USER)) {
    sessions.set(role, await signInAs(t.app, username, DEMO_PASSWORD));
  }
  sessions.set('applicant', await signInApplicantAs(t.app, '13800009999'));
  for (const [segment, query] of Object.entries(RECORD_OF_SEGMENT)) {
    const result = (await t.database.db.execute(sql.raw(query))) as unknown as { rows: { v: string }[] };
    if (result.rows[0]) recordIds.set(segment, result.rows[0].v);
  }
  for (const [field, query] of Object.entries(RECORD_OF_FIELD)) {
    const result = (await t.database.db.execute(sql.raw(query))) as unknown as { rows: { v: string }[] };
    if (result.rows[0]) fieldValues.set(field, result.rows[0].v);
  }
  document = t.app.swagger() as typeof document;
}, 120_000);
afterAll(() => t.close());

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(document.components!.schemas![schema.$ref.split('/').pop()!]!) : schema;

const typeOf = (schema: Schema): string | undefined =>
  Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;

/** A valid value for a schema: optional properties included, arrays with one item, so every field is reachable. */
function validValue(input: Schema, name = ''): unknown {
  const schema = resolve(input);
  if (name in FIXED_FIELDS) return FIXED_FIELDS[name];
  const real = fieldValues.get(name);
  if (real !== undefined) return typeOf(schema) === 'array' ? [real] : real;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const branch = branches.find((b) => resolve(b).type !== 'null') ?? branches[0]!;
    return validValue(branch, name);
  }
  switch (typeOf(schema)) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        value[key] = validValue(property, key);
      return value;
    }
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, schema.maxItems === 0 ? 0 : 1);
      return Array.from({ length: count }, () => validValue(schema.items ?? {}, name));
    }
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    case 'string':
      return validString(schema, name);
    default:
      return '测试';
  }
}

function validString(schema: Schema, name: string): string {
  switch (schema.format) {
    case 'date':
      return '2026-11-24';
    case 'date-time':
      return '2026-11-24T02:00:00.000Z';
    case 'uuid':
      return uuidv7();
    default:
  }
  if (schema.pattern) {
    const [sample] = fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { seed: SEED, numRuns: 1 });
    return sample!;
  }
  if (/password/i.test(name)) return 'Aa1!aaaa-valid';
  const text = '测试'.repeat(Math.ceil((schema.minLength ?? 1) / 2));
  return schema.maxLength !== undefined
    ? text.slice(0, Math.max(schema.maxLength, schema.minLength ?? 0))
    : text;
}

/** Where in a request one bad value can go, with the values that are bad there. */
interface Target {
  part: 'params' | 'query' | 'body';
  path: (string | number)[];
  bad: fc.Arbitrary<unknown>;
}

const lonesurrogate = fc.constantFrom('\ud800', 'a\udfffb', '\udbff');
function badValuesFor(input: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  const type = typeOf(schema) ?? (schema.anyOf || schema.oneOf ? 'union' : undefined);
  const wrongType = fc.constantFrom<unknown>({}, [], { nested: '\u0000' }, [1, '\u0000']);
  const common: fc.Arbitrary<unknown>[] = [wrongType, fc.anything({ maxDepth: 2 })];
  switch (type) {
    case 'string':
      return fc.oneof(
        fc.constant('a\u0000b'),
        lonesurrogate,
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constant(''),
        fc.constant('长'.repeat((schema.maxLength ?? 10_000) + 1)),
        fc.constantFrom('2026-02-30', '0000-01-01', '2026-13-45', '2025-02-29', '9999-99-99'),
        ...common,
      );
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.constantFrom<unknown>(-1, 0, 1.5, 1e300, -1e300, '12abc', '\u0000', ''),
        fc.double(),
        fc.integer(),
        ...common,
      );
    case 'array':
      return fc.oneof(
        fc.constant(
          Array.from({ length: (schema.maxItems ?? 1000) + 1 }, () => validValue(schema.items ?? {})),
        ),
        fc.constant(['\u0000']),
        ...common,
      );
    case 'object':
      return fc.oneof(fc.constant({}), fc.constant({ unknownField: 1 }), ...common);
    default:
      return fc.oneof(fc.constant('\u0000'), lonesurrogate, ...common);
  }
}

function targetsOf(operation: Operation): Target[] {
  const targets: Target[] = [];
  for (const param of operation.params)
    targets.push({ part: 'params', path: [param.name as string], bad: badValuesFor(param.schema as Schema) });
  for (const param of operation.query)
    targets.push({ part: 'query', path: [param.name as string], bad: badValuesFor(param.schema as Schema) });
  const walk = (input: Schema, path: (string | number)[]) => {
    const schema = resolve(input);
    targets.push({ part: 'body', path, bad: badValuesFor(schema) });
    if (typeOf(schema) === 'object') {
      for (const [key, property] of Object.entries(schema.properties ?? {})) walk(property, [...path, key]);
    } else if (typeOf(schema) === 'array' && schema.items && schema.maxItems !== 0) {
      walk(schema.items, [...path, 0]);
    }
  };
  if (operation.body) walk(operation.body, []);
  return targets;
}

function setAt(value: unknown, path: (string | number)[], bad: unknown): unknown {
  if (path.length === 0) return bad;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = bad;
  return copy;
}

function operationsOf(methods: readonly string[]): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const op = item[method] as
        { parameters?: Schema[]; requestBody?: { content?: Record<string, { schema: Schema }> } } | undefined;
      if (!op) continue;
      const content = op.requestBody?.content;
      // The workbook import takes a file, not JSON; its own tests feed it broken files.
      if (content && !content['application/json']) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path'),
        query: (op.parameters ?? []).filter((p) => p.in === 'query'),
        body: content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** The session of a role allowed to call the route, the widest first. */
function callerFor(operation: Operation): SessionHeaders | Record<string, never> {
  const fastifyPath = operation.path.replace(/\{(\w+)\}/g, ':$1');
  const route = t.app.routeTable.find((r) => r.method === operation.method && r.url === fastifyPath);
  const access = route?.access;
  if (!access || access.kind === 'public' || access.kind === 'device') return {};
  if (access.kind === 'applicant') return sessions.get('applicant')!;
  const preferred: Role[] = ['system_admin', 'center_admin', 'security_admin', ...ROLES];
  const role = preferred.find((r) => !access.permission || can({ roles: [r] } as never, access.permission));
  return sessions.get(role!)!;
}

function concreteUrl(operation: Operation, params: Record<string, unknown>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    try {
      return encodeURIComponent(String(params[name]));
    } catch {
      // A lone surrogate has no UTF-8 form; send the bytes a careless client would (CESU-8), not UTF-8.
      return '%ED%A0%80';
    }
  });
}

/** A query string holding each value as a client would send it; objects and arrays as JSON text. */
function queryString(values: Record<string, unknown>): string {
  const parts = Object.entries(values).map(([key, value]) => {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
    try {
      return `${encodeURIComponent(key)}=${encodeURIComponent(text)}`;
    } catch {
      return `${encodeURIComponent(key)}=%ED%A0%80`;
    }
  });
  return parts.length ? `?${parts.join('&')}` : '';
}

function validQuery(operation: Operation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const param of operation.query) {
    query[param.name as string] = validValue(param.schema as Schema, param.name as string);
  }
  return query;
}

function validParams(operation: Operation): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const param of operation.params) {
    const name = param.name as string;
    const segment = operation.path.split('/').at(operation.path.split('/').indexOf(`{${name}}`) - 1)!;
    params[name] =
      name === 'year' ? 2031 : (recordIds.get(segment) ?? validValue(param.schema as Schema, name));
  }
  return params;
}

const auditCount = async () =>
  Number(
    (
      (await t.database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

// Sign-in attempts are recorded even when they fail: that record is the point of them.
const RECORDS_FAILURES = new Set([
  'POST /api/auth/login',
  'POST /api/applicant/sessions',
  'POST /api/auth/password',
]);

/** Calls each operation unmodified once, then with one bad field per run; returns a summary. */
async function exercise(operations: Operation[]) {
  const summary = {
    operations: 0,
    requests: 0,
    byStatus: {} as Record<number, number>,
    unmodified: [] as string[],
  };
  for (const operation of operations) {
    const name = `${operation.method} ${operation.path}`;
    const targets = targetsOf(operation);
    // Sign-out ends the session every other call here uses; it has nothing to mutate anyway.
    if (targets.length === 0) continue;
    summary.operations += 1;
    const headers = callerFor(operation);
    const params = validParams(operation);
    const query = validQuery(operation);
    const body = operation.body ? validValue(operation.body) : undefined;
    const send = (request: {
      params: Record<string, unknown>;
      query: Record<string, unknown>;
      body: unknown;
    }) =>
      t.app.inject({
        method: operation.method as 'POST',
        url: concreteUrl(operation, request.params) + queryString(request.query),
        headers: {
          ...headers,
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        payload: request.body === undefined ? undefined : JSON.stringify(request.body),
      });
    // The request before its one bad field passes the schema, so the bad field is what is tested.
    const base = await send({ params, query, body });
    const baseCode = base.statusCode >= 400 ? base.json().error.code : '';
    summary.unmodified.push(`${name} ${base.statusCode} ${baseCode}`);
    expect(base.statusCode, `${name} unmodified: ${base.body.slice(0, 300)}`).toBeLessThan(500);
    expect(baseCode, `${name} unmodified: ${base.body.slice(0, 300)}`).not.toBe('VALIDATION_FAILED');
    const mutation = fc.oneof(
      ...targets.map(({ bad: values, ...target }) => values.map((bad) => ({ target, bad }))),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ({ target, bad }) => {
        const key = target.path[0]!;
        const before = await auditCount();
        const response = await send({
          params: target.part === 'params' ? { ...params, [key]: bad } : params,
          query: target.part === 'query' ? { ...query, [key]: bad } : query,
          body: target.part === 'body' ? setAt(body, target.path, bad) : body,
        });
        summary.requests += 1;
        summary.byStatus[response.statusCode] = (summary.byStatus[response.statusCode] ?? 0) + 1;
        const where = `${name} ${target.part}/${target.path.join('/')} = ${JSON.stringify(bad)?.slice(0, 80)} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, where).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const { error } = response.json() as { error: { code: string; message: string } };
          expect(isKnownCode(error.code), where).toBe(true);
          expect(error.message, where).toMatch(CHINESE);
          if (!RECORDS_FAILURES.has(name)) expect(await auditCount(), where).toBe(before);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }
  return summary;
}

describe('generated input', () => {
  it('on every write operation: never 5xx; every 4xx has a known code, a Chinese message, and changes nothing', async () => {
    const operations = operationsOf(WRITE_METHODS);
    expect(operations.length).toBeGreaterThan(30);
    const { unmodified, ...summary } = await exercise(operations);
    console.log(`generated input, writes: ${JSON.stringify(summary)}\n${unmodified.join('\n')}`);
  }, 600_000);

  it('on every read operation with parameters: never 5xx, every 4xx with a known code and a Chinese message', async () => {
    // The event stream never ends; its parameters are checked in its own tests.
    const operations = operationsOf(['get']).filter((op) => op.path !== '/api/events');
    const { unmodified, ...summary } = await exercise(operations);
    expect(summary.operations).toBeGreaterThan(10);
    console.log(`generated input, reads: ${JSON.stringify(summary)}\n${unmodified.join('\n')}`);
  }, 600_000);
});
