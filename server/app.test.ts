import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { fixedClock } from './platform/clock.ts';
import { toErrorResponse } from './platform/http-errors.ts';
import { createTestApp, createTestDatabase, TEST_DATA_KEY, type TestApp } from './test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the HTTP application', () => {
  it('reports the process up and the database ready with migrations current', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: t.database.kind });
  });

  it('answers an unknown API route with a JSON 404 and a stable code', async () => {
    const response = await t.app.inject('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: expect.stringContaining('/api/no-such-thing') },
    });
  });

  it('rejects input that breaks a route schema with 400 and a Chinese message', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.message).toMatch(/请求参数/);
  });

  it('rejects a malformed JSON body with 400, not 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_REQUEST');
  });

  it('never echoes internals in a 5xx body', () => {
    const { status, body } = toErrorResponse(new Error('relation "secret_table" does not exist'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret_table');
    expect(body.error.code).toBe('INTERNAL');
  });

  it('publishes the OpenAPI document with every API route', async () => {
    const response = await t.app.inject('/docs/json');
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/org/centers', '/api/calendar/years']),
    );
    // Each operation says who may call it, as its route declares (server/platform/openapi.ts).
    const document = response.json();
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      'applicantSession',
      'csrfToken',
      'deviceToken',
      'staffSession',
    ]);
    expect(document.paths['/api/auth/login'].post).toMatchObject({
      operationId: 'postAuthLogin',
      security: [],
    });
    expect(document.paths['/api/calendar/years/{year}'].put).toMatchObject({
      operationId: 'putCalendarYearsByYear',
      security: [{ staffSession: [], csrfToken: [] }],
    });
    expect(document.paths['/api/device/me'].get.security).toEqual([{ deviceToken: [] }]);
    const ui = await t.app.inject('/docs/');
    expect(ui.statusCode).toBe(200);
  });

  it('exposes request durations by route pattern for Prometheus', async () => {
    await t.app.inject('/api/org/centers');
    const metrics = (await t.app.inject('/metrics')).body;
    expect(metrics).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/org\/centers",status="200"\} \d+/,
    );
  });

  it('sends security headers without forcing HTTPS on a LAN', async () => {
    const response = await t.app.inject('/healthz');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });
});

describe('pages of the web app', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-web-'));
  const INDEX = '<!doctype html><title>一窗通</title>';
  let page: TestApp;
  beforeAll(async () => {
    fs.writeFileSync(path.join(webDir, 'index.html'), INDEX);
    const database = await createTestDatabase();
    const config = loadConfig({ ONEWINDOW_DATA_DIR: '/nonexistent', ONEWINDOW_DATA_KEY: TEST_DATA_KEY });
    const clock = fixedClock('2026-11-23T01:00:00Z');
    const app = await buildApp({ config: { ...config, webDir }, database, clock });
    page = { app, database, clock, close: () => app.close().then(() => database.close()) };
  });
  afterAll(async () => {
    await page.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    ['/', '*/*'], // what curl sends
    ['/', 'text/html,application/xhtml+xml,*/*;q=0.8'],
    ['/portal/items/0196', '*/*'],
    ['/admin/catalog', undefined],
    ['/some/unknown/page?x=1', 'text/html'],
  ])('serves index.html for %s with Accept %s', async (url, accept) => {
    const response = await page.app.inject({ url, headers: accept ? { accept } : {} });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe(INDEX);
  });

  it.each([
    ['/api/no-such-thing', '*/*'],
    ['/api/no-such-thing', 'text/html'],
    ['/docs/nothing', 'text/html'],
    ['/metrics/x', '*/*'],
    ['/healthz/x', '*/*'],
    ['/readyz/x', 'text/html'],
    ['/assets/missing.js', '*/*'],
    ['/', 'application/json'],
    ['/', 'text/html;q=0, application/json'],
  ])('keeps the JSON 404 for %s with Accept %s', async (url, accept) => {
    const response = await page.app.inject({ url, headers: { accept } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('the client address', () => {
  const hits = async (app: TestApp['app'], forwardedFor: string[]) => {
    const statuses: number[] = [];
    for (const address of forwardedFor) {
      statuses.push(
        (await app.inject({ url: '/api/calendar/years', headers: { 'x-forwarded-for': address } }))
          .statusCode,
      );
    }
    return statuses;
  };

  it('is the TCP peer by default: a forged X-Forwarded-For does not escape the rate limit', async () => {
    const limited = await createTestApp({ env: { ONEWINDOW_RATE_LIMIT: '2' } });
    try {
      expect(await hits(limited.app, ['198.51.100.1', '198.51.100.2', '198.51.100.3'])).toEqual([
        200, 200, 429,
      ]);
    } finally {
      await limited.close();
    }
  });

  it('is the forwarded one when the request comes through a configured proxy', async () => {
    const proxied = await createTestApp({
      env: { ONEWINDOW_RATE_LIMIT: '2', ONEWINDOW_TRUST_PROXY: '127.0.0.1/8, ::1' },
    });
    try {
      expect(await hits(proxied.app, ['198.51.100.1', '198.51.100.2', '198.51.100.3'])).toEqual([
        200, 200, 200,
      ]);
    } finally {
      await proxied.close();
    }
  });

  it('keeps the development outbox off unless asked, and never with NODE_ENV=production', () => {
    expect(loadConfig({}).devOutbox).toBe(false);
    expect(loadConfig({ ONEWINDOW_DEV_OUTBOX: 'true' }).devOutbox).toBe(true);
    expect(() => loadConfig({ ONEWINDOW_DEV_OUTBOX: 'true', NODE_ENV: 'production' })).toThrow(ConfigError);
  });

  it('reads ONEWINDOW_TRUST_PROXY as off, a hop count or a list of addresses, and refuses anything else', () => {
    const read = (value: string) => loadConfig({ ONEWINDOW_TRUST_PROXY: value }).trustProxy;
    expect(read('')).toBe(false);
    expect(read('false')).toBe(false);
    expect(read('1')).toBe(1);
    expect(read('10.0.0.0/8,192.168.1.10, ::1')).toEqual(['10.0.0.0/8', '192.168.1.10', '::1']);
    for (const bad of ['true', 'yes', '10.0.0.0/33', 'proxy.example', '0']) {
      expect(() => read(bad), bad).toThrow(ConfigError);
    }
  });
});
