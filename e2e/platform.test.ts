import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckDigit } from '../domain/validators/index.ts';
import { applicants, notificationOutbox } from '../server/db/schema.ts';
import { screenshotPath, signIn, startE2E, type E2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

/** The code in the newest SMS to a number, as the applicant's phone would show it. */
async function latestSmsCode(mobile: string): Promise<string> {
  const [message] = await e2e.server.database.db
    .select()
    .from(notificationOutbox)
    .where(eq(notificationOutbox.recipient, mobile))
    .orderBy(desc(notificationOutbox.createdAt))
    .limit(1);
  return (message!.params as { code: string }).code;
}

describe('platform pages', () => {
  it('signs an applicant in on a phone with an SMS code', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await page.goto('/portal/login');
    await page.getByLabel('手机号').fill('13800138000');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => page.getByRole('button', { name: /秒后重发/ }).isVisible()).toBe(true);
    await page.getByLabel('验证码').fill(await latestSmsCode('13800138000'));
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/portal/me');
    await expect.poll(() => page.getByText('138****8000').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('portal-me-360') });

    // 实名信息: a wrong check digit is caught on the phone; the right number is saved encrypted.
    const base = '33010619900101123';
    const idNumber = `${base}${idCardCheckDigit(base)}`;
    await page.getByLabel('姓名', { exact: true }).fill('张三');
    await page.getByLabel('身份证号').fill(`${base}${idCardCheckDigit(base) === '0' ? '1' : '0'}`);
    await page.getByRole('button', { name: /保存实名信息/ }).click();
    await expect.poll(() => page.getByText(/校验/).first().isVisible()).toBe(true);
    await page.getByLabel('身份证号').fill(idNumber);
    await page.getByRole('button', { name: /保存实名信息/ }).click();
    await expect.poll(() => page.getByText('实名信息已保存').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText(`3301**********${idNumber.slice(-4)}`, { exact: false }).isVisible())
      .toBe(true);
    const [stored] = await e2e.server.database.db
      .select()
      .from(applicants)
      .where(eq(applicants.mobile, '13800138000'));
    expect(stored!.name).toBe('张三');
    expect(JSON.stringify(stored)).not.toContain(idNumber);
    await page.screenshot({ path: screenshotPath('portal-identity-360') });
  });

  it('shows a new device token once, and the token lets the device in', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'admin');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/workbench');
    await page.goto('/admin/devices');
    await page.getByRole('button', { name: /新建/ }).first().click();
    await page.getByLabel('所在中心').click();
    // The option itself (the select's own value carries the same title once chosen), then the list closes.
    await page.locator('.ant-select-item-option[title="栖云县政务服务中心"]').click();
    await page.locator('.ant-select-dropdown').first().waitFor({ state: 'hidden' });
    await page.getByLabel('设备名称').fill('一楼大厅取号机1号');
    await page.getByText('自助终端', { exact: false }).first().click();
    await page
      .getByRole('button', { name: /创\s*建|确\s*定/ })
      .last()
      .click();
    const tokenText = page.getByRole('dialog').getByText(/^owd_/).first();
    await expect.poll(() => tokenText.isVisible()).toBe(true);
    const token = (await tokenText.textContent())!.trim();
    await page.screenshot({ path: screenshotPath('admin-device-token') });

    const device = await page.request.get('/api/device/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(device.status()).toBe(200);
    expect((await device.json()).device.name).toBe('一楼大厅取号机1号');
  });

  it('shows the audit admin what was done, and hides the audit log from the system admin', async () => {
    const auditor = await e2e.newPage();
    await signIn(auditor, 'auditor');
    await expect.poll(() => new URL(auditor.url()).pathname).not.toBe('/login');
    await auditor.goto('/admin/audit');
    await expect
      .poll(() =>
        auditor
          .getByText(/创建设备令牌「一楼大厅取号机1号」/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    // The applicant of the first test signed in and saved 实名 in the demo county: its auditor sees both.
    await expect.poll(() => auditor.getByText('办事人登记实名信息').first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        auditor
          .getByText(/通过短信验证码登录/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await auditor.getByRole('button', { name: '校验审计链' }).click();
    await expect
      .poll(() => auditor.getByRole('status').getByText('通过', { exact: true }).isVisible())
      .toBe(true);
    await auditor.screenshot({ path: screenshotPath('admin-audit') });

    const sysadmin = await e2e.newPage();
    await signIn(sysadmin, 'sysadmin');
    await expect.poll(() => new URL(sysadmin.url()).pathname).not.toBe('/login');
    await sysadmin.goto('/admin/users');
    await expect.poll(() => sysadmin.getByText('用户与角色').first().isVisible()).toBe(true);
    expect(await sysadmin.getByText('审计日志').count()).toBe(0);
  });
});
