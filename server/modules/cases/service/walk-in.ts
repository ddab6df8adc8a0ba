import { validateMobileNumber } from '../../../../domain/validators/index.ts';
import { v7 as uuidv7 } from 'uuid';
import { type ItemContent } from '../../../../domain/catalog/index.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan as assertPermission, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { findOpenRevision } from '../../catalog/index.ts';
import { findDutyWindow } from '../../org/index.ts';
import { assertCan } from '../policy.ts';
import { caseMaterials, cases } from '../schema.ts';
import { agentColumn, applicantColumns, type ApplicantInput } from './applicants.ts';
import {
  localDay,
  newCaseNumber,
  newQueryCode,
  notifyApplicant,
  type WriteMeta,
  noticeDueOnFor,
  recordEntry,
} from './common.ts';
import { presentCase } from './read.ts';
import { type ChecklistEntry, materialRows, applyChecklist } from './checklist.ts';

/**
 * 窗口收件: a clerk opens a case for a walk-in applicant or their agent, with the checklist ticked.
 * At a general window the item may be any department's it covers; the case goes to that department.
 */
export async function openWalkIn(
  ctx: AppContext,
  actor: StaffActor,
  input: {
    itemId: string;
    applicant: ApplicantInput;
    agent?: { name: string; idNumber: string; authority: string };
    assisted?: boolean;
    formData?: Record<string, string>;
    delivery?: { method: 'window' | 'post'; address?: Record<string, string> };
    checklist: ChecklistEntry[];
  },
  meta: WriteMeta,
) {
  assertPermission(actor, 'cases.intake');
  const today = localDay(ctx);
  const item = await findOpenRevision(ctx.db, input.itemId, today);
  if (!item) throw new AppError('CASE_ITEM_NOT_OPEN', '该事项今日不受理申请（未发布、已取消或已下放）');
  const window = await findDutyWindow(ctx.db, actor.id, { regionCode: item.regionCode, id: item.itemId });
  if (window && !window.acceptsItem) {
    throw new AppError('CASE_ITEM_NOT_AT_WINDOW', `${window.number}号窗口不受理该事项，请引导至相应窗口`);
  }
  const regionCode = window?.regionCode ?? actor.regionCode;
  assertCan(actor, 'read', { regionCode, departmentId: item.departmentId, state: 'received' });
  if (input.assisted && !actor.roles.includes('agent')) {
    throw new AppError('FORBIDDEN', '帮办代办须由中心代办员办理');
  }
  const applicant = applicantColumns(ctx, input.applicant, item.content);
  const agent = input.agent ? agentColumn(ctx, input.agent) : null;
  const delivery = deliveryColumns(item.content, input.delivery);
  const noticeDueOn = await noticeDueOnFor(ctx, regionCode);
  return transact(
    ctx,
    async (tx) => {
      const id = uuidv7();
      const now = ctx.clock.now();
      const caseNumber = await newCaseNumber(tx, ctx, regionCode);
      const queryCode = newQueryCode();
      const [row] = await tx
        .insert(cases)
        .values({
          regionCode,
          id,
          caseNumber,
          state: 'received',
          channel: 'window',
          itemRegionCode: item.regionCode,
          itemId: item.itemId,
          revisionId: item.revisionId,
          itemName: item.content.name,
          departmentId: item.departmentId,
          centerId: window?.centerId ?? actor.centerId,
          windowId: window?.id ?? null,
          handlingKind: item.content.handlingKind,
          promisedLimitDays: item.content.promisedLimitDays ?? item.content.statutoryLimitDays,
          statutoryLimitDays: item.content.statutoryLimitDays,
          ...applicant,
          agent,
          assistedBy: input.assisted ? actor.id : null,
          formData: input.formData ?? {},
          ...delivery,
          queryCodeEncrypted: ctx.personalData.encrypt(queryCode.code),
          receivedAt: now,
          noticeDueOn,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(caseMaterials).values(materialRows(ctx, regionCode, id, item.content));
      if (input.checklist.length > 0) await applyChecklist(tx, ctx, row!, input.checklist);
      await recordEntry(tx, ctx, actor, meta, null, row!, 'receive', {
        counters: ['received'],
        summary: `${window ? `${window.number}号窗口` : '窗口'}收件${input.assisted ? '（帮办代办）' : ''}${agent ? `，代理人 ${agent.name}` : ''}`,
      });
      await notifyApplicant(
        tx,
        ctx,
        row!,
        `已在窗口收件，查询码 ${queryCode.code}，可凭办件编号和查询码查询办理进度。`,
      );
      return presentCase(ctx, tx, actor, id);
    },
    meta.idempotency,
    { status: 201 },
  );
}

export function deliveryColumns(
  item: ItemContent,
  delivery: { method: 'window' | 'post'; address?: Record<string, string> } | undefined,
) {
  if (!delivery) return { deliveryMethod: 'window' as const, deliveryAddress: null };
  if (delivery.method === 'post') {
    if (!item.delivery.includes('post'))
      throw new AppError('CASE_DELIVERY_INVALID', '本事项的办理结果不支持邮寄');
    if (!delivery.address) throw new AppError('CASE_DELIVERY_INVALID', '选择邮寄时请填写收件地址');
    const mobile = validateMobileNumber(delivery.address.mobile ?? '');
    if (!mobile.ok) throw new AppError('CASE_DELIVERY_INVALID', `收件人${mobile.message}`);
  }
  return {
    deliveryMethod: delivery.method,
    deliveryAddress: delivery.method === 'post' ? delivery.address! : null,
  };
}
