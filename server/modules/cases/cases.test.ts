import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseCounters,
  cases,
  departments,
  itemRevisions,
  items,
  notificationOutbox,
} from '../../db/schema.ts';
import { DEMO_PASSWORD } from '../../db/demo/county.ts';
import { writeSimplePdf } from '../../db/demo/catalog/forms.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { signInApplicantAs, signInAs, type SessionHeaders } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let clerk: SessionHeaders;
let reviewer: SessionHeaders;
let chief: SessionHeaders;
let otherReviewer: SessionHeaders;
let applicant: SessionHeaders;
let promisedItem: {
  id: string;
  name: string;
  materials: { name: string; required: boolean; deferrable: boolean }[];
};
let immediateItemId: string;

// Tuesday 1 December 2026, 10:00 in Beijing.
const MONDAY_MORNING = '2026-11-30T02:00:00Z';
const PDF = writeSimplePdf('申请书', ['申请人：张三']);
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const APPLICANT = {
  kind: 'natural_person',
  name: '张三丰',
  idType: 'id_card',
  idNumber: '11010519491231002X',
  mobile: '13800138000',
} as const;

async function marketItem(handlingKind: 'promised' | 'immediate', licensed = false) {
  const [row] = await t.database.db
    .select({ id: items.id, name: itemRevisions.name, content: itemRevisions.content })
    .from(items)
    .innerJoin(itemRevisions, and(eq(itemRevisions.itemId, items.id), eq(itemRevisions.state, 'published')))
    .innerJoin(departments, eq(departments.id, items.departmentId))
    .where(
      and(
        eq(departments.name, '栖云县市场监督管理局'),
        eq(itemRevisions.handlingKind, handlingKind),
        sql`${itemRevisions.effectiveUntil} is null`,
        sql`${itemRevisions.content}->'channels' ? 'online'`,
        sql`${itemRevisions.content}->'subjects' ? 'natural_person'`,
        licensed
          ? sql`(${itemRevisions.content}->'result'->>'issuesELicense')::boolean and ${itemRevisions.content}->'delivery' ? 'post'`
          : undefined,
      ),
    )
    .orderBy(items.implementationCode)
    .limit(1);
  return row!;
}

const post = (headers: SessionHeaders, url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers, payload });

type Tick = { index: number; status: 'submitted' | 'missing' | 'deferred'; deferredUntil?: string };
function allSubmitted(materials: readonly unknown[]): Tick[] {
  return materials.map((_, index) => ({ index, status: 'submitted' }));
}

async function openWalkIn(checklist = allSubmitted(promisedItem.materials), itemId = promisedItem.id) {
  const response = await post(clerk, '/api/cases', { itemId, applicant: APPLICANT, checklist });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().case;
}

async function readCase(id: string) {
  const response = await t.app.inject({ url: `/api/cases/${id}`, headers: clerk });
  expect(response.statusCode).toBe(200);
  return response.json().case;
}

/** Moves the clock; sessions idle past their timeout, so everyone signs in again. */
async function travelTo(instant: string) {
  t.clock.set(instant);
  clerk = await signInAs(t.app, 'clerk', DEMO_PASSWORD);
  reviewer = await signInAs(t.app, 'reviewer', DEMO_PASSWORD);
  chief = await signInAs(t.app, 'chief', DEMO_PASSWORD);
  otherReviewer = await signInAs(t.app, 'reviewer2', DEMO_PASSWORD);
}

beforeAll(async () => {
  t = await createTestApp({ now: MONDAY_MORNING });
  await seedDemo(t.database.db, { clock: t.clock });
  clerk = await signInAs(t.app, 'clerk', DEMO_PASSWORD);
  reviewer = await signInAs(t.app, 'reviewer', DEMO_PASSWORD);
  chief = await signInAs(t.app, 'chief', DEMO_PASSWORD);
  otherReviewer = await signInAs(t.app, 'reviewer2', DEMO_PASSWORD);
  applicant = await signInApplicantAs(t.app, APPLICANT.mobile);
  const promised = await marketItem('promised', true);
  promisedItem = {
    id: promised.id,
    name: promised.name,
    materials: (promised.content as { materials: typeof promisedItem.materials }).materials,
  };
  immediateItemId = (await marketItem('immediate')).id;
});

afterAll(() => t.close());

