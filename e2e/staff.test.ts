import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, signIn, startE2E, type E2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

describe('staff in the workbench and admin', () => {
  it('refuses a wrong password with a Chinese message and stays on the sign-in page', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'clerk', 'Wrong#2026');
    await expect.poll(() => page.getByText('用户名或密码错误').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/login');
    // The focus stays in the form, on the password, so the next try is typed straight away.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete')))
      .toBe('current-password');
  });

  it('sends a signed-out visitor of the workbench to sign in, and back after signing in', async () => {
    const page = await e2e.newPage();
    await page.goto('/workbench');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('用户名').fill('clerk');
    await page.getByLabel('密码').fill('Onewindow@2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/workbench');
    await expect.poll(() => page.getByText('王晓敏').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('2026年').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('workbench') });
  });

  it('lets the center admin add a local closure, which moves the working-day count', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'admin');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/workbench');
    await page.goto('/admin/calendar');
    await expect
      .poll(() => page.getByText('2027年节假日安排尚未导入', { exact: false }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('国家节假日安排').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('admin-calendar'), fullPage: true });

    // A typhoon day: the admin closes the county on 2026-11-24 through the form.
    await page.getByPlaceholder('日期').first().click();
    await page.getByPlaceholder('日期').first().fill('2026-11-24');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder(/事由/).fill('台风红色预警停止对外办公');
    await page.getByRole('button', { name: /添\s*加/ }).click();
    await expect.poll(() => page.getByText('台风红色预警停止对外办公').first().isVisible()).toBe(true);

    // The county's calendar now skips that day for its townships too.
    const afterClosure = await page.evaluate(() =>
      fetch('/api/calendar/working-days?from=2026-11-23&n=1&regionCode=390522100000').then((r) => r.json()),
    );
    expect(afterClosure).toEqual({ date: '2026-11-25' });
  });
});
