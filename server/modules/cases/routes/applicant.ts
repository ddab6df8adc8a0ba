import type { Static, TSchema } from 'typebox';
import type { ApplicantActor } from '../../../platform/access.ts';
import type { WriteMeta } from '../service/common.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { App } from '../../../platform/http.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import { requireApplicant } from '../../applicant-auth/index.ts';
import { UPLOAD_MAX_BYTES } from '../../../../domain/cases/materials.ts';
import * as schemas from '../schemas.ts';
import * as apply from '../service/apply.ts';
import { getNotice } from '../service/progress.ts';
import { ErrorResponse } from '../../../platform/http.ts';

const UPLOAD = 'application/octet-stream';

/** 网上申报 and 我的办件: the signed-in applicant's own cases. */
export function caseApplicantRoutes(app: App, ctx: AppContext): void {
  const tags = ['cases (applicant)'];
  const access = { access: { kind: 'applicant' } } as const;
  const { readErrors, writeErrors, OwnCaseReply, CaseParams } = schemas;

  // Material uploads: the raw file as the body; a little above the limit so a file just too large
  // hears UPLOAD_TOO_LARGE rather than the parser's 413.
  app.register(async (plugin) => {
    const scope = plugin as unknown as App;
    if (scope.hasContentTypeParser(UPLOAD)) scope.removeContentTypeParser(UPLOAD);
    scope.addContentTypeParser(
      UPLOAD,
      { parseAs: 'buffer', bodyLimit: UPLOAD_MAX_BYTES + 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
    scope.put(
      '/api/applicant/cases/:id/materials/:index',
      {
        config: access,
        schema: {
          tags,
          summary: 'Upload one material (body: the file; PDF, JPG, PNG or OFD by content; ≤ 20 MB)',
          params: schemas.MaterialParams,
          querystring: schemas.UploadQuery,
          consumes: [UPLOAD],
          body: {},
          response: { 201: OwnCaseReply, ...writeErrors, 413: ErrorResponse, 415: ErrorResponse },
        },
      },
      async (request, reply) => {
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const result = await apply.uploadMaterial(
          ctx,
          requireApplicant(request),
          request.params.id,
          request.params.index,
          { fileName: request.query.fileName, content },
          writeMetaOf(request),
        );
        return reply.status(201).send({ case: result });
      },
    );
  });

  app.get(
    '/api/applicant/cases',
    {
      config: access,
      schema: {
        tags,
        summary: '我的办件: my cases, newest first',
        response: { 200: schemas.OwnCaseList, ...readErrors },
      },
    },
    async (request) => apply.listOwnCases(ctx, requireApplicant(request)),
  );

  app.post(
    '/api/applicant/cases',
    {
      config: access,
      schema: {
        tags,
        summary: "Start an online application (a draft) from the item's published revision",
        body: schemas.DraftBody,
        response: { 201: OwnCaseReply, ...writeErrors },
      },
    },
    async (request, reply) => {
      const result = await apply.createDraft(
        ctx,
        requireApplicant(request),
        request.body,
        writeMetaOf(request),
      );
      return reply.status(201).send({ case: result });
    },
  );

  app.get(
    '/api/applicant/cases/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'One of my cases with its timeline and what to fix',
        params: CaseParams,
        response: { 200: OwnCaseReply, ...readErrors },
      },
    },
    async (request) => ({
      case: await apply.presentOwnCase(ctx, ctx.db, requireApplicant(request), request.params.id),
    }),
  );

  app.patch(
    '/api/applicant/cases/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Save the draft',
        params: CaseParams,
        body: schemas.DraftUpdateBody,
        response: { 200: OwnCaseReply, ...writeErrors },
      },
    },
    async (request) => ({
      case: await apply.updateDraft(
        ctx,
        requireApplicant(request),
        request.params.id,
        request.body,
        writeMetaOf(request),
      ),
    }),
  );

  /** One action on one of my cases: POST /api/applicant/cases/:id/<action>, answered with the case. */
  function ownAction<Body extends TSchema>(
    path: string,
    summary: string,
    body: Body,
    work: (
      actor: ApplicantActor,
      id: string,
      body: Static<Body>,
      meta: WriteMeta,
    ) => ReturnType<typeof apply.presentOwnCase>,
  ) {
    app.post(
      `/api/applicant/cases/:id/${path}`,
      {
        config: access,
        schema: { tags, summary, params: CaseParams, body, response: { 200: OwnCaseReply, ...writeErrors } },
      },
      async (request) => ({
        case: await work(
          requireApplicant(request),
          request.params.id,
          request.body as Static<Body>,
          writeMetaOf(request),
        ),
      }),
    );
  }

  ownAction(
    'submit',
    'Submit (or resubmit after a return); send an Idempotency-Key so a retry acts once',
    schemas.VersionBody,
    (actor, id, body, meta) => apply.submit(ctx, actor, id, body, meta),
  );
  ownAction(
    'correction/complete',
    'Send the corrected materials back: every material of the correction notice must be uploaded',
    schemas.VersionBody,
    (actor, id, body, meta) => apply.completeOwnCorrection(ctx, actor, id, body, meta),
  );
  ownAction('withdraw', 'Withdraw my application', schemas.WithdrawBody, (actor, id, body, meta) =>
    apply.withdraw(ctx, actor, id, body, meta),
  );

  app.get(
    '/api/applicant/notices/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'A notice of one of my cases, for its print view',
        params: CaseParams,
        response: { 200: schemas.NoticeView, ...readErrors },
      },
    },
    async (request) => getNotice(ctx, requireApplicant(request), request.params.id),
  );
}