describe('a walk-in case at the window', () => {
  it('is received with a case number and a query code sent to the applicant', async () => {
    const opened = await openWalkIn();
    expect(opened.state).toBe('received');
    expect(opened.caseNumber).toMatch(/^\d{12}-20261130-\d{6}$/);
    expect(opened.noticeDueOn).toBe('2026-12-07');
    expect(opened.applicantIdNumber).toBe('11010519491231002X');
    expect(opened.applicantMobile).toBe('138****8000');
    const [sms] = await t.database.db
      .select()
      .from(notificationOutbox)
      .where(
        and(
          eq(notificationOutbox.recipient, APPLICANT.mobile),
          eq(notificationOutbox.template, 'case_progress'),
        ),
      );
    expect(sms!.body).toContain(opened.caseNumber);
    expect(sms!.body).toMatch(/查询码 \d{6}/);
  });

  it('goes from acceptance through the department’s steps to approval and release at the window', async () => {
    const opened = await openWalkIn();
    const accepted = await post(clerk, `/api/cases/${opened.id}/accept`, { expectedVersion: opened.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const afterAccept = accepted.json().case;
    expect(afterAccept.state).toBe('processing');
    expect(afterAccept.clock.explanation).toMatch(/^剩余 \d+ 个工作日$/);
    expect(afterAccept.dueOn).toBe(afterAccept.clock.dueDate);
    expect(afterAccept.notices.map((n: { kind: string }) => n.kind)).toContain('acceptance');
    expect(afterAccept.clockBasis[0]).toBe('受理日：2026-11-30（受理当日不计入期限）');

    // The clerk cannot do the department's work; another department's reviewer cannot either.
    const byClerk = await post(clerk, `/api/cases/${opened.id}/step`, { outcome: 'pass', opinion: '同意' });
    expect(byClerk.statusCode).toBe(403);
    const byOther = await post(otherReviewer, `/api/cases/${opened.id}/step`, {
      outcome: 'pass',
      opinion: '同意',
    });
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().error.message).toBe('该办件由其他部门办理');

    let current = afterAccept;
    while (current.steps.some((s: { status: string }) => s.status !== 'done')) {
      const step = current.steps.find((s: { status: string }) => s.status === 'active');
      const who = step.role === 'chief_representative' ? chief : reviewer;
      const done = await post(who, `/api/cases/${opened.id}/step`, {
        outcome: 'pass',
        opinion: `${step.name}：符合条件`,
      });
      expect(done.statusCode, done.body).toBe(200);
      current = done.json().case;
    }
    expect((await readCase(opened.id)).actions.conclude).toBe(false); // the window clerk does not decide
    const concluded = await post(chief, `/api/cases/${opened.id}/conclude`, {
      outcome: 'approved',
      opinion: '准予许可',
      resultName: promisedItem.name,
    });
    expect(concluded.statusCode, concluded.body).toBe(200);
    expect(concluded.json().case.state).toBe('concluded');
    expect(concluded.json().case.concludedOnTime).toBe(true);
    expect(concluded.json().case.clock.status).toBe('concluded');
    const approval = concluded.json().case.notices.find((n: { kind: string }) => n.kind === 'approval');
    const printed = (await t.app.inject({ url: `/api/cases/notices/${approval.id}`, headers: clerk })).json();
    const verified = await t.app.inject({
      url: `/api/public/licenses/${printed.content.license.verificationCode}`,
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().signatureValid).toBe(true);

    const released = await post(clerk, `/api/cases/${opened.id}/release`, {
      method: 'window',
      collectorName: '张三丰',
      collectorIdNumber: APPLICANT.idNumber,
    });
    expect(released.statusCode, released.body).toBe(200);
    const final = released.json().case;
    expect(final.state).toBe('released');
    expect(final.timeline.map((e: { action: string }) => e.action)).toEqual([
      'receive',
      'accept',
      ...current.steps.map(() => 'complete_step'),
      'conclude',
      'release',
    ]);
    const [counters] = await t.database.db
      .select()
      .from(caseCounters)
      .where(and(eq(caseCounters.day, '2026-11-30'), eq(caseCounters.itemId, promisedItem.id)));
    expect(counters!.concluded).toBeGreaterThanOrEqual(1);
    expect(counters!.released).toBeGreaterThanOrEqual(1);
  });

  it('concludes an immediate case at the window the same day', async () => {
    const [row] = await t.database.db
      .select({ content: itemRevisions.content })
      .from(itemRevisions)
      .where(eq(itemRevisions.itemId, immediateItemId));
    const materials = (row!.content as { materials: unknown[] }).materials;
    const opened = await openWalkIn(allSubmitted(materials), immediateItemId);
    await post(clerk, `/api/cases/${opened.id}/accept`);
    const concluded = await post(clerk, `/api/cases/${opened.id}/conclude`, {
      outcome: 'approved',
      opinion: '当场办结',
    });
    expect(concluded.statusCode, concluded.body).toBe(200);
    expect(concluded.json().case.clock.explanation).toBe('已办结，按期完成');
  });

  it('refuses acceptance with a required material missing, and lists it', async () => {
    const required = promisedItem.materials.findIndex((m) => m.required && !m.deferrable);
    const checklist = allSubmitted(promisedItem.materials).map((line) =>
      line.index === required ? { ...line, status: 'missing' as const } : line,
    );
    const opened = await openWalkIn(checklist);
    const refused = await post(clerk, `/api/cases/${opened.id}/accept`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CASE_MATERIALS_INCOMPLETE');
    expect(refused.json().error.message).toContain(promisedItem.materials[required]!.name);
    const after = await readCase(opened.id);
    expect(after.state).toBe('received');
    expect(after.version).toBe(opened.version);
  });

  it('gives the one-time correction notice, checks the resubmission against it, and flags a second one', async () => {
    const opened = await openWalkIn();
    const first = await post(clerk, `/api/cases/${opened.id}/correction`, {
      materials: [{ index: 0, reason: '申请书未签字' }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().case.state).toBe('correcting');
    expect(first.json().case.materials[0]).toMatchObject({ status: 'to_correct', reason: '申请书未签字' });
    const notice = first.json().case.notices.find((n: { kind: string }) => n.kind === 'correction');
    const printed = await t.app.inject({ url: `/api/cases/notices/${notice.id}`, headers: clerk });
    expect(printed.json().content.items).toEqual([
      { index: 0, name: promisedItem.materials[0]!.name, reason: '申请书未签字' },
    ]);

    const notYet = await post(clerk, `/api/cases/${opened.id}/correction/complete`, {});
    expect(notYet.statusCode).toBe(422);
    expect(notYet.json().error.code).toBe('CASE_CORRECTION_NOT_COMPLETE');
    const completed = await post(clerk, `/api/cases/${opened.id}/correction/complete`, {
      checklist: [{ index: 0, status: 'submitted' }],
    });
    expect(completed.json().case.state).toBe('received');
    const second = await post(clerk, `/api/cases/${opened.id}/correction`, {
      materials: [{ index: 0, reason: '签字与身份证不符' }],
    });
    expect(second.json().case.flags).toContain('second_correction');
    expect(second.json().case.correctionCount).toBe(2);
  });

  it('rejects with reason and legal basis, and nothing more can happen to the case', async () => {
    const opened = await openWalkIn();
    const noBasis = await post(clerk, `/api/cases/${opened.id}/reject`, { reason: '不属于本机关职权' });
    expect(noBasis.statusCode).toBe(400);
    const rejected = await post(clerk, `/api/cases/${opened.id}/reject`, {
      reason: '申请事项不属于本机关职权范围',
      legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第二项',
      referTo: '栖云县卫生健康局',
    });
    expect(rejected.json().case.state).toBe('rejected');
    const again = await post(clerk, `/api/cases/${opened.id}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CASE_CLOSED');
  });
});

describe('an online application', () => {
  it('is returned at pre-review, fixed, accepted, corrected during review and concluded', async () => {
    const draft = await post(applicant, '/api/applicant/cases', {
      itemId: promisedItem.id,
      applicant: APPLICANT,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().case.id;
    const early = await post(applicant, `/api/applicant/cases/${id}/submit`, {});
    expect(early.json().error.code).toBe('CASE_MATERIALS_INCOMPLETE');

    const upload = (index: number, body: Buffer, fileName: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/applicant/cases/${id}/materials/${index}?fileName=${encodeURIComponent(fileName)}`,
        headers: { ...applicant, 'content-type': 'application/octet-stream' },
        payload: body,
      });
    const disguised = await upload(0, PNG_BYTES, '申请书.pdf');
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toBe('文件内容与文件扩展名不符，请检查后重新上传');
    for (const [index] of promisedItem.materials.entries()) {
      expect((await upload(index, PDF, `材料${index + 1}.pdf`)).statusCode).toBe(201);
    }
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/applicant/cases/${id}/submit`,
      headers: { ...applicant, 'idempotency-key': `submit-${id}` },
      payload: {},
    });
    expect(submitted.json().case.state).toBe('submitted');
    const replay = await t.app.inject({
      method: 'POST',
      url: `/api/applicant/cases/${id}/submit`,
      headers: { ...applicant, 'idempotency-key': `submit-${id}` },
      payload: {},
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().case.caseNumber).toBe(submitted.json().case.caseNumber);

    const returned = await post(clerk, `/api/cases/${id}/pre-review`, {
      decision: 'return',
      materials: [{ index: 0, reason: '申请书缺少签名页' }],
    });
    expect(returned.json().case.state).toBe('returned');
    const mine = (await t.app.inject({ url: `/api/applicant/cases/${id}`, headers: applicant })).json().case;
    expect(mine.materials[0]).toMatchObject({ status: 'to_correct', reason: '申请书缺少签名页' });
    expect(mine.timeline.every((e: { actorName: string | null }) => e.actorName !== '王晓敏')).toBe(true);

    await upload(0, PDF, '申请书（补签）.pdf');
    expect((await post(applicant, `/api/applicant/cases/${id}/submit`, {})).json().case.state).toBe(
      'submitted',
    );
    expect((await post(clerk, `/api/cases/${id}/pre-review`, { decision: 'pass' })).json().case.state).toBe(
      'received',
    );
    const accepted = await post(clerk, `/api/cases/${id}/accept`);
    expect(accepted.json().case.state).toBe('processing');

    const progress = await t.app.inject({
      url: `/api/public/cases/progress?caseNumber=${mine.caseNumber}&queryCode=${mine.queryCode}`,
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json()).toMatchObject({ stateLabel: '办理中', applicantName: '张*丰' });
    expect(progress.json().clock.explanation).toMatch(/剩余/);
  });

  it('locks the progress query after five wrong codes', async () => {
    const opened = await openWalkIn();
    const ask = (code: string) =>
      t.app.inject({ url: `/api/public/cases/progress?caseNumber=${opened.caseNumber}&queryCode=${code}` });
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, opened.id));
    const right = t.app.ctx.personalData.decrypt(row!.queryCodeEncrypted!);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) expect((await ask(wrong)).json().error.code).toBe('CASE_QUERY_NOT_FOUND');
    const locked = await ask(right);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('CASE_QUERY_LOCKED');
    const unknown = await t.app.inject({
      url: '/api/public/cases/progress?caseNumber=999999999999-20261130-000001&queryCode=123456',
    });
    expect(unknown.json().error.message).toBe('办件编号或查询码不正确');
  });
});

describe('许可法 §32', () => {
  it('counts an application neither corrected nor accepted within 5 working days as accepted on the day of receipt', async () => {
    const opened = await openWalkIn();
    await travelTo('2026-12-07T10:00:00Z'); // Monday 7 December, 18:00: the last day of the notice
    await t.app.jobs.runOnce('cases.deem-accepted');
    expect((await readCase(opened.id)).state).toBe('received');
    await travelTo('2026-12-08T01:00:00Z');
    await t.app.jobs.runOnce('cases.deem-accepted');
    const deemed = await readCase(opened.id);
    expect(deemed.state).toBe('processing');
    expect(deemed.deemedAccepted).toBe(true);
    expect(deemed.flags).toContain('deemed_accepted');
    expect(deemed.acceptedAt).toBe(opened.receivedAt);
    expect(deemed.timeline.at(-1).actorName).toBe('一次性告知期限');
  });
});

describe('the clock over days', () => {
  it('suspends for a special procedure, pausing the clock, and resumes', async () => {
    await travelTo('2026-12-14T02:00:00Z'); // Monday 14 December
    const opened = await openWalkIn();
    const accepted = (await post(clerk, `/api/cases/${opened.id}/accept`)).json().case;
    const suspended = await post(reviewer, `/api/cases/${opened.id}/suspend`, {
      reason: 'on_site_survey',
      explanation: '需现场核查经营场所',
      expectedDays: 3,
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json().case.clock.explanation).toMatch(/暂停计时/);
    await travelTo('2026-12-17T02:00:00Z'); // Thursday
    const resumed = (
      await post(reviewer, `/api/cases/${opened.id}/resume`, { result: '场所符合要求' })
    ).json().case;
    expect(resumed.state).toBe('processing');
    // Accepted and suspended Monday, resumed Thursday: Tuesday and Wednesday do not count (the
    // acceptance day never counts anyway).
    expect(resumed.clock.pausedDays).toBe(2);
    expect(resumed.dueOn > accepted.dueOn).toBe(true);
    const twice = await post(chief, `/api/cases/${opened.id}/extend`, { days: 5, reason: '需专家论证' });
    expect(twice.statusCode).toBe(200);
    const again = await post(chief, `/api/cases/${opened.id}/extend`, { days: 5, reason: '再次延长' });
    expect(again.json().error.code).toBe('CLOCK_EXTENSION_ALREADY_USED');
  });
});
