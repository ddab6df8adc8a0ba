import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, type App } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import { FORM_MAX_BYTES } from '../../../../domain/catalog/index.ts';
import * as forms from '../service/forms.ts';
import { FormKindSchema, ItemForm, readErrors, Uuid, writeErrors } from '../schemas.ts';

const UPLOAD = 'application/octet-stream';

/** 表格下载: the admin's uploads and deletions of an item's forms, and the public download. */
export function catalogFormRoutes(app: App, ctx: AppContext): void {
  const read = { access: { kind: 'staff', permission: 'catalog.read' } } as const;
  const manage = { access: { kind: 'staff', permission: 'catalog.manage' } } as const;
  const FormList = Type.Object({ forms: Type.Array(ItemForm) });

  // A little above the limit, so a file just too large hears FORM_TOO_LARGE rather than the parser's 413.
  app.addContentTypeParser(
    UPLOAD,
    { parseAs: 'buffer', bodyLimit: FORM_MAX_BYTES + 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/admin/catalog/items/:id/forms',
    {
      config: read,
      schema: {
        tags: ['catalog admin'],
        summary: 'The forms (表格下载) of an item’s materials',
        params: Type.Object({ id: Uuid }),
        response: { 200: FormList, ...readErrors },
      },
    },
    async (request) => forms.listForms(ctx, requireStaff(request), request.params.id),
  );

  app.post(
    '/api/admin/catalog/items/:id/forms',
    {
      config: manage,
      schema: {
        tags: ['catalog admin'],
        summary:
          'Upload a blank form or a filled-in sample for a material (body: the file; PDF, DOC/DOCX, XLS/XLSX or OFD, by content; ≤ 10 MB)',
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({
          material: Type.String({ minLength: 1, maxLength: 200 }),
          kind: FormKindSchema,
          fileName: Type.String({ minLength: 1, maxLength: 120 }),
        }),
        consumes: [UPLOAD],
        body: Type.Unknown(),
        response: { 201: FormList, ...writeErrors, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { material, kind, fileName } = request.query;
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const result = await forms.uploadForm(
        ctx,
        requireStaff(request),
        request.params.id,
        { materialName: material, kind, fileName, content },
        writeMetaOf(request),
      );
      return reply.status(201).send(result);
    },
  );

  app.delete(
    '/api/admin/catalog/items/:id/forms/:formId',
    {
      config: manage,
      schema: {
        tags: ['catalog admin'],
        summary: 'Delete a form',
        params: Type.Object({ id: Uuid, formId: Uuid }),
        response: { 200: FormList, ...writeErrors },
      },
    },
    async (request) =>
      forms.deleteForm(
        ctx,
        requireStaff(request),
        request.params.id,
        request.params.formId,
        writeMetaOf(request),
      ),
  );

  app.get(
    '/api/catalog/items/:id/forms/:formId',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['catalog'],
        summary: 'Download a form of an item open today (表格下载)',
        params: Type.Object({ id: Uuid, formId: Uuid }),
        response: { 200: Type.Unknown({ description: 'the file' }), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const file = await forms.openForm(ctx, request.params.id, request.params.formId);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );
}
