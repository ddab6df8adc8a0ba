import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, signIn, startE2E, type E2E } from './harness.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(() => e2e?.close());

describe('the service catalog', () => {
  it('lets a citizen on a phone find 企业设立登记 and read its materials and time limits', async () => {
    const page = await e2e.newPage({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByLabel('搜索办事事项').fill('营业执照');

    // Results appear under the box as one types; the hot items further down do not count.
    const result = page.getByRole('search').getByRole('link', { name: /^企业设立登记/ });
    await expect.poll(() => result.isVisible()).toBe(true);
    await result.click();

    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/portal\/items\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: '企业设立登记' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '申请材料' }).isVisible()).toBe(true);
    // On a phone the materials are cards, one per material.
    await expect
      .poll(() => page.locator('.ow-material-card').filter({ hasText: '公司章程' }).first().isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('法定办结时限').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('承诺办结时限').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('扫码在手机上查看本办事指南').count()).toBe(1);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('guide-phone'), fullPage: true });
  });

  it('lets an admin create, publish and abolish an item, which the portal follows', async () => {
    const name = '老年人优待证办理（测试）';
    const page = await e2e.newPage({ width: 1440, height: 900 });
    await signIn(page, 'admin');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/workbench');

    await page.goto('/admin/catalog');
    await page.getByRole('button', { name: /新增事项/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/catalog/new');

    // 基本信息
    await page.getByLabel('事项名称').fill(name);
    await page.getByLabel('实施部门').click();
    await page.getByLabel('实施部门').fill('民政');
    await page.keyboard.press('Enter');
    await page.getByLabel('实施编码').fill('390522-E2E-000001-01');
    await page.getByLabel('基本编码').fill('E2E-000001');
    // 依据与条件: the blank legal basis the form starts with
    await page.getByRole('tab', { name: /依据与条件/ }).click();
    await page.getByLabel('法律法规名称').fill('《岚江省老年人权益保障条例》');
    await page.getByLabel('条款', { exact: true }).fill('第三十条');
    // 结果
    await page.getByRole('tab', { name: /结果/ }).click();
    await page.getByLabel('办理结果名称').fill('老年人优待证');
    // 咨询与投诉
    await page.getByRole('tab', { name: /咨询与投诉/ }).click();
    await page.getByLabel('咨询电话').fill('0649-6626001');
    await page.getByLabel('监督投诉电话').fill('12345');

    await page.getByRole('button', { name: /保存草稿/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/admin\/catalog\/[0-9a-f-]{36}$/);
    const itemPath = new URL(page.url()).pathname;
    const itemId = itemPath.split('/').pop()!;
    const title = page.locator('.ow-item-editor-title');
    await expect.poll(() => title.getByText('草稿').isVisible()).toBe(true);

    // 发布, effective today (the date the dialog proposes)
    await page.getByRole('button', { name: /发\s*布$/ }).click();
    const publishDialog = page.getByRole('dialog', { name: '发布事项' });
    await expect.poll(() => publishDialog.isVisible()).toBe(true);
    await publishDialog.getByRole('button', { name: /发\s*布$/ }).click();
    await expect.poll(() => title.getByText('在用').isVisible()).toBe(true);

    // The portal finds it.
    const portal = await e2e.newPage({ width: 360, height: 740 });
    await portal.goto(`/portal/items?q=${encodeURIComponent('老年人优待证')}`);
    await expect
      .poll(() => portal.getByRole('link', { name: new RegExp(`^${name}`) }).isVisible())
      .toBe(true);

    // 取消事项, effective today
    await page.getByRole('button', { name: /取消事项/ }).click();
    const abolishDialog = page.getByRole('dialog', { name: /取消事项/ });
    await expect.poll(() => abolishDialog.isVisible()).toBe(true);
    await abolishDialog.getByLabel('取消原因').fill('并入“老年人优待一件事”办理');
    await abolishDialog.getByRole('button', { name: '取消事项' }).click();
    await expect.poll(() => title.getByText('已取消').isVisible()).toBe(true);
    await expect.poll(() => abolishDialog.isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('admin-catalog-item') });

    // The guide now says so, in the server's words.
    await portal.goto(`/portal/items/${itemId}`);
    await expect.poll(() => portal.getByText('该事项已取消').isVisible()).toBe(true);
    await expect.poll(() => portal.getByText(/并入“老年人优待一件事”办理/).isVisible()).toBe(true);
  });
});

describe('表格下载 in the item editor', () => {
  it('lists the demo forms of 企业设立登记 under its materials, each deletable', async () => {
    const search = await fetch(`${e2e.server.url}/api/catalog/items?q=${encodeURIComponent('企业设立登记')}`);
    const { items } = (await search.json()) as { items: { id: string; name: string }[] };
    const item = items.find((found) => found.name === '企业设立登记')!;
    const page = await e2e.newPage({ width: 1440, height: 900 });
    await signIn(page, 'admin');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/workbench');
    await page.goto(`/admin/catalog/${item.id}`);
    await page.getByRole('tab', { name: /申请材料/ }).click();
    const sample = page.getByText('经营主体登记（备案）申请书（填写样例）.pdf');
    await expect.poll(() => sample.isVisible()).toBe(true);
    await expect
      .poll(() =>
        page.getByRole('button', { name: '删除经营主体登记（备案）申请书（空白表格）.pdf' }).isVisible(),
      )
      .toBe(true);
  });
});
