import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { startServer, type RunningServer } from '../server/main.ts';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, 'screenshots');

export interface E2E {
  server: RunningServer;
  browser: Browser;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The real server with the demo county on a fresh embedded database, and the system Chromium. */
export async function startE2E(): Promise<E2E> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-e2e-'));
  const server = await startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      ONEWINDOW_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
    }),
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    server,
    browser,
    newPage: async (viewport = { width: 1366, height: 800 }) => {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', baseURL: server.url });
      const page = await context.newPage();
      await reportOnFailure(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * When the test fails, prints what the page went through that a user would have seen go wrong: API
 * answers of 400 and above, script errors, every message that popped up (they vanish after seconds),
 * and the alerts on screen at the end.
 */
async function reportOnFailure(page: Page): Promise<void> {
  const trouble: string[] = [];
  await page.exposeFunction('__onewindowMessage', (text: string) => trouble.push(`message: ${text}`));
  await page.addInitScript(() => {
    const seen = new WeakSet<Node>();
    new MutationObserver(() => {
      for (const notice of document.querySelectorAll('.ant-message-notice')) {
        if (seen.has(notice) || !notice.textContent) continue;
        seen.add(notice);
        (window as unknown as { __onewindowMessage(text: string): void }).__onewindowMessage(
          notice.textContent,
        );
      }
    }).observe(document, { childList: true, subtree: true });
  });
  page.on('response', (response) => {
    if (response.status() < 400 || !new URL(response.url()).pathname.startsWith('/api/')) return;
    const request = response.request();
    void response
      .text()
      .catch(() => '')
      .then((body) =>
        trouble.push(`${response.status()} ${request.method()} ${response.url()} ${body.slice(0, 300)}`),
      );
  });
  page.on('pageerror', (error) => trouble.push(`script error: ${error.message}`));
  onTestFailed(async () => {
    const onScreen = page.isClosed()
      ? []
      : await page
          .locator('.ant-alert, [role="alert"]')
          .allInnerTexts()
          .catch(() => []);
    console.log(
      [
        `page ${page.isClosed() ? '(closed)' : page.url()}:`,
        ...trouble,
        ...onScreen.map((text) => `on screen: ${text.replaceAll('\n', ' ')}`),
      ].join('\n  '),
    );
  });
}

export async function signIn(page: Page, username: string, password = 'Onewindow@2026'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
