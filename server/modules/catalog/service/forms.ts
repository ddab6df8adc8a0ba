import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import { checkFormFile, FORM_KIND_LABELS, type FormKind } from '../../../../domain/catalog/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan as assertPermission, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { serviceGuide } from './portal.ts';
import { findItemInScope } from './read-items.ts';
import { draftOf, recordCatalogChange, type WriteMeta } from './revisions.ts';

/*
 * 表格下载: blank forms and filled-in samples for an item's materials. The bytes go to the file store
 * (ctx.files) under a key of their own; the row in item_forms says what they are.
 */

/** How an admin sees a form. */
export function presentForm(form: store.ItemFormRow) {
  return {
    id: form.id,
    materialName: form.materialName,
    kind: form.kind,
    fileName: form.fileName,
    contentType: form.contentType,
    size: form.size,
    sha256: form.sha256,
    uploadedAt: form.uploadedAt.toISOString(),
  };
}

/** File names as shown and downloaded: no path, no control characters, an extension. */
function assertFileName(fileName: string): void {
  // eslint-disable-next-line no-control-regex
  if (fileName.length === 0 || fileName.length > 120 || /[\u0000-\u001f\u007f/\\]/.test(fileName)) {
    throw new AppError('BAD_REQUEST', '文件名不正确（不超过 120 个字符，不含路径）');
  }
}

export async function listForms(ctx: AppContext, actor: StaffActor, itemId: string) {
  assertPermission(actor, 'catalog.read');
  const { item } = await findItemInScope(ctx.db, actor, itemId);
  return { forms: (await store.listItemForms(ctx.db, item)).map(presentForm) };
}

export async function uploadForm(
  ctx: AppContext,
  actor: StaffActor,
  itemId: string,
  input: { materialName: string; kind: FormKind; fileName: string; content: Buffer },
  meta: WriteMeta,
) {
  const { item } = await findItemInScope(ctx.db, actor, itemId);
  assertPermission(actor, 'catalog.manage');
  assertFileName(input.fileName);
  const check = checkFormFile(input.fileName, input.content);
  if (!check.ok) throw new AppError(check.code, check.message);

  const id = uuidv7();
  const storageKey = `forms/${item.regionCode}/${item.id}/${id}.${check.extension}`;
  let stored = false;
  try {
    return await transact(
      ctx,
      async (tx) => {
        const locked = await store.lockItem(tx, item);
        const revisions = await store.listRevisions(tx, locked);
        // A form belongs to a material the item names now: in its draft or its newest published revision.
        const current = [draftOf(revisions), revisions.find((revision) => revision.state === 'published')];
        const names = new Set(
          current.flatMap((revision) => revision?.content.materials.map((m) => m.name) ?? []),
        );
        if (!names.has(input.materialName)) {
          throw new AppError('FORM_MATERIAL_UNKNOWN', `该事项没有名为「${input.materialName}」的申请材料`);
        }
        await ctx.files.put(storageKey, input.content, { contentType: check.contentType });
        stored = true;
        const form = {
          regionCode: item.regionCode,
          id,
          itemId: item.id,
          materialName: input.materialName,
          kind: input.kind,
          fileName: input.fileName,
          contentType: check.contentType,
          size: input.content.length,
          sha256: createHash('sha256').update(input.content).digest('hex'),
          storageKey,
          uploadedBy: actor.id,
          uploadedAt: ctx.clock.now(),
        };
        await store.insertItemForm(tx, form);
        recordCatalogChange(tx, ctx, actor, meta, {
          action: 'catalog.form.uploaded',
          targetType: 'item',
          targetId: item.id,
          regionCode: item.regionCode,
          after: {
            formId: id,
            materialName: form.materialName,
            kind: form.kind,
            fileName: form.fileName,
            sha256: form.sha256,
          },
          summary: `为「${form.materialName}」上传${FORM_KIND_LABELS[form.kind]}「${form.fileName}」`,
          payload: { itemId: item.id, regionCode: item.regionCode, formId: id },
        });
        return { forms: (await store.listItemForms(tx, item)).map(presentForm) };
      },
      meta.idempotency,
    );
  } catch (error) {
    // The row never committed: its file goes too.
    if (stored) await ctx.files.delete(storageKey);
    throw error;
  }
}

export async function deleteForm(
  ctx: AppContext,
  actor: StaffActor,
  itemId: string,
  formId: string,
  meta: WriteMeta,
) {
  const { item } = await findItemInScope(ctx.db, actor, itemId);
  assertPermission(actor, 'catalog.manage');
  const { forms, storageKey } = await transact(
    ctx,
    async (tx) => {
      await store.lockItem(tx, item);
      const form = await store.findItemForm(tx, item.id, formId);
      if (!form) throw new AppError('NOT_FOUND', '未找到该表格');
      await store.deleteItemForm(tx, form);
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.form.deleted',
        targetType: 'item',
        targetId: item.id,
        regionCode: item.regionCode,
        before: {
          formId,
          materialName: form.materialName,
          kind: form.kind,
          fileName: form.fileName,
          sha256: form.sha256,
        },
        summary: `删除「${form.materialName}」的${FORM_KIND_LABELS[form.kind]}「${form.fileName}」`,
        payload: { itemId: item.id, regionCode: item.regionCode, formId },
      });
      return { forms: (await store.listItemForms(tx, item)).map(presentForm), storageKey: form.storageKey };
    },
    meta.idempotency,
  );
  // After the commit: a crash here leaves an unreferenced file, never a row without its file.
  await ctx.files.delete(storageKey);
  return { forms };
}

/** A form of an item open today, with its bytes: what the guide's 表格下载 links fetch. */
export async function openForm(
  ctx: AppContext,
  itemId: string,
  formId: string,
): Promise<{ fileName: string; contentType: string; size: number; body: Readable }> {
  const guide = await serviceGuide(ctx, itemId); // 404 or ITEM_NOT_IN_FORCE unless open today
  const listed = guide.forms.find((form) => form.id === formId);
  const row = listed ? await store.findItemForm(ctx.db, itemId, formId) : undefined;
  const file = row ? await ctx.files.get(row.storageKey) : null;
  if (!row || !file) throw new AppError('NOT_FOUND', '未找到该表格');
  return { fileName: row.fileName, contentType: row.contentType, size: file.file.size, body: file.body };
}
