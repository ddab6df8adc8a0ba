import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import type { App } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import * as schemas from '../schemas.ts';
import { abolishItem, delegateItem } from '../service/close-item.ts';
import { createItem } from '../service/create-item.ts';
import { discardDraft } from '../service/discard-draft.ts';
import { publishDraft } from '../service/publish-draft.ts';
import { getItem, getRevision, listItems } from '../service/read-items.ts';
import { saveDraft } from '../service/save-draft.ts';
import { saveTheme } from '../service/themes.ts';

/** The catalog admin's routes: items from draft to closed, their revisions, and themes. */
export function catalogAdminRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog admin'];
  const read = { access: { kind: 'staff', permission: 'catalog.read' } } as const;
  const manage = { access: { kind: 'staff', permission: 'catalog.manage' } } as const;
  const { readErrors, writeErrors } = schemas;
  const ItemReply = Type.Object({ item: schemas.ItemDetail });

  app.get(
    '/api/admin/catalog/items',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every item in my regions, drafts and closed ones included',
        querystring: schemas.ItemListQuery,
        response: { 200: schemas.ItemList, ...readErrors },
      },
    },
    async (request) => {
      const { department, ...rest } = request.query;
      return listItems(ctx, requireStaff(request), { ...rest, departmentId: department });
    },
  );

  app.post(
    '/api/admin/catalog/items',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create an item; its first revision is a draft until published',
        body: schemas.NewItemBody,
        response: { 201: ItemReply, ...writeErrors },
      },
    },
    async (request, reply) => {
      const item = await createItem(ctx, requireStaff(request), request.body, writeMetaOf(request));
      return reply.status(201).send({ item });
    },
  );

  app.get(
    '/api/admin/catalog/items/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An item with its in-force and draft content, history and allowed actions',
        params: schemas.ItemParams,
        response: { 200: ItemReply, ...readErrors },
      },
    },
    async (request) => ({ item: await getItem(ctx, requireStaff(request), request.params.id) }),
  );

  app.put(
    '/api/admin/catalog/items/:id/draft',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Save the draft revision (the first edit after publishing starts a new one); refused when the item changed since expectedVersion',
        params: schemas.ItemParams,
        body: schemas.DraftBody,
        response: { 200: ItemReply, ...writeErrors },
      },
    },
    async (request) => ({
      item: await saveDraft(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        writeMetaOf(request),
      ),
    }),
  );

  app.delete(
    '/api/admin/catalog/items/:id/draft',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Discard the draft revision of a published item',
        params: schemas.ItemParams,
        response: { 200: ItemReply, ...writeErrors },
      },
    },
    async (request) => ({
      item: await discardDraft(ctx, requireStaff(request), request.params.id, writeMetaOf(request)),
    }),
  );

  app.post(
    '/api/admin/catalog/items/:id/publish',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Publish the draft with an effective date; the previous revision is superseded from that date',
        params: schemas.ItemParams,
        body: schemas.PublishBody,
        response: { 200: ItemReply, ...writeErrors },
      },
    },
    async (request) => ({
      item: await publishDraft(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        writeMetaOf(request),
      ),
    }),
  );

  app.post(
    '/api/admin/catalog/items/:id/abolish',
    {
      config: manage,
      schema: {
        tags,
        summary: '取消: the item takes no new applications from the effective date',
        params: schemas.ItemParams,
        body: schemas.AbolishBody,
        response: { 200: ItemReply, ...writeErrors },
      },
    },
    async (request) => ({
      item: await abolishItem(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        writeMetaOf(request),
      ),
    }),
  );

  app.post(
    '/api/admin/catalog/items/:id/delegate',
    {
      config: manage,
      schema: {
        tags,
        summary: '下放: a region below implements the item from the effective date',
        params: schemas.ItemParams,
        body: schemas.DelegateBody,
        response: { 200: ItemReply, ...writeErrors },
      },
    },
    async (request) => ({
      item: await delegateItem(
        ctx,
        requireStaff(request),
        request.params.id,
        request.body,
        writeMetaOf(request),
      ),
    }),
  );

  app.get(
    '/api/admin/catalog/items/:id/revisions/:revisionId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One revision and what changed from the published revision before it',
        params: schemas.RevisionParams,
        response: { 200: schemas.RevisionDetail, ...readErrors },
      },
    },
    async (request) => getRevision(ctx, requireStaff(request), request.params.id, request.params.revisionId),
  );

  app.put(
    '/api/admin/catalog/themes/:code',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create or edit a theme',
        params: schemas.ThemeParams,
        body: schemas.ThemeBody,
        response: { 200: Type.Object({ theme: schemas.SavedTheme }), ...writeErrors },
      },
    },
    async (request) => ({
      theme: await saveTheme(
        ctx,
        requireStaff(request),
        { code: request.params.code, ...request.body },
        writeMetaOf(request),
      ),
    }),
  );
}
