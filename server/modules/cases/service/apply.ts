import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { CASE_STATE_LABELS } from '../../../../domain/cases/machine.ts';
import { checkUpload } from '../../../../domain/cases/materials.ts';
import type { ApplicantActor } from '../../../platform/access.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { transact } from '../../../platform/transaction.ts';
import { findOpenRevision } from '../../catalog/index.ts';
import { caseMaterials, cases } from '../schema.ts';
import {
  findCase,
  listHistory,
  listMaterials,
  listNotices,
  lockCase,
  updateMaterial,
  type CaseRow,
} from '../store.ts';
import { applicantColumns, type ApplicantInput } from './applicants.ts';
import {
  changeCase,
  clockOf,
  localDay,
  newCaseNumber,
  newQueryCode,
  recordEntry,
  type WriteMeta,
} from './common.ts';
import { linesOf, materialRows, revisionOf } from './checklist.ts';
import { completeCorrectionInTransaction } from './correction.ts';
import { deliveryColumns } from './walk-in.ts';
import { clockBasisOf, clockView, NOTICE_KIND_LABELS, presentSummary, timelineOf } from './read.ts';

/*
 * 网上申报: the applicant's own cases on the portal — a draft from the item's published revision,
 * uploads checked by their bytes, submission with an idempotency key, fixes after a return or a
 * correction notice, withdrawal, and 我的办件.
 */

async function lockOwn(
  tx: Parameters<typeof lockCase>[0],
  actor: ApplicantActor,
  id: string,
  expectedVersion?: number,
) {
  const row = await lockCase(tx, id);
  if (!row || row.applicantId !== actor.id) throw new AppError('NOT_FOUND', '未找到该办件');
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    throw new AppError('CASE_VERSION_CONFLICT', '办件已在别处更新，请刷新后再操作');
  }
  return row;
}

/** The applicant's view of their case: no staff names, the query code, what to fix now. */
export async function presentOwnCase(
  ctx: AppContext,
  db: Parameters<typeof findCase>[0],
  actor: ApplicantActor,
  id: string,
) {
  const row = await findCase(db, id);
  if (!row || row.applicantId !== actor.id) throw new AppError('NOT_FOUND', '未找到该办件');
  const [materials, history, notices, clock] = await Promise.all([
    listMaterials(db, id),
    listHistory(db, id),
    listNotices(db, id),
    clockOf(ctx, row, db),
  ]);
  const editable = row.state === 'draft' || row.state === 'returned' || row.state === 'correcting';
  return {
    ...(await presentSummary(ctx, row, db)),
    version: row.version,
    queryCode: row.queryCodeEncrypted ? ctx.personalData.decrypt(row.queryCodeEncrypted) : null,
    formData: row.formData,
    deliveryMethod: row.deliveryMethod,
    materials: materials.map((m) => ({
      index: m.index,
      name: m.name,
      required: m.required,
      deferrable: m.deferrable,
      status: m.status,
      reason: m.reason,
      fileName: m.fileName,
      size: m.size,
    })),
    timeline: timelineOf(history, false),
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      kindLabel: NOTICE_KIND_LABELS[n.kind],
      number: n.number,
      issuedAt: n.issuedAt.toISOString(),
    })),
    clockBasis: clockBasisOf(row, clock),
    clock: clockView(clock),
    can: {
      edit: editable,
      submit: row.state === 'draft' || row.state === 'returned',
      completeCorrection: row.state === 'correcting',
      withdraw: !['concluded', 'released', 'rejected', 'withdrawn', 'terminated'].includes(row.state),
    },
  };
}

export async function listOwnCases(ctx: AppContext, actor: ApplicantActor) {
  const rows = await ctx.db
    .select()
    .from(cases)
    .where(eq(cases.applicantId, actor.id))
    .orderBy(desc(cases.createdAt))
    .limit(200);
  return { cases: await Promise.all(rows.map((row) => presentSummary(ctx, row))) };
}

