import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  itemContent,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionHeaders;
const market = { id: uuidv7(), name: '测试县市场监督管理局' };
const housing = { id: uuidv7(), name: '测试县住房和城乡建设局' };

async function publish(code: string, departmentId: string, content = itemContent()) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/admin/catalog/items',
    headers: admin,
    payload: { departmentId, implementationCode: code, content },
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json().item as { id: string };
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/admin/catalog/items/${id}/publish`,
    headers: admin,
    payload: { effectiveOn: '2026-11-23' },
  });
  expect(published.statusCode, published.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  const { county } = await createCountyWithTownship(t.database.db);
  await t.database.db.insert(departments).values(
    [market, housing].map((d, i) => ({
      regionCode: county,
      id: d.id,
      name: d.name,
      shortName: d.name.slice(3, 7),
      stationingMode: 'approval_office' as const,
      sortOrder: i,
    })),
  );
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'listadmin' });
  admin = await signInAs(t.app, 'listadmin');
  const fee = { name: '登记费', amountFen: 8000, basis: '发改价格规〔2016〕2559号' };
  for (let i = 1; i <= 25; i++) {
    await publish(
      `390522-SC-${String(i).padStart(3, '0')}`,
      market.id,
      itemContent({ name: `市场许可事项${i}`, themes: [], fees: i <= 3 ? [fee] : [] }),
    );
  }
  for (let i = 1; i <= 4; i++) {
    await publish(
      `390522-ZJ-${String(i).padStart(3, '0')}`,
      housing.id,
      itemContent({ name: `建设确认事项${i}`, themes: [], category: 'confirmation' }),
    );
  }
});
afterAll(() => t.close());

describe('public lists a phone can use', () => {
  it('gives the power list a page at a time, with the counts for the department and type menus', async () => {
    const first = (await t.app.inject('/api/catalog/lists/power')).json();
    expect(first).toMatchObject({ total: 29, page: 1, pageSize: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.departments).toEqual(
      expect.arrayContaining([
        { name: market.name, count: 25 },
        { name: housing.name, count: 4 },
      ]),
    );
    expect(first.categories).toEqual([
      { category: 'licensing', count: 25 },
      { category: 'confirmation', count: 4 },
    ]);
    const second = (await t.app.inject('/api/catalog/lists/power?page=2')).json();
    expect(second.items).toHaveLength(9);
  });

  it('narrows by department, type and words together', async () => {
    const housingOnly = (
      await t.app.inject(`/api/catalog/lists/responsibility?department=${encodeURIComponent(housing.name)}`)
    ).json();
    expect(housingOnly.total).toBe(4);
    expect(
      housingOnly.items.every((i: { departmentName: string }) => i.departmentName === housing.name),
    ).toBe(true);
    const confirmations = (await t.app.inject('/api/catalog/lists/power?category=confirmation')).json();
    expect(confirmations.total).toBe(4);
    const words = (
      await t.app.inject(`/api/catalog/lists/power?q=${encodeURIComponent('许可事项2')}`)
    ).json();
    expect(words.items.map((i: { name: string }) => i.name).sort()).toEqual(
      [
        '市场许可事项2',
        '市场许可事项20',
        '市场许可事项21',
        '市场许可事项22',
        '市场许可事项23',
        '市场许可事项24',
        '市场许可事项25',
      ].sort(),
    );
    const fees = (await t.app.inject('/api/catalog/lists/fees')).json();
    expect(fees.total).toBe(3);
  });

  it('exports the whole selection, every page, as an Excel sheet', async () => {
    const response = await t.app.inject(
      `/api/catalog/lists/power/export?department=${encodeURIComponent(market.name)}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('权力清单-2026-11-23.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('权力清单')!;
    expect(sheet.rowCount).toBe(26);
    expect(sheet.getRow(1).getCell(2).value).toBe('事项名称');
    expect(sheet.getRow(2).getCell(4).value).toBe(market.name);
  });

  it('refuses a page size above 100', async () => {
    const response = await t.app.inject('/api/catalog/lists/power?pageSize=1000');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
