import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locationNote, windowNumbersNamed } from '../domain/catalog/location.ts';
import { screenshotPath, startE2E, type E2E } from './harness.ts';

let e2e: E2E;
let guidePath: string;
beforeAll(async () => {
  e2e = await startE2E();
  const hot = (await (await fetch(`${e2e.server.url}/api/catalog/hot-items`)).json()) as {
    items: { id: string }[];
  };
  guidePath = `/portal/items/${hot.items[0]!.id}`;
});
afterAll(() => e2e?.close());

const AXE = fs.readFileSync(path.resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA violations axe-core finds on the page as it stands, as "rule: element" lines. */
async function wcagViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** Each portal page with the text that says it has loaded. */
const PAGES = () => [
  { path: '/', ready: '全部事项' },
  { path: guidePath, ready: '本办事指南为第' },
  { path: '/portal/lists/power', ready: '导出 Excel' },
  { path: '/portal/lists/responsibility', ready: '导出 Excel' },
  { path: '/portal/lists/fees', ready: '导出 Excel' },
  { path: '/portal/items?q=营业执照', ready: '个事项' },
  { path: '/portal/login', ready: '获取验证码' },
];

async function openLoaded(page: Page, target: { path: string; ready: string }): Promise<void> {
  await page.goto(target.path);
  await expect
    .poll(() => page.getByText(target.ready, { exact: false }).first().isVisible(), {
      message: `${target.path} shows ${target.ready}`,
    })
    .toBe(true);
  await expect.poll(() => page.locator('.ant-skeleton').count()).toBe(0);
}

describe('the portal for elder eyes and screen readers', () => {
  it('has no WCAG 2.1 AA violation on any portal page, in the standard and the elder version', async () => {
    const found: string[] = [];
    for (const isElder of [false, true]) {
      const page = await e2e.newPage({ width: 360, height: 740 });
      if (isElder) await page.addInitScript(() => window.localStorage.setItem('onewindow.elder', '1'));
      for (const target of PAGES()) {
        await openLoaded(page, target);
        for (const violation of await wcagViolations(page))
          found.push(`${isElder ? '长辈版 ' : ''}${target.path} ${violation}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('turns on 长辈版 with one switch, shows 18 px text and large targets, and remembers it on the next page', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await openLoaded(page, PAGES()[0]!);
    const bodySize = () =>
      page.evaluate(() =>
        Number.parseFloat(getComputedStyle(document.querySelector('.ow-hot-name')!).fontSize),
      );
    expect(await bodySize()).toBeLessThan(18);
    await page.getByRole('button', { name: '长辈版' }).click();
    await expect.poll(() => page.getByRole('button', { name: '退出长辈版' }).isVisible()).toBe(true);
    expect(await bodySize()).toBeGreaterThanOrEqual(18);
    const searchHeight = await page
      .getByRole('button', { name: /搜\s*索/ })
      .evaluate((b) => b.getBoundingClientRect().height);
    expect(searchHeight).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: screenshotPath('portal-elder-360') });

    await openLoaded(page, { path: guidePath, ready: '本办事指南为第' });
    await expect.poll(() => page.getByRole('button', { name: '退出长辈版' }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('guide-elder-360') });
    await page.getByRole('button', { name: '退出长辈版' }).click();
    await expect.poll(() => page.getByRole('button', { name: '长辈版' }).isVisible()).toBe(true);
  });

  it('offers a skip link as the first stop of the keyboard, straight to the content', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await openLoaded(page, PAGES()[0]!);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('never scrolls sideways at 320 px, standard or elder', async () => {
    for (const isElder of [false, true]) {
      const page = await e2e.newPage({ width: 320, height: 640 });
      if (isElder) await page.addInitScript(() => window.localStorage.setItem('onewindow.elder', '1'));
      for (const target of PAGES().slice(0, 3)) {
        await openLoaded(page, target);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${isElder ? '长辈版 ' : ''}${target.path}`).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe('public lists on a phone', () => {
  it('shows twenty powers a page, narrows them by department, and pages on', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await openLoaded(page, { path: '/portal/lists/power', ready: '导出 Excel' });
    await expect.poll(() => page.locator('.ow-list-card').count()).toBe(20);
    const total = Number((await page.getByText(/共 \d+ 项行政权力/).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(20);

    const department = page.getByLabel('部门');
    const police = await department.locator('option', { hasText: '公安局' }).first().getAttribute('value');
    await department.selectOption(police!);
    await expect.poll(async () => new URL(page.url()).searchParams.get('department')).toMatch(/公安局/);
    await expect
      .poll(async () =>
        (await page.locator('.ow-list-card span:first-of-type').allTextContents()).every((t) =>
          t.includes('公安局'),
        ),
      )
      .toBe(true);

    await page.getByLabel('部门').selectOption('');
    await page.getByRole('button', { name: /下一页/ }).click();
    await expect.poll(() => page.getByText(/第 2 \/ \d+ 页/).isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(8000);
  });
});

describe('guides that agree with the hall', () => {
  it('names no window in any demo guide other than the windows that accept the item', async () => {
    const api = async <T>(url: string): Promise<T> =>
      (await fetch(`${e2e.server.url}${url}`)).json() as Promise<T>;
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const found = await api<{ items: { id: string }[]; total: number }>(
        `/api/catalog/items?pageSize=100&page=${page}`,
      );
      ids.push(...found.items.map((item) => item.id));
      if (found.items.length === 0 || ids.length >= found.total) break;
    }
    expect(ids.length).toBeGreaterThan(300);
    const contradictions: string[] = [];
    let writtenWithNumbers = 0;
    for (const id of ids) {
      const guide = await api<{
        content: { name: string; location?: string };
        windows: { number: string }[];
      }>(`/api/catalog/items/${id}/guide`);
      if (windowNumbersNamed(guide.content.location ?? '').length > 0) writtenWithNumbers++;
      // What the guide shows: the accepting windows, and the written text as a note.
      const serving = new Set(guide.windows.map((w) => w.number.replace(/\D/g, '')));
      for (const number of windowNumbersNamed(locationNote(guide.content.location) ?? ''))
        if (!serving.has(number)) contradictions.push(`${guide.content.name}: ${number}号窗口`);
    }
    expect(writtenWithNumbers).toBeGreaterThan(0);
    expect(contradictions).toEqual([]);

    // And on the page: the windows that serve the item, the note without numbers.
    const page = await e2e.newPage({ width: 360, height: 740 });
    await page.goto(`${guidePath}#guide-location`);
    await expect
      .poll(() =>
        page
          .getByText(/号窗口/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.locator('.ow-guide-location-note').count()).toBeLessThanOrEqual(1);
  });
});
