import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  centers,
  departments,
  halls,
  itemRevisions,
  themes,
  windows,
  zones,
} from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  itemContent as licenceContent,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionHeaders;
let clerk: SessionHeaders;
let otherAdmin: SessionHeaders;
let county: string;
let township: string;
let marketId: string;
let townshipOfficeId: string;

const api = (headers: SessionHeaders) => ({
  get: (url: string) => t.app.inject({ method: 'GET', url, headers }),
  post: (url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers, payload: payload ?? {} }),
  put: (url: string, payload: object) => t.app.inject({ method: 'PUT', url, headers, payload }),
  delete: (url: string) => t.app.inject({ method: 'DELETE', url, headers }),
});

async function createItem(code: string, content = licenceContent(), departmentId = marketId) {
  const response = await api(admin).post('/api/admin/catalog/items', {
    departmentId,
    implementationCode: code,
    content,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().item as { id: string; status: string };
}

async function publishedItem(code: string, content = licenceContent()) {
  const item = await createItem(code, content);
  const published = await api(admin).post(`/api/admin/catalog/items/${item.id}/publish`, {
    effectiveOn: '2026-11-23',
  });
  expect(published.statusCode, published.body).toBe(200);
  return item;
}

/** Saves a draft as the editor does: from the version it last read. */
async function saveDraft(itemId: string, body: object) {
  const { version } = (await api(admin).get(`/api/admin/catalog/items/${itemId}`)).json().item;
  return api(admin).put(`/api/admin/catalog/items/${itemId}/draft`, { ...body, expectedVersion: version });
}

const revisionCount = async () => (await t.database.db.select().from(itemRevisions)).length;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  ({ county, township } = await createCountyWithTownship(t.database.db));
  await createCountyWithTownship(t.database.db, '990102000000', '990102001000');
  marketId = uuidv7();
  townshipOfficeId = uuidv7();
  await t.database.db.insert(departments).values([
    {
      regionCode: county,
      id: marketId,
      name: '测试县市场监督管理局',
      shortName: '市场监管',
      stationingMode: 'approval_office',
    },
    {
      regionCode: township,
      id: townshipOfficeId,
      name: '测试镇人民政府',
      shortName: '镇政府',
      stationingMode: 'general_window',
    },
  ]);
  await t.database.db.insert(themes).values({
    code: 'open_business',
    name: '开办企业',
    audience: 'legal_person',
    description: '从名称申报到领取执照',
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
});
afterAll(() => t.close());

describe('an item from draft to published', () => {
  it('is invisible to citizens until published, then searchable with its guide', async () => {
    const item = await createItem('390522-SC-001');
    expect(item.status).toBe('draft');
    const before = (await t.app.inject('/api/catalog/items?q=食品')).json();
    expect(before.items.map((i: { id: string }) => i.id)).not.toContain(item.id);

    const published = await api(admin).post(`/api/admin/catalog/items/${item.id}/publish`, {
      effectiveOn: '2026-11-23',
    });
    expect(published.json().item.status).toBe('in_force');

    const found = (await t.app.inject(`/api/catalog/items?q=${encodeURIComponent('开饭店')}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(item.id);
    const guide = (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json();
    expect(guide.content.materials.map((m: { name: string }) => m.name)).toEqual([
      '食品经营许可申请书',
      '营业执照',
    ]);
    expect(guide.departmentName).toBe('测试县市场监督管理局');
  });

  it('keeps the in-force revision while an amendment is drafted, and supersedes it from the effective date', async () => {
    const item = await publishedItem('390522-SC-002');
    const draft = await saveDraft(item.id, {
      content: licenceContent({
        promisedLimitDays: 3,
        steps: [
          { name: '受理', role: 'clerk', limitDays: 0 },
          { name: '审查决定', role: 'reviewer', limitDays: 3 },
        ],
      }),
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().item.draft.changeKind).toBe('amended');
    expect((await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json().content.promisedLimitDays).toBe(
      5,
    );

    const noReason = await api(admin).post(`/api/admin/catalog/items/${item.id}/publish`, {
      effectiveOn: '2026-12-01',
    });
    expect(noReason.json().error.code).toBe('ITEM_REASON_REQUIRED');
    const scheduled = await api(admin).post(`/api/admin/catalog/items/${item.id}/publish`, {
      effectiveOn: '2026-12-01',
      reason: '压缩承诺时限',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const guide = (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json();
    expect(guide.content.promisedLimitDays).toBe(5);
    expect(guide.upcoming).toMatchObject({ changeKind: 'amended', effectiveOn: '2026-12-01' });

    // A week later (sessions idle out, so sign in again then and after).
    t.clock.set('2026-12-01T01:00:00Z');
    admin = await signInAs(t.app, 'admin');
    try {
      expect(
        (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json().content.promisedLimitDays,
      ).toBe(3);
      const detail = (await api(admin).get(`/api/admin/catalog/items/${item.id}`)).json().item;
      expect(detail.revisions.map((r: { version: number; status: string }) => [r.version, r.status])).toEqual(
        [
          [2, 'in_force'],
          [1, 'superseded'],
        ],
      );
      const history = (
        await api(admin).get(`/api/admin/catalog/items/${item.id}/revisions/${detail.revisions[0].id}`)
      ).json();
      expect(history.previousVersion).toBe(1);
      expect(history.changes.map((c: { label: string }) => c.label)).toEqual(['承诺办结时限', '办理流程']);
    } finally {
      t.clock.set('2026-11-23T01:00:00Z');
      admin = await signInAs(t.app, 'admin');
    }
  });

  it('abolishes from a date: citizens are told, and nothing more can be changed', async () => {
    const item = await publishedItem('390522-SC-003');
    const abolished = await api(admin).post(`/api/admin/catalog/items/${item.id}/abolish`, {
      effectiveOn: '2026-11-23',
      reason: '国务院决定取消',
    });
    expect(abolished.json().item.status).toBe('abolished');
    const guide = await t.app.inject(`/api/catalog/items/${item.id}/guide`);
    expect(guide.statusCode).toBe(404);
    expect(guide.json().error).toMatchObject({ code: 'ITEM_NOT_IN_FORCE' });
    expect(guide.json().error.message).toContain('国务院决定取消');
    const edit = await saveDraft(item.id, {
      content: licenceContent(),
    });
    expect(edit.json().error.code).toBe('ITEM_CLOSED');
  });

  it('delegates to a township, which implements it from the same day at the township level', async () => {
    const item = await publishedItem('390522-SC-004');
    const delegated = await api(admin).post(`/api/admin/catalog/items/${item.id}/delegate`, {
      effectiveOn: '2026-11-23',
      reason: '赋予乡镇审批权限',
      toRegionCode: township,
      toDepartmentId: townshipOfficeId,
      implementationCode: '390522001-ZF-001',
    });
    expect(delegated.statusCode, delegated.body).toBe(200);
    const source = delegated.json().item;
    expect(source.status).toBe('delegated');
    const newId = source.revisions[0].delegatedTo.itemId;
    const guide = (await t.app.inject(`/api/catalog/items/${newId}/guide`)).json();
    expect(guide).toMatchObject({ regionCode: township, departmentName: '测试镇人民政府' });
    expect(guide.content.exerciseLevel).toBe(5);
    const old = (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json();
    expect(old.error.details).toMatchObject({ status: 'delegated', delegatedToItemId: newId });
  });

  it('saves an immediate item, whose promised limit is 当场办结 (null), and keeps the null', async () => {
    const content = licenceContent({
      name: '即办测试事项',
      handlingKind: 'immediate',
      promisedLimitDays: null,
      steps: [{ name: '受理并办结', role: 'clerk', limitDays: 0 }],
    });
    const item = await createItem('390522-SC-010', content);
    const detail = (await api(admin).get(`/api/admin/catalog/items/${item.id}`)).json().item;
    expect(detail.draft.content.promisedLimitDays).toBeNull();
  });

  it('creates an item for a township when the county admin picks a township department', async () => {
    const response = await api(admin).post('/api/admin/catalog/items', {
      departmentId: townshipOfficeId,
      implementationCode: '390522001-ZF-101',
      content: licenceContent({ name: '镇级测试事项', exerciseLevel: 5 }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().item).toMatchObject({ regionCode: township, departmentName: '测试镇人民政府' });
  });

  it('writes an audit record with each change', async () => {
    const item = await publishedItem('390522-SC-005');
    const records = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, item.id))
      .orderBy(auditLog.id);
    expect(records.map((r) => r.action)).toEqual(['catalog.item.created', 'catalog.revision.published']);
  });
});

describe('bad input changes nothing', () => {
  const reject = async (body: object, code: string) => {
    const before = await revisionCount();
    const response = await api(admin).post('/api/admin/catalog/items', body);
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.code).toBe(code);
    expect(await revisionCount()).toBe(before);
    return response.json().error;
  };

  it('refuses malformed codes', async () => {
    await reject(
      { departmentId: marketId, implementationCode: '3905 22/01', content: licenceContent() },
      'ITEM_INVALID',
    );
    const error = await reject(
      {
        departmentId: marketId,
        implementationCode: '390522-BAD-1',
        content: licenceContent({ basicCode: '编码!' }),
      },
      'ITEM_INVALID',
    );
    expect(error.details).toEqual([{ path: 'basicCode', message: expect.stringContaining('基本编码') }]);
  });

  it('refuses limits of zero and a promised limit above the statutory one, listing every problem at once', async () => {
    const error = await reject(
      {
        departmentId: marketId,
        implementationCode: '390522-BAD-2',
        content: licenceContent({ statutoryLimitDays: 0, promisedLimitDays: 0 }),
      },
      'ITEM_INVALID',
    );
    expect(error.details.map((p: { path: string }) => p.path)).toEqual([
      'statutoryLimitDays',
      'promisedLimitDays',
    ]);
    const above = await reject(
      {
        departmentId: marketId,
        implementationCode: '390522-BAD-3',
        content: licenceContent({ promisedLimitDays: 15 }),
      },
      'ITEM_INVALID',
    );
    expect(above.details[0].message).toContain('不得超过法定办结时限');
  });

  it('refuses a material with no name and an unknown theme', async () => {
    const content = licenceContent({ themes: ['no_such_theme'] });
    content.materials[1] = { ...content.materials[1]!, name: ' ' };
    const error = await reject(
      { departmentId: marketId, implementationCode: '390522-BAD-4', content },
      'ITEM_INVALID',
    );
    expect(error.details.map((p: { path: string }) => p.path)).toEqual(['materials[1].name', 'themes[0]']);
  });

  it('refuses a revision effective in the past on a published item', async () => {
    const item = await publishedItem('390522-SC-006');
    await saveDraft(item.id, {
      content: licenceContent({ name: '食品经营许可（新）' }),
    });
    const before = (await api(admin).get(`/api/admin/catalog/items/${item.id}`)).json().item;
    const response = await api(admin).post(`/api/admin/catalog/items/${item.id}/publish`, {
      effectiveOn: '2026-11-20',
      reason: '补录',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('ITEM_EFFECTIVE_DATE_INVALID');
    const after = (await api(admin).get(`/api/admin/catalog/items/${item.id}`)).json().item;
    expect(after.revisions).toEqual(before.revisions);
  });

  it('refuses a duplicate implementation code with 409', async () => {
    await createItem('390522-SC-007');
    await reject(
      { departmentId: marketId, implementationCode: '390522-SC-007', content: licenceContent() },
      'ITEM_CODE_TAKEN',
    );
  });
});

describe('permissions and scope', () => {
  it('lets a clerk read the catalog but not change it', async () => {
    expect((await api(clerk).get('/api/admin/catalog/items')).statusCode).toBe(200);
    const response = await api(clerk).post('/api/admin/catalog/items', {
      departmentId: marketId,
      implementationCode: '390522-CLERK-1',
      content: licenceContent(),
    });
    expect(response.statusCode).toBe(403);
  });

  it('hides another county’s items (404) and shows the clerk which actions exist', async () => {
    const item = await createItem('390522-SC-008');
    expect((await api(otherAdmin).get(`/api/admin/catalog/items/${item.id}`)).statusCode).toBe(404);
    expect(
      (
        await api(otherAdmin).post(`/api/admin/catalog/items/${item.id}/publish`, {
          effectiveOn: '2026-11-23',
        })
      ).statusCode,
    ).toBe(404);
    const asClerk = (await api(clerk).get(`/api/admin/catalog/items/${item.id}`)).json().item;
    expect(Object.values(asClerk.actions).every((allowed) => allowed === false)).toBe(true);
    const asAdmin = (await api(admin).get(`/api/admin/catalog/items/${item.id}`)).json().item;
    expect(asAdmin.actions).toMatchObject({ editDraft: true, publish: true, abolish: false });
  });
});

describe('portal search', () => {
  it('lists every open item without a query, hot items first, and ranks name matches before keyword-only ones', async () => {
    const hot = await publishedItem(
      '390522-SC-201',
      licenceContent({ name: '热门测试事项', keywords: ['热门'] }),
    );
    const featured = await saveDraft(hot.id, {
      content: licenceContent({ name: '热门测试事项', keywords: ['热门'] }),
      hotRank: 1,
    });
    expect(featured.statusCode, featured.body).toBe(200);
    const all = (await t.app.inject('/api/catalog/items?pageSize=100')).json();
    expect(all.total).toBe(all.items.length);
    expect(all.items[0].id).toBe(hot.id);
    const byKeyword = await publishedItem(
      '390522-SC-202',
      licenceContent({ name: '小餐饮登记', keywords: ['许可证'] }),
    );
    const found = (await t.app.inject(`/api/catalog/items?q=${encodeURIComponent('食品经营')}`)).json();
    const nameMatches = found.items.map((i: { name: string }) => i.name.includes('食品经营'));
    expect(nameMatches[0]).toBe(true);
    expect(nameMatches).toEqual([...nameMatches].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    expect(nameMatches).toContain(false); // found through the result name 食品经营许可证, ranked after
    const keyword = (await t.app.inject(`/api/catalog/items?q=${encodeURIComponent('开饭店 食品')}`)).json();
    expect(keyword.items.map((i: { id: string }) => i.id)).not.toContain(byKeyword.id);
    expect(keyword.total).toBeGreaterThan(0);
  });
});

describe('where to apply', () => {
  it('lists the windows that accept an item in its guide, and drops a window once it closes', async () => {
    const item = await publishedItem('390522-SC-301', licenceContent({ name: '窗口测试事项' }));
    const [centerId, hallId, zoneId, windowId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const db = t.database.db;
    await db.insert(centers).values({
      regionCode: county,
      id: centerId,
      name: '测试县政务服务中心',
      kind: 'government_service_center',
      address: '测试路1号',
      openingHours: '工作日 9:00-17:00',
    });
    await db
      .insert(halls)
      .values({ regionCode: county, id: hallId, centerId, name: '办事大厅', floorCount: 2 });
    await db.insert(zones).values({ regionCode: county, id: zoneId, hallId, name: '商事登记区', floor: 2 });
    await db.insert(windows).values({
      regionCode: county,
      id: windowId,
      centerId,
      zoneId,
      number: '21',
      name: '综合受理',
      kind: 'general',
    });
    const before = (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json();
    expect(before.windows).toEqual([]);
    const set = await api(admin).put(`/api/org/windows/${windowId}/items`, { itemIds: [item.id] });
    expect(set.statusCode, set.body).toBe(200);
    const after = (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json();
    expect(after.windows).toMatchObject([{ number: '21', floor: 2, zoneName: '商事登记区' }]);

    const closed = await t.app.inject({
      method: 'PATCH',
      url: `/api/org/windows/${windowId}`,
      headers: admin,
      payload: { isOpen: false },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    // The guide follows through the event stream, within moments.
    await expect
      .poll(async () => (await t.app.inject(`/api/catalog/items/${item.id}/guide`)).json().windows, {
        timeout: 5000,
      })
      .toEqual([]);
  });
});

describe('themes', () => {
  it('lets an admin add a theme that citizens then see, and refuses a clerk', async () => {
    const theme = {
      name: '退休养老',
      audience: 'natural_person',
      description: '退休手续与养老待遇',
      sortOrder: 5,
    };
    expect((await api(clerk).put('/api/admin/catalog/themes/retirement', theme)).statusCode).toBe(403);
    const saved = await api(admin).put('/api/admin/catalog/themes/retirement', theme);
    expect(saved.statusCode, saved.body).toBe(200);
    const listed = (await t.app.inject('/api/catalog/themes')).json().themes;
    expect(listed).toContainEqual({ code: 'retirement', ...theme, itemCount: 0 });
    const bad = await api(admin).put('/api/admin/catalog/themes/Bad-Code', theme);
    expect(bad.statusCode).toBe(400);
  });
});

describe('public lists', () => {
  it('lists powers by category, responsibilities, and fees with their basis', async () => {
    const fee = { name: '不动产登记费', amountFen: 8000, basis: '发改价格规〔2016〕2559号' };
    const item = await publishedItem('390522-SC-009', licenceContent({ name: '收费测试事项', fees: [fee] }));
    const power = (await t.app.inject('/api/catalog/lists/power?category=licensing')).json();
    expect(power.items.map((i: { id: string }) => i.id)).toContain(item.id);
    const fees = (await t.app.inject('/api/catalog/lists/fees')).json();
    expect(fees.items.find((i: { id: string }) => i.id === item.id).fees).toEqual([fee]);
    const duties = (await t.app.inject('/api/catalog/lists/responsibility')).json();
    expect(duties.items.find((i: { id: string }) => i.id === item.id).responsibilities).toHaveLength(1);
    const themeList = (await t.app.inject('/api/catalog/themes')).json();
    expect(themeList.themes[0]).toMatchObject({ code: 'open_business', itemCount: expect.any(Number) });
    expect(themeList.themes[0].itemCount).toBeGreaterThan(0);
  });
});
