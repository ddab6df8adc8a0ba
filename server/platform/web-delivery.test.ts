import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';

// A built web app in miniature: the page, a hashed script with its precompressed copies.
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-web-'));
const script = `console.log(${JSON.stringify('办事'.repeat(800))});`;
fs.mkdirSync(path.join(webDir, 'assets'));
const page = `<!doctype html><title>一窗通</title>${' '.repeat(2000)}`;
fs.writeFileSync(path.join(webDir, 'index.html'), page);
fs.writeFileSync(path.join(webDir, 'index.html.gz'), zlib.gzipSync(page));
fs.writeFileSync(path.join(webDir, 'assets', 'index-AbCd1234.js'), script);
fs.writeFileSync(path.join(webDir, 'assets', 'index-AbCd1234.js.br'), zlib.brotliCompressSync(script));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { ONEWINDOW_RATE_LIMIT: '20', ONEWINDOW_WEB_DIR: webDir } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('delivering the web app to a hall full of phones on one address', () => {
  it('never counts the web app’s files against the limit, so pages keep loading', async () => {
    for (let i = 0; i < 40; i++) {
      const shown = await t.app.inject({ url: '/portal/items', headers: { accept: 'text/html' } });
      expect(shown.statusCode).toBe(200);
      const file = await t.app.inject('/assets/index-AbCd1234.js');
      expect(file.statusCode).toBe(200);
    }
  });

  it('answers an API caller over the limit with 429, a Chinese message and when to retry', async () => {
    const answers = [];
    for (let i = 0; i < 22; i++) answers.push(await t.app.inject('/api/catalog/hot-items'));
    const limited = answers.at(-1)!;
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toMatch(/请求过于频繁，请于 \d+ 秒后重试/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('serves hashed files precompressed and cached for a year, the page never cached', async () => {
    const file = await t.app.inject({
      url: '/assets/index-AbCd1234.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(file.headers['content-encoding']).toBe('br');
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(file.rawPayload).toString()).toBe(script);
    const home = await t.app.inject({
      url: '/',
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(home.rawPayload).toString()).toContain('一窗通');
  });
});

describe('limits a route declares', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ env: { ONEWINDOW_RATE_LIMIT: '600' } });
  });
  afterAll(() => limited.close());

  it('stops guessing one staff account’s password after 10 tries in 5 minutes, other accounts unaffected', async () => {
    const tryPassword = (username: string) =>
      limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'wrong-guess' },
      });
    for (let i = 0; i < 10; i++) expect((await tryPassword('nobody')).statusCode).toBe(401);
    const eleventh = await tryPassword('nobody');
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().error.message).toMatch(/操作过于频繁/);
    expect((await tryPassword('someone-else')).statusCode).toBe(401);
  });

  it('compresses JSON answers', async () => {
    const document = await limited.app.inject({ url: '/docs/json', headers: { 'accept-encoding': 'br' } });
    expect(document.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(document.rawPayload).toString()).openapi).toMatch(/^3/);
  });
});
