import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseHistory, caseSteps, cases, departments, itemRevisions, items } from '../../db/schema.ts';
import { DEMO_PASSWORD } from '../../db/demo/county.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { signInAs, type SessionHeaders } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { countAuditRecords, expectOneWinner, fireAtOnce } from '../../test/race.ts';

// Clerks at several windows act on one case at the same moment: one wins, the others are told why.
let t: TestApp;
let clerks: SessionHeaders[];
let item: { id: string; materialCount: number };

const APPLICANT = {
  kind: 'natural_person',
  name: '李四',
  idType: 'id_card',
  idNumber: '11010519491231002X',
  mobile: '13900139000',
} as const;

async function openCase() {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: clerks[0],
    payload: {
      itemId: item.id,
      applicant: APPLICANT,
      checklist: Array.from({ length: item.materialCount }, (_, index) => ({ index, status: 'submitted' })),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().case as { id: string; version: number; caseNumber: string };
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-30T02:00:00Z' });
  await seedDemo(t.database.db, { clock: t.clock });
  clerks = [];
  for (const name of ['clerk', 'clerk2', 'clerk3', 'clerk4'])
    clerks.push(await signInAs(t.app, name, DEMO_PASSWORD));
  const [row] = await t.database.db
    .select({ id: items.id, content: itemRevisions.content })
    .from(items)
    .innerJoin(itemRevisions, and(eq(itemRevisions.itemId, items.id), eq(itemRevisions.state, 'published')))
    .innerJoin(departments, eq(departments.id, items.departmentId))
    .where(
      and(
        eq(departments.name, '栖云县市场监督管理局'),
        eq(itemRevisions.handlingKind, 'promised'),
        sql`${itemRevisions.effectiveUntil} is null`,
        sql`${itemRevisions.content}->'subjects' ? 'natural_person'`,
      ),
    )
    .limit(1);
  item = { id: row!.id, materialCount: (row!.content as { materials: unknown[] }).materials.length };
});

afterAll(() => t.close());

describe('races', () => {
  it('two clerks accepting one case: one acceptance, one set of steps, the other told it is accepted', async () => {
    const opened = await openCase();
    const responses = await fireAtOnce(
      t.app,
      clerks.map((headers) => ({
        method: 'POST' as const,
        url: `/api/cases/${opened.id}/accept`,
        headers,
        payload: {},
      })),
    );
    expectOneWinner(responses, { loserCode: 'CASE_ALREADY_ACCEPTED' });
    expect(await countAuditRecords(t.database.db, 'cases.case.accept', opened.id)).toBe(1);
    const steps = await t.database.db.select().from(caseSteps).where(eq(caseSteps.caseId, opened.id));
    expect(steps.filter((s) => s.index === 0)).toHaveLength(1);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, opened.id));
    expect(row!.state).toBe('processing');
    expect(row!.version).toBe(opened.version + 1);
  });

  it('accept and reject at once: exactly one of them happens', async () => {
    const opened = await openCase();
    const responses = await fireAtOnce(t.app, [
      { method: 'POST', url: `/api/cases/${opened.id}/accept`, headers: clerks[0], payload: {} },
      {
        method: 'POST',
        url: `/api/cases/${opened.id}/reject`,
        headers: clerks[1],
        payload: { reason: '不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条' },
      },
    ]);
    expectOneWinner(responses, { loserCode: ['CASE_ALREADY_ACCEPTED', 'CASE_CLOSED'] });
    const history = await t.database.db.select().from(caseHistory).where(eq(caseHistory.caseId, opened.id));
    expect(history.map((h) => h.action).filter((a) => a === 'accept' || a === 'reject')).toHaveLength(1);
  });

  it('walk-ins opened at once get distinct case numbers', async () => {
    const responses = await fireAtOnce(
      t.app,
      clerks.map((headers) => ({
        method: 'POST' as const,
        url: '/api/cases',
        headers,
        payload: {
          itemId: item.id,
          applicant: APPLICANT,
          checklist: [],
        },
      })),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(201);
    const numbers = responses.map((response) => response.json().case.caseNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
