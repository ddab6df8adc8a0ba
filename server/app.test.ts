import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorResponse } from './platform/http-errors.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

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
