import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startE2E, type E2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

describe('the public portal', () => {
  it('shows a citizen on a phone where the county center is, its departments and which window to go to', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await page.goto('/');
    await expect.poll(() => page.getByText('栖云县政务服务中心').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('文昌路188号').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('进驻部门').first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/不动产登记区/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    // Nothing wider than the phone: no sideways scrolling on the portal.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('portal-360'), fullPage: true });
  });

  it('lays the same information out in columns on a desktop screen', async () => {
    const page = await e2e.newPage({ width: 1366, height: 800 });
    await page.goto('/');
    await expect.poll(() => page.getByText('大厅导览').first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/1–8号窗口/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.screenshot({ path: screenshotPath('portal-desktop') });
  });

  it('answers an unknown page with a Chinese not-found page', async () => {
    const page = await e2e.newPage();
    await page.goto('/no-such-page');
    await expect
      .poll(() =>
        page
          .getByText(/页面不存在|未找到/)
          .first()
          .isVisible(),
      )
      .toBe(true);
  });
});

describe('表格下载 on a service guide', () => {
  it('offers the blank form of 企业设立登记 on a phone, and the link downloads a PDF', async () => {
    const search = await fetch(`${e2e.server.url}/api/catalog/items?q=${encodeURIComponent('企业设立登记')}`);
    const { items } = (await search.json()) as { items: { id: string; name: string }[] };
    const item = items.find((found) => found.name === '企业设立登记')!;
    const page = await e2e.newPage({ width: 360, height: 740 });
    await page.goto(`/portal/items/${item.id}`);
    const link = page.locator('.ow-material-cards a', { hasText: '空白表格' }).first();
    await expect.poll(() => link.isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('.ow-material-cards a', { hasText: '填写样例' }).first().isVisible())
      .toBe(true);
    const href = await link.getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
