import ExcelJS from 'exceljs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, itemRevisions, themes } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  itemContent,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let admin: SessionHeaders;
let clerk: SessionHeaders;
let county: string;
let marketId: string;

const rowCounts = async () => ({
  revisions: (await t.database.db.select().from(itemRevisions)).length,
  audit: (await t.database.db.select().from(auditLog)).length,
});

async function exportWorkbook(): Promise<Buffer> {
  const response = await t.app.inject({ method: 'GET', url: '/api/admin/catalog/export', headers: admin });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain(XLSX);
  return response.rawPayload;
}

const importWorkbook = (data: Buffer, dryRun = false, headers = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/admin/catalog/import?dryRun=${dryRun}`,
    headers: { ...headers, 'content-type': XLSX },
    payload: data,
  });

/** Edits a workbook as a person would in Excel: by header name and row. */
async function edit(data: Buffer, change: (book: ExcelJS.Workbook, cell: CellAt) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  change(book, (sheet, row, header) => {
    const ws = book.getWorksheet(sheet)!;
    const column = (ws.getRow(1).values as unknown[]).indexOf(header);
    if (column < 1) throw new Error(`no column ${header} on ${sheet}`);
    return ws.getRow(row).getCell(column);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
type CellAt = (sheet: string, row: number, header: string) => ExcelJS.Cell;

/** The row of an item on a sheet, found by its 实施编码 in column A. */
function rowOf(book: ExcelJS.Workbook, sheet: string, code: string): number {
  const ws = book.getWorksheet(sheet)!;
  for (let row = 2; row <= ws.rowCount; row++) {
    if (ws.getRow(row).getCell(1).text === code) return row;
  }
  throw new Error(`no row for ${code} on ${sheet}`);
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county } = await createCountyWithTownship(t.database.db));
  marketId = uuidv7();
  await t.database.db.insert(departments).values({
    regionCode: county,
    id: marketId,
    name: '测试县市场监督管理局',
    shortName: '市场监管',
    stationingMode: 'approval_office',
  });
  await t.database.db
    .insert(themes)
    .values({ code: 'open_business', name: '开办企业', audience: 'legal_person', description: '开办企业' });
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'admin' });
  await createStaff(t.database.db, { roles: ['clerk'], regionCode: county, username: 'clerk' });
  admin = await signInAs(t.app, 'admin');
  clerk = await signInAs(t.app, 'clerk');
  for (const [code, name] of [
    ['390522-SC-101', '食品经营许可'],
    ['390522-SC-102', '药品零售许可'],
  ] as const) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalog/items',
      headers: admin,
      payload: { departmentId: marketId, implementationCode: code, content: itemContent({ name }) },
    });
    const id = created.json().item.id;
    await t.app.inject({
      method: 'POST',
      url: `/api/admin/catalog/items/${id}/publish`,
      headers: admin,
      payload: { effectiveOn: '2026-11-01' },
    });
  }
});
afterAll(() => t.close());

describe('catalog workbook exchange', () => {
  it('re-importing an export changes nothing', async () => {
    const before = await rowCounts();
    const response = await importWorkbook(await exportWorkbook());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 0, amended: 0, abolished: 0, unchanged: 2 });
    expect(await rowCounts()).toEqual(before);
  });

  it('previews, then applies an amendment and a new item in one go', async () => {
    const edited = await edit(await exportWorkbook(), (book, cell) => {
      const row = rowOf(book, '事项', '390522-SC-101');
      cell('事项', row, '法定办结时限(工作日)').value = 20;
      cell('事项', row, '调整原因').value = '法规修订';
      // A new item: copy the other item's rows under a new code.
      for (const sheet of ['事项', '申请材料', '办理流程', '设定依据']) {
        const ws = book.getWorksheet(sheet)!;
        const source = ws.getRows(2, ws.rowCount - 1)!.filter((r) => r.getCell(1).text === '390522-SC-102');
        for (const r of source) {
          const values = [...(r.values as unknown[])];
          values[1] = '390522-SC-103';
          ws.addRow(values.slice(1));
        }
      }
      cell('事项', book.getWorksheet('事项')!.rowCount, '事项名称').value = '医疗器械经营备案';
    });
    const before = await rowCounts();
    const preview = await importWorkbook(edited, true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, created: 1, amended: 1, unchanged: 1 });
    expect(await rowCounts()).toEqual(before);

    const applied = await importWorkbook(edited);
    expect(applied.json()).toMatchObject({ dryRun: false, created: 1, amended: 1, unchanged: 1 });
    const search = (
      await t.app.inject(`/api/catalog/items?q=${encodeURIComponent('医疗器械经营备案')}`)
    ).json();
    expect(search.items).toHaveLength(1);
    const amended = (await t.app.inject(`/api/catalog/items?q=390522-SC-101`)).json().items[0];
    expect(amended.statutoryLimitDays).toBe(20);
    // And the new state exports and re-imports as a no-op too.
    expect((await importWorkbook(await exportWorkbook())).json()).toMatchObject({ unchanged: 3 });
  });

  it('reports every problem with sheet, row and column, and imports nothing', async () => {
    const broken = await edit(await exportWorkbook(), (book, cell) => {
      const first = rowOf(book, '事项', '390522-SC-101');
      cell('事项', first, '实施部门').value = '不存在的局';
      const second = rowOf(book, '事项', '390522-SC-102');
      cell('事项', second, '生效日期').value = '2026-11-01';
      cell('事项', second, '关键词').value = '药店、零售药店';
      const material = rowOf(book, '申请材料', '390522-SC-102');
      cell('申请材料', material, '材料名称').value = '';
    });
    const before = await rowCounts();
    const response = await importWorkbook(broken);
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('CATALOG_IMPORT_INVALID');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(broken as unknown as ArrayBuffer);
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: '事项',
          row: rowOf(book, '事项', '390522-SC-101'),
          column: '实施部门',
        }),
        expect.objectContaining({
          sheet: '申请材料',
          row: rowOf(book, '申请材料', '390522-SC-102'),
          column: '材料名称',
        }),
      ]),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a change effective in the past on a published item', async () => {
    const past = await edit(await exportWorkbook(), (book, cell) => {
      const row = rowOf(book, '事项', '390522-SC-102');
      cell('事项', row, '法定办结时限(工作日)').value = 15;
      cell('事项', row, '生效日期').value = '2026-11-20';
    });
    const response = await importWorkbook(past);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({
        sheet: '事项',
        column: '生效日期',
        message: expect.stringContaining('早于今天'),
      }),
    ]);
  });

  it('abolishes through the 操作 column', async () => {
    const abolish = await edit(await exportWorkbook(), (book, cell) => {
      const row = rowOf(book, '事项', '390522-SC-102');
      cell('事项', row, '操作').value = '取消';
      cell('事项', row, '生效日期').value = '2026-11-23';
      cell('事项', row, '调整原因').value = '省政府决定取消';
    });
    expect((await importWorkbook(abolish)).json()).toMatchObject({ abolished: 1 });
    const abolished = await t.app.inject({
      method: 'GET',
      url: '/api/admin/catalog/items?status=abolished',
      headers: admin,
    });
    expect(abolished.json().items.map((i: { implementationCode: string }) => i.implementationCode)).toEqual([
      '390522-SC-102',
    ]);
  });

  it('refuses a file that is not a workbook, and a clerk', async () => {
    const junk = await importWorkbook(Buffer.from('not a spreadsheet'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('CATALOG_FILE_UNREADABLE');
    expect((await importWorkbook(await exportWorkbook(), false, clerk)).statusCode).toBe(403);
  });
});
