import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor, can } from '../../../platform/policy.ts';
import { getWorkingCalendar } from '../../calendar/index.ts';
import { assertCan } from '../policy.ts';
import { listSteps } from '../store.ts';
import {
  changeCase,
  issueNotice,
  localDay,
  requireReason,
  type WriteMeta,
  clockOf,
  REMEDIES,
  nextClockEvents,
} from './common.ts';
import { addWorkingDays } from '../../../../domain/calendar/index.ts';
import { departmentName } from './departments.ts';
import { issueLicenseInTransaction } from '../../licenses/index.ts';
import { actOnCase } from './act.ts';
import { revisionOf } from './checklist.ts';

/**
 * 办结: approved (the result, and the e-licence where the item issues one) or denied (reasons and
 * remedies). Every step done first, and every countersign answered or defaulted; an immediate case
 * is concluded at the window the same day.
 */
export async function conclude(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    outcome: 'approved' | 'denied';
    opinion: string;
    legalBasis?: string;
    resultName?: string;
    validUntil?: string;
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  const opinion = requireReason(input.opinion, input.outcome === 'approved' ? '办结意见' : '不予许可的理由');
  return actOnCase(
    ctx,
    actor,
    id,
    null,
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const immediateAtWindow = row.handlingKind === 'immediate' && can(actor, 'cases.intake');
      if (immediateAtWindow) assertCan(actor, 'accept', { ...row, state: 'received' });
      else assertCan(actor, 'conclude', row);
      const steps = await listSteps(tx, id);
      const outstanding = steps.filter(
        (s) => s.status !== 'done' && (s.kind === 'countersign' || !immediateAtWindow),
      );
      if (outstanding.length > 0) {
        throw new AppError(
          'CASE_STEPS_OUTSTANDING',
          `尚有环节未完成：${outstanding.map((s) => s.name).join('、')}`,
        );
      }
      if (input.outcome === 'denied') requireReason(input.legalBasis, '不予许可的法律依据');
      const now = ctx.clock.now();
      const events = nextClockEvents(ctx, row, { type: 'conclude' });
      const clock = await clockOf(ctx, { ...row, clockEvents: events }, tx, now);
      const calendar = await getWorkingCalendar(ctx, row.regionCode, tx);
      let releaseDueOn: string | null = null;
      try {
        releaseDueOn = addWorkingDays(calendar, localDay(ctx, now), 10);
      } catch {
        releaseDueOn = null;
      }
      const onTime = clock ? !clock.isPastDue : null;
      if (input.outcome === 'approved') {
        const resultName = input.resultName?.trim() || row.itemName;
        const item = await revisionOf(tx, row);
        const license =
          item.result.issuesELicense && row.centerId
            ? await issueLicenseInTransaction(tx, ctx, {
                actor,
                clientAddress: meta.clientAddress,
                caseId: row.id,
                caseNumber: row.caseNumber ?? '',
                centerId: row.centerId,
                regionCode: row.regionCode,
                itemId: row.itemId,
                itemName: row.itemName,
                licenseName: item.result.name || resultName,
                holderName: row.applicantName,
                holderKind: row.applicantKind,
                holderIdNumber: ctx.personalData.decrypt(row.applicantIdEncrypted),
                holderMobile: ctx.personalData.decrypt(row.applicantMobileEncrypted),
                validUntil: input.validUntil ?? null,
                departmentName: await departmentName(ctx, row.departmentId, tx),
                content: { 名称: resultName, 许可内容: opinion },
              })
            : null;
        await issueNotice(tx, ctx, actor, row, 'approval', {
          opinion,
          resultName,
          validUntil: input.validUntil ?? null,
          legalBasis: input.legalBasis?.trim() ?? '',
          license: license && {
            id: license.id,
            licenseNumber: license.licenseNumber,
            verificationCode: license.verificationCode,
            verificationPath: license.verificationPath,
          },
        });
      } else {
        await issueNotice(tx, ctx, actor, row, 'denial', {
          reasons: opinion,
          legalBasis: input.legalBasis!.trim(),
          remedies: REMEDIES,
        });
      }
      await changeCase(tx, ctx, actor, meta, row, 'conclude', {
        set: {
          clockEvents: events,
          outcome: input.outcome,
          concludedAt: now,
          concludedOnTime: onTime,
          releaseDueOn,
        },
        summary: input.outcome === 'approved' ? '办结：准予许可' : '办结：不予许可',
        note: opinion,
        counters: onTime ? ['concluded', 'concludedOnTime'] : ['concluded'],
        notify:
          input.outcome === 'approved'
            ? `已办结（准予）。${row.deliveryMethod === 'post' ? '结果将免费邮寄给您。' : '请凭身份证件到窗口领取结果。'}`
            : '已办结（不予许可），理由及救济途径详见决定书。',
      });
    },
  );
}

/** 终止办理: ended without a decision, with the reason. */
export async function terminate(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: { reason: string; expectedVersion?: number },
  meta: WriteMeta,
) {
  const reason = requireReason(input.reason, '终止理由');
  return actOnCase(
    ctx,
    actor,
    id,
    'terminate',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      await changeCase(tx, ctx, actor, meta, row, 'terminate', {
        summary: `终止办理：${reason}`,
        notify: `已终止办理，理由：${reason}。`,
      });
    },
  );
}
