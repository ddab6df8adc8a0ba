import { Type, type Static, type TSchema } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http.ts';
import type { Permission, StaffActor } from '../../../platform/policy.ts';
import { requireStaff } from '../../../platform/session.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import { staffNames } from '../../users/index.ts';
import * as schemas from '../schemas.ts';
import type { WriteMeta } from '../service/common.ts';
import { accept, reject } from '../service/acceptance.ts';
import { completeCorrection, requestCorrection } from '../service/correction.ts';
import { answerCountersign, requestCountersign } from '../service/countersigns.ts';
import { conclude, terminate } from '../service/conclusion.ts';
import { preReview } from '../service/pre-review.ts';
import { release } from '../service/release.ts';
import { assignStep, claimStep, completeStep } from '../service/steps.ts';
import { extend, resume, suspend } from '../service/suspension.ts';
import { openWalkIn } from '../service/walk-in.ts';
import { getNotice } from '../service/progress.ts';
import { listCases, presentCase, workbenchCounts } from '../service/read.ts';
import { departmentName } from '../service/departments.ts';

type CaseWork<Body> = (
  actor: StaffActor,
  id: string,
  body: Body,
  meta: WriteMeta,
) => ReturnType<typeof presentCase>;

/** The staff's routes: the workbench, a case page, and every action on a case. */
export function caseStaffRoutes(app: App, ctx: AppContext): void {
  const tags = ['cases'];
  const read = { access: { kind: 'staff', permission: 'cases.read' } } as const;
  const { readErrors, writeErrors, CaseReply, CaseParams } = schemas;

  /** One action on one case: POST /api/cases/:id/<action>, answered with the case as it is now. */
  function action<Body extends TSchema>(
    path: string,
    permission: Permission,
    summary: string,
    body: Body,
    work: CaseWork<Static<Body>>,
  ) {
    app.post(
      `/api/cases/:id/${path}`,
      {
        config: { access: { kind: 'staff', permission } },
        schema: { tags, summary, params: CaseParams, body, response: { 200: CaseReply, ...writeErrors } },
      },
      async (request) => ({
        case: await work(
          requireStaff(request),
          request.params.id,
          request.body as Static<Body>,
          writeMetaOf(request),
        ),
      }),
    );
  }

  app.get(
    '/api/case-workbench',
    {
      config: read,
      schema: {
        tags,
        summary:
          "Today's work: a count per workbench queue (to pre-review, to accept, to process, due soon, overdue, to release)",
        response: { 200: schemas.WorkbenchCounts, ...readErrors },
      },
    },
    async (request) => workbenchCounts(ctx, requireStaff(request)),
  );

  app.get(
    '/api/cases',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Cases in my regions: a workbench queue sorted by time left, or a search by case number or applicant',
        querystring: schemas.CaseListQuery,
        response: { 200: schemas.CaseList, ...readErrors },
      },
    },
    async (request) => listCases(ctx, requireStaff(request), request.query),
  );

  app.post(
    '/api/cases',
    {
      config: { access: { kind: 'staff', permission: 'cases.intake' } },
      schema: {
        tags,
        summary:
          'Open a case at the window for a walk-in applicant or their agent, with the material checklist',
        body: schemas.WalkInBody,
        response: { 201: CaseReply, ...writeErrors },
      },
    },
    async (request, reply) => {
      const result = await openWalkIn(ctx, requireStaff(request), request.body, writeMetaOf(request));
      return reply.status(201).send({ case: result });
    },
  );

  app.get(
    '/api/cases/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A case with its checklist, steps, timeline, notices, clock and the actions I may take',
        params: CaseParams,
        response: { 200: CaseReply, ...readErrors },
      },
    },
    async (request) => ({ case: await presentCase(ctx, ctx.db, requireStaff(request), request.params.id) }),
  );

  app.get(
    '/api/cases/notices/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A notice (受理通知书, 一次性告知书 …) as its A4 print view needs it',
        params: CaseParams,
        response: { 200: schemas.NoticeView, ...readErrors },
      },
    },
    async (request) => getNotice(ctx, requireStaff(request), request.params.id),
  );

  action(
    'pre-review',
    'cases.intake',
    'Pre-review an online application: pass, or return with a reason per material',
    schemas.PreReviewBody,
    (actor, id, body, meta) => preReview(ctx, actor, id, body, meta),
  );
  action(
    'correction',
    'cases.intake',
    'The one-time correction notice (一次性告知): every missing or faulty material with its reason',
    schemas.CorrectionBody,
    (actor, id, body, meta) => requestCorrection(ctx, actor, id, body, meta),
  );
  action(
    'correction/complete',
    'cases.intake',
    'The applicant brought every listed material: back to acceptance',
    schemas.CompleteCorrectionBody,
    (actor, id, body, meta) => completeCorrection(ctx, actor, id, body, meta),
  );
  action(
    'accept',
    'cases.intake',
    'Accept (受理): the checklist satisfied, deferred (容缺) or committed (告知承诺); the clock starts',
    schemas.AcceptBody,
    (actor, id, body, meta) => accept(ctx, actor, id, body, meta),
  );
  action(
    'reject',
    'cases.intake',
    'Reject (不予受理) with the reason and the legal basis',
    schemas.RejectBody,
    (actor, id, body, meta) => reject(ctx, actor, id, body, meta),
  );
  action(
    'claim',
    'cases.process',
    'Claim the current step for myself',
    Type.Object({}),
    (actor, id, _body, meta) => claimStep(ctx, actor, id, meta),
  );
  action(
    'assign',
    'cases.assign',
    'Assign the current step to a colleague of the department',
    schemas.AssignBody,
    async (actor, id, body, meta) => {
      const names = await staffNames(ctx.db, [body.staffId]);
      const staffName = names.get(body.staffId);
      if (!staffName) throw new AppError('NOT_FOUND', '未找到该工作人员');
      return assignStep(ctx, actor, id, { ...body, staffName }, meta);
    },
  );
  action(
    'step',
    'cases.process',
    'Give the opinion of the current step: pass to the next, or return to the one before',
    schemas.StepBody,
    (actor, id, body, meta) => completeStep(ctx, actor, id, body, meta),
  );
  action(
    'countersigns',
    'cases.process',
    'Ask a co-department to countersign (联办); unanswered in 48 hours it counts as consent',
    Type.Object({
      departmentId: schemas.Uuid,
      hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
    }),
    async (actor, id, body, meta) =>
      requestCountersign(
        ctx,
        actor,
        id,
        { ...body, departmentName: await departmentName(ctx, body.departmentId) },
        meta,
      ),
  );
  app.post(
    '/api/cases/:id/countersigns/:index',
    {
      config: { access: { kind: 'staff', permission: 'cases.process' } },
      schema: {
        tags,
        summary: 'Answer a countersign asked of my department',
        params: Type.Object({ id: schemas.Uuid, index: Type.Integer({ minimum: 0, maximum: 99 }) }),
        body: schemas.CountersignBody,
        response: { 200: CaseReply, ...writeErrors },
      },
    },
    async (request) => ({
      case: await answerCountersign(
        ctx,
        requireStaff(request),
        request.params.id,
        request.params.index,
        request.body,
        writeMetaOf(request),
      ),
    }),
  );
  action(
    'suspend',
    'cases.process',
    'Suspend (挂起): a correction after acceptance or a special procedure; the clock pauses',
    schemas.SuspendBody,
    (actor, id, body, meta) => suspend(ctx, actor, id, body, meta),
  );
  action(
    'resume',
    'cases.process',
    'Resume after a suspension; the clock runs again',
    schemas.ResumeBody,
    (actor, id, body, meta) => resume(ctx, actor, id, body, meta),
  );
  action(
    'extend',
    'cases.approve_extension',
    'Extend the limit once, approved by the head of the organ (许可法 §42)',
    schemas.ExtendBody,
    (actor, id, body, meta) => extend(ctx, actor, id, body, meta),
  );
  action(
    'conclude',
    'cases.read',
    'Conclude: approved with the result, or denied with reasons and remedies',
    schemas.ConcludeBody,
    (actor, id, body, meta) => conclude(ctx, actor, id, body, meta),
  );
  action(
    'release',
    'cases.intake',
    'Release the result: at the window (who collected, with what ID) or by post',
    schemas.ReleaseBody,
    (actor, id, body, meta) => release(ctx, actor, id, body, meta),
  );
  action(
    'terminate',
    'cases.approve_extension',
    'Terminate (终止办理) without a decision, with the reason',
    schemas.TerminateBody,
    (actor, id, body, meta) => terminate(ctx, actor, id, body, meta),
  );
}
