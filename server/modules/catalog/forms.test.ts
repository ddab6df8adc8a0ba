import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, itemForms } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { writeSimplePdf } from '../../db/demo/catalog/forms.ts';
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
let clerk: SessionHeaders;
let otherAdmin: SessionHeaders;
let itemId: string;
let draftItemId: string;

const MATERIAL = '食品经营许可申请书';
const PDF = writeSimplePdf(MATERIAL, ['申请人：________']);
const DOCX_LIKE = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('....word/document.xml....'),
]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function upload(
  headers: SessionHeaders,
  id: string,
  content: Buffer,
  query: { material?: string; kind?: string; fileName?: string } = {},
) {
  const params = new URLSearchParams({
    material: query.material ?? MATERIAL,
    kind: query.kind ?? 'blank',
    fileName: query.fileName ?? `${MATERIAL}.pdf`,
  });
  return t.app.inject({
    method: 'POST',
    url: `/api/admin/catalog/items/${id}/forms?${params}`,
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    payload: content,
  });
}

const formRows = () => t.database.db.select().from(itemForms);
const auditCount = async (action: string) =>
  (await t.database.db.select().from(auditLog).where(eq(auditLog.action, action))).length;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  const { county } = await createCountyWithTownship(t.database.db);
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  const marketId = uuidv7();
  await t.database.db.insert(departments).values({
    regionCode: county,
    id: marketId,
    name: '测试县市场监督管理局',
    shortName: '市场监管',
    stationingMode: 'approval_office',
  });
  await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username: 'admin' });
  await createStaff(t.database.db, { roles: ['clerk'], regionCode: county, username: 'clerk' });
  await createStaff(t.database.db, {
    roles: ['center_admin'],
    regionCode: '990102000000',
    username: 'other',
  });
  admin = await signInAs(t.app, 'admin');
  clerk = await signInAs(t.app, 'clerk');
  otherAdmin = await signInAs(t.app, 'other');
  const create = async (code: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalog/items',
      headers: admin,
      payload: { departmentId: marketId, implementationCode: code, content: itemContent({ themes: [] }) },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().item.id as string;
  };
  itemId = await create('390522-FORM-001');
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/admin/catalog/items/${itemId}/publish`,
    headers: admin,
    payload: { effectiveOn: '2026-11-23' },
  });
  expect(published.statusCode, published.body).toBe(200);
  draftItemId = await create('390522-FORM-002');
});
afterAll(() => t.close());

describe('表格下载', () => {
  it('stores an uploaded blank form, lists it in the guide and downloads the same bytes', async () => {
    const response = await upload(admin, itemId, PDF);
    expect(response.statusCode, response.body).toBe(201);
    const [form] = response.json().forms;
    expect(form).toMatchObject({
      materialName: MATERIAL,
      kind: 'blank',
      fileName: `${MATERIAL}.pdf`,
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(await auditCount('catalog.form.uploaded')).toBe(1);

    const guide = (await t.app.inject(`/api/catalog/items/${itemId}/guide`)).json();
    expect(guide.forms).toEqual([
      {
        id: form.id,
        materialName: MATERIAL,
        kind: 'blank',
        fileName: `${MATERIAL}.pdf`,
        contentType: 'application/pdf',
        size: PDF.length,
      },
    ]);

    const download = await t.app.inject(`/api/catalog/items/${itemId}/forms/${form.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`${MATERIAL}.pdf`)}`,
    );
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('takes the type from the bytes: a picture named .pdf and a Word file named .xlsx are refused', async () => {
    const before = await formRows();
    const picture = await upload(admin, itemId, PNG);
    expect(picture.statusCode).toBe(415);
    expect(picture.json().error).toMatchObject({ code: 'FORM_TYPE_NOT_ALLOWED' });
    expect(picture.json().error.message).toMatch(/PDF/);
    const mismatch = await upload(admin, itemId, DOCX_LIKE, { fileName: '申请书.xlsx' });
    expect(mismatch.statusCode).toBe(415);
    expect(mismatch.json().error.message).toMatch(/扩展名不符/);
    expect(await formRows()).toEqual(before);
    // The same Word bytes under their own name are a DOCX.
    const docx = await upload(admin, itemId, DOCX_LIKE, { fileName: '申请书.docx', kind: 'sample' });
    expect(docx.statusCode, docx.body).toBe(201);
    expect(docx.json().forms.find((f: { kind: string }) => f.kind === 'sample').contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses a file over 10 MB, an empty file and a material the item does not name, writing nothing', async () => {
    const before = await formRows();
    const audits = await auditCount('catalog.form.uploaded');
    const large = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await upload(admin, itemId, large);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toMatchObject({ code: 'FORM_TOO_LARGE', message: '表格文件不能超过 10 MB' });
    const empty = await upload(admin, itemId, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const unknown = await upload(admin, itemId, PDF, { material: '不存在的材料' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'FORM_MATERIAL_UNKNOWN' });
    expect(await formRows()).toEqual(before);
    expect(await auditCount('catalog.form.uploaded')).toBe(audits);
  });

  it('lets only catalog admins of the item’s region upload and delete', async () => {
    const before = await formRows();
    expect((await upload(clerk, itemId, PDF)).statusCode).toBe(403);
    expect((await upload(otherAdmin, itemId, PDF)).statusCode).toBe(404);
    const id = before[0]!.id;
    const asClerk = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/catalog/items/${itemId}/forms/${id}`,
      headers: clerk,
    });
    expect(asClerk.statusCode).toBe(403);
    const asOther = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/catalog/items/${itemId}/forms/${id}`,
      headers: otherAdmin,
    });
    expect(asOther.statusCode).toBe(404);
    expect(await formRows()).toEqual(before);
  });

  it('offers no download for an item that is not open', async () => {
    const uploaded = await upload(admin, draftItemId, PDF);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const formId = uploaded.json().forms[0].id;
    expect((await t.app.inject(`/api/catalog/items/${draftItemId}/forms/${formId}`)).statusCode).toBe(404);
    // Nor under another item's id.
    expect((await t.app.inject(`/api/catalog/items/${itemId}/forms/${formId}`)).statusCode).toBe(404);
  });

  it('deletes a form with its file and its audit record', async () => {
    const [form] = (await t.app.inject(`/api/catalog/items/${itemId}/guide`)).json().forms;
    const storageKey = (await formRows()).find((row) => row.id === form.id)!.storageKey;
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/catalog/items/${itemId}/forms/${form.id}`,
      headers: admin,
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().forms.map((f: { id: string }) => f.id)).not.toContain(form.id);
    expect(await auditCount('catalog.form.deleted')).toBe(1);
    expect(await t.app.ctx.files.get(storageKey)).toBeNull();
    const guide = (await t.app.inject(`/api/catalog/items/${itemId}/guide`)).json();
    expect(guide.forms.map((f: { id: string }) => f.id)).not.toContain(form.id);
    expect((await t.app.inject(`/api/catalog/items/${itemId}/forms/${form.id}`)).statusCode).toBe(404);
  });
});

describe('the demo’s 表格下载', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await createTestApp({ now: '2026-11-23T01:00:00Z' });
    await seedDemo(demo.database.db, { clock: demo.clock, files: demo.app.ctx.files });
  });
  afterAll(() => demo.close());

  it('offers a blank form and a sample for 企业设立登记 that download as PDFs', async () => {
    const found = (
      await demo.app.inject(`/api/catalog/items?q=${encodeURIComponent('企业设立登记')}`)
    ).json();
    const item = found.items.find((i: { name: string }) => i.name === '企业设立登记');
    const guide = (await demo.app.inject(`/api/catalog/items/${item.id}/guide`)).json();
    expect(guide.forms.map((f: { kind: string }) => f.kind).sort()).toEqual(['blank', 'sample']);
    const sample = guide.forms.find((f: { kind: string }) => f.kind === 'sample');
    const download = await demo.app.inject(`/api/catalog/items/${item.id}/forms/${sample.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.rawPayload.length).toBe(sample.size);
  });
});