export async function createDraft(
  ctx: AppContext,
  actor: ApplicantActor,
  input: {
    itemId: string;
    applicant: ApplicantInput;
    formData?: Record<string, string>;
    delivery?: { method: 'window' | 'post'; address?: Record<string, string> };
  },
  meta: WriteMeta,
) {
  const item = await findOpenRevision(ctx.db, input.itemId, localDay(ctx));
  if (!item) throw new AppError('CASE_ITEM_NOT_OPEN', '该事项今日不受理申请（未发布、已取消或已下放）');
  if (!item.content.channels.includes('online') && !item.content.channels.includes('mobile')) {
    throw new AppError('CASE_ITEM_NOT_OPEN', '本事项不支持网上申请，请到窗口办理');
  }
  const applicant = applicantColumns(ctx, input.applicant, item.content);
  const delivery = deliveryColumns(item.content, input.delivery);
  return transact(
    ctx,
    async (tx) => {
      const id = uuidv7();
      const now = ctx.clock.now();
      const [row] = await tx
        .insert(cases)
        .values({
          regionCode: item.regionCode,
          id,
          state: 'draft',
          channel: 'online',
          itemRegionCode: item.regionCode,
          itemId: item.itemId,
          revisionId: item.revisionId,
          itemName: item.content.name,
          departmentId: item.departmentId,
          handlingKind: item.content.handlingKind,
          promisedLimitDays: item.content.promisedLimitDays ?? item.content.statutoryLimitDays,
          statutoryLimitDays: item.content.statutoryLimitDays,
          applicantId: actor.id,
          ...applicant,
          formData: input.formData ?? {},
          ...delivery,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(caseMaterials).values(materialRows(ctx, item.regionCode, id, item.content));
      await recordEntry(tx, ctx, actor, meta, null, row!, 'save_draft', { summary: '创建网上申请草稿' });
      return presentOwnCase(ctx, tx, actor, id);
    },
    meta.idempotency,
    { status: 201 },
  );
}

export async function updateDraft(
  ctx: AppContext,
  actor: ApplicantActor,
  id: string,
  input: {
    applicant?: ApplicantInput;
    formData?: Record<string, string>;
    delivery?: { method: 'window' | 'post'; address?: Record<string, string> };
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockOwn(tx, actor, id, input.expectedVersion);
      const item = await revisionOf(tx, row);
      await changeCase(tx, ctx, actor, meta, row, 'save_draft', {
        set: {
          ...(input.applicant ? applicantColumns(ctx, input.applicant, item) : {}),
          ...(input.formData ? { formData: input.formData } : {}),
          ...(input.delivery ? deliveryColumns(item, input.delivery) : {}),
        },
        summary: '保存草稿',
      });
      return presentOwnCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** One material's file: the type read from its bytes; allowed while the applicant may edit. */
export async function uploadMaterial(
  ctx: AppContext,
  actor: ApplicantActor,
  id: string,
  index: number,
  input: { fileName: string; content: Buffer },
  meta: WriteMeta,
) {
  const check = checkUpload(input.fileName, input.content);
  if (!check.ok) throw new AppError(check.code, check.message);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const storageKey = `cases/${id}/${index}-${sha256.slice(0, 16)}.${check.extension}`;
  const row = await findCase(ctx.db, id);
  if (!row || row.applicantId !== actor.id) throw new AppError('NOT_FOUND', '未找到该办件');
  await ctx.files.put(storageKey, input.content, { contentType: check.contentType });
  return transact(
    ctx,
    async (tx) => {
      const locked = await lockOwn(tx, actor, id);
      if (!['draft', 'returned', 'correcting'].includes(locked.state)) {
        throw new AppError(
          'CASE_STATE_INVALID',
          `办件当前为「${CASE_STATE_LABELS[locked.state]}」，不能修改材料`,
        );
      }
      const line = (await listMaterials(tx, id)).find((m) => m.index === index);
      if (!line) throw new AppError('CASE_MATERIAL_UNKNOWN', `本事项没有第 ${index + 1} 项材料`);
      await updateMaterial(
        tx,
        { regionCode: locked.regionCode, caseId: id, index },
        {
          status: 'submitted',
          fileName: input.fileName,
          contentType: check.contentType,
          size: input.content.length,
          sha256,
          storageKey,
          updatedAt: ctx.clock.now(),
        },
      );
      await tx
        .update(cases)
        .set({ version: locked.version + 1, updatedAt: ctx.clock.now() })
        .where(and(eq(cases.regionCode, locked.regionCode), eq(cases.id, id)));
      return presentOwnCase(ctx, tx, actor, id);
    },
    meta.idempotency,
    { status: 201 },
  );
}

/** 提交: every required material uploaded (or deferrable), then it waits for pre-review. */
export async function submit(
  ctx: AppContext,
  actor: ApplicantActor,
  id: string,
  input: { expectedVersion?: number },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockOwn(tx, actor, id, input.expectedVersion);
      const missing = linesOf(await listMaterials(tx, id)).filter(
        (line) => line.required && !line.deferrable && line.status !== 'submitted',
      );
      if (missing.length > 0 && (row.state === 'draft' || row.state === 'returned')) {
        throw new AppError(
          'CASE_MATERIALS_INCOMPLETE',
          `请先上传必要材料：${missing.map((line) => `「${line.name}」`).join('、')}`,
        );
      }
      const first = row.caseNumber === null;
      const caseNumber = row.caseNumber ?? (await newCaseNumber(tx, ctx, row.regionCode));
      const queryCode = row.queryCodeEncrypted ? null : newQueryCode();
      await changeCase(tx, ctx, actor, meta, { ...row, caseNumber }, 'submit', {
        set: {
          caseNumber,
          submittedAt: ctx.clock.now(),
          ...(queryCode ? { queryCodeEncrypted: ctx.personalData.encrypt(queryCode.code) } : {}),
        },
        summary: first ? '提交网上申请，待预审' : '修改后重新提交，待预审',
        notify: queryCode
          ? `已提交，查询码 ${queryCode.code}，可凭办件编号和查询码查询办理进度。`
          : '已重新提交，待预审。',
      });
      return presentOwnCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

/** After a correction notice: the applicant uploaded every listed material and sends it back. */
export async function completeOwnCorrection(
  ctx: AppContext,
  actor: ApplicantActor,
  id: string,
  input: { expectedVersion?: number },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row: CaseRow = await lockOwn(tx, actor, id, input.expectedVersion);
      await completeCorrectionInTransaction(tx, ctx, actor, meta, row, []);
      return presentOwnCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}

export async function withdraw(
  ctx: AppContext,
  actor: ApplicantActor,
  id: string,
  input: { reason?: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  return transact(
    ctx,
    async (tx) => {
      const row = await lockOwn(tx, actor, id, input.expectedVersion);
      await changeCase(tx, ctx, actor, meta, row, 'withdraw', {
        summary: '申请人撤回申请',
        note: input.reason?.trim() || null,
      });
      return presentOwnCase(ctx, tx, actor, id);
    },
    meta.idempotency,
  );
}
