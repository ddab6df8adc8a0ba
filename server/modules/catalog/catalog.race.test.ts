import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, departments, itemRevisions, items, themes } from '../../db/schema.ts';
import {
  createCountyWithTownship,
  createStaff,
  itemContent,
  signInAs,
  type SessionHeaders,
} from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';

// Two admins at two desks act on one item at the same moment: one wins, the other is told why.
let t: TestApp;
let admins: SessionHeaders[];
let marketId: string;
let codeSeq = 0;
const nextCode = () => `390522-RC-${String(++codeSeq).padStart(3, '0')}`;

async function createItem(code = nextCode()) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/admin/catalog/items',
    headers: admins[0],
    payload: { departmentId: marketId, implementationCode: code, content: itemContent() },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().item as { id: string; version: number };
}

const revisionsOf = (itemId: string) =>
  t.database.db.select().from(itemRevisions).where(eq(itemRevisions.itemId, itemId));

/** Events are published from the audit log: the records of one topic for one item. */
const eventsOf = (topic: string, itemId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.topic, topic), eq(auditLog.targetId, itemId)));

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-23T01:00:00Z' });
  const { county } = await createCountyWithTownship(t.database.db);
  marketId = uuidv7();
  await t.database.db.insert(departments).values({
    regionCode: county,
    id: marketId,
    name: '测试县市场监督管理局',
    shortName: '市场监管',
    stationingMode: 'approval_office',
  });
  await t.database.db.insert(themes).values({
    code: 'open_business',
    name: '开办企业',
    audience: 'legal_person',
    description: '从名称申报到领取执照',
  });
  admins = [];
  for (const username of ['admin_a', 'admin_b', 'admin_c', 'admin_d']) {
    await createStaff(t.database.db, { roles: ['center_admin'], regionCode: county, username });
    admins.push(await signInAs(t.app, username));
  }
});
afterAll(() => t.close());

describe('catalog races', () => {
  it('publishes a first draft once when eight publishes arrive at once', async () => {
    const item = await createItem();
    const responses = await fireAtOnce(
      t.app,
      Array.from({ length: 8 }, (_, i) => ({
        method: 'POST' as const,
        url: `/api/admin/catalog/items/${item.id}/publish`,
        headers: admins[i % admins.length],
        payload: { effectiveOn: `2026-11-${23 + (i % 4)}` },
      })),
    );
    const { winners } = expectOneWinner(responses, { loserCode: 'ITEM_NO_DRAFT' });
    const revisions = await revisionsOf(item.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.state).toBe('published');
    // The winner's own date is stored (only a winner dated today is `current` in its answer).
    const winner = responses.indexOf(winners[0]!);
    expect(revisions[0]!.effectiveOn).toBe(`2026-11-${23 + (winner % 4)}`);
    expect(await countAuditRecords(t.database.db, 'catalog.revision.published', item.id)).toBe(1);
    expect(await eventsOf('catalog.revision.published', item.id)).toHaveLength(1);
  });

  it('publishes an amendment once when two admins publish it with different dates', async () => {
    const item = await createItem();
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/admin/catalog/items/${item.id}/publish`,
      headers: admins[0],
      payload: { effectiveOn: '2026-11-23' },
    });
    const { version } = first.json().item;
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/catalog/items/${item.id}/draft`,
      headers: admins[0],
      payload: { content: itemContent({ visitsRequired: 0 }), expectedVersion: version },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const responses = await fireAtOnce(t.app, [
      {
        method: 'POST',
        url: `/api/admin/catalog/items/${item.id}/publish`,
        headers: admins[0],
        payload: { effectiveOn: '2026-12-01', reason: '压缩承诺时限' },
      },
      {
        method: 'POST',
        url: `/api/admin/catalog/items/${item.id}/publish`,
        headers: admins[1],
        payload: { effectiveOn: '2026-12-15', reason: '压缩承诺时限' },
      },
    ]);
    const { winners } = expectOneWinner(responses, { loserCode: 'ITEM_NO_DRAFT' });
    const winningDate = winners[0]!.json().item.revisions[0].effectiveOn;
    const revisions = await revisionsOf(item.id);
    const v1 = revisions.find((r) => r.version === 1)!;
    const v2 = revisions.find((r) => r.version === 2)!;
    expect(v2.state).toBe('published');
    expect(v2.effectiveOn).toBe(winningDate);
    expect(v1.effectiveUntil).toBe(winningDate);
    expect(await countAuditRecords(t.database.db, 'catalog.revision.published', item.id)).toBe(2);
  });

  it('creates one item when eight creates take the same implementation code', async () => {
    const code = nextCode();
    const responses = await fireAtOnce(t.app, {
      method: 'POST',
      url: '/api/admin/catalog/items',
      headers: admins[0],
      payload: { departmentId: marketId, implementationCode: code, content: itemContent() },
    });
    expectOneWinner(responses, { loserCode: 'ITEM_CODE_TAKEN' });
    expect(await t.database.db.select().from(items).where(eq(items.implementationCode, code))).toHaveLength(
      1,
    );
    expect(await countAuditRecords(t.database.db, 'catalog.item.created')).toBe(
      (await t.database.db.select().from(items)).length,
    );
  });

  it('keeps one of two saves of the same draft version and tells the other admin', async () => {
    const item = await createItem();
    await t.app.inject({
      method: 'POST',
      url: `/api/admin/catalog/items/${item.id}/publish`,
      headers: admins[0],
      payload: { effectiveOn: '2026-11-23' },
    });
    const { version } = (
      await t.app.inject({ url: `/api/admin/catalog/items/${item.id}`, headers: admins[0] })
    ).json().item;
    const responses = await fireAtOnce(
      t.app,
      [1, 2].map((days, i) => ({
        method: 'PUT' as const,
        url: `/api/admin/catalog/items/${item.id}/draft`,
        headers: admins[i],
        payload: { content: itemContent({ statutoryLimitDays: days + 10 }), expectedVersion: version },
      })),
    );
    const { winners } = expectOneWinner(responses, { loserCode: 'ITEM_VERSION_CONFLICT' });
    const drafts = (await revisionsOf(item.id)).filter((r) => r.state === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.statutoryLimitDays).toBe(winners[0]!.json().item.draft.content.statutoryLimitDays);
    expect(await countAuditRecords(t.database.db, 'catalog.draft.saved', item.id)).toBe(1);
  });

  it('answers every retry of one publish with the first response, and acts once', async () => {
    const item = await createItem();
    const publish = {
      method: 'POST' as const,
      url: `/api/admin/catalog/items/${item.id}/publish`,
      headers: { ...admins[0], 'idempotency-key': `publish-${item.id}` },
      payload: { effectiveOn: '2026-11-23' },
    };
    const responses = await fireAtOnce(t.app, publish, 6);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const first = responses[0]!.json();
    for (const response of responses) expect(response.json()).toEqual(first);
    // The item moves on; a later retry still answers what the publish answered.
    await t.app.inject({
      method: 'PUT',
      url: `/api/admin/catalog/items/${item.id}/draft`,
      headers: admins[0],
      payload: { content: itemContent({ visitsRequired: 0 }), expectedVersion: first.item.version },
    });
    const replay = await t.app.inject(publish);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first);
    expect(replay.json().item.draft).toBeNull();
    expect(await countAuditRecords(t.database.db, 'catalog.revision.published', item.id)).toBe(1);
  });
});
