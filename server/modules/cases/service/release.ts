import { releaseRefusal } from '../../../../domain/cases/materials.ts';
import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor } from '../../../platform/policy.ts';
import { listMaterials } from '../store.ts';
import { changeCase, issueNotice, localDay, requireReason, type WriteMeta } from './common.ts';
import { maskIdCardNumber, validateIdCardNumber } from '../../../../domain/validators/index.ts';
import { createShipmentInTransaction } from '../../delivery/index.ts';
import { actOnCase } from './act.ts';
import { linesOf } from './checklist.ts';

/** 出件: at the window (who collected, with what ID) or by post; deferred materials must be in first. */
export async function release(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    method: 'window' | 'post';
    collectorName?: string;
    collectorIdNumber?: string;
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  return actOnCase(
    ctx,
    actor,
    id,
    'release',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      const refusal = releaseRefusal(linesOf(await listMaterials(tx, id)));
      if (refusal) throw new AppError(refusal.code, refusal.message);
      let collector: { name: string; idNumberMasked: string } | null = null;
      if (input.method === 'window') {
        const name = requireReason(input.collectorName, '领取人姓名');
        const idNumber = requireReason(input.collectorIdNumber, '领取人身份证号').toUpperCase();
        const check = validateIdCardNumber(idNumber, { today: localDay(ctx) });
        if (!check.ok) throw new AppError('CASE_DELIVERY_INVALID', `领取人${check.message}`);
        collector = { name, idNumberMasked: maskIdCardNumber(idNumber) };
      } else {
        if (!row.deliveryAddress)
          throw new AppError('CASE_DELIVERY_INVALID', '申请时未填写邮寄地址，不能邮寄');
        if (!row.centerId) throw new AppError('CASE_DELIVERY_INVALID', '办件没有受理中心，不能邮寄');
        const address = row.deliveryAddress;
        await createShipmentInTransaction(tx, ctx, {
          caseId: row.id,
          caseNumber: row.caseNumber ?? '',
          regionCode: row.regionCode,
          centerId: row.centerId,
          applicantId: row.applicantId,
          recipient: {
            name: address.recipient ?? row.applicantName,
            mobile: address.mobile ?? '',
            address: address.address ?? '',
            postcode: address.postcode ?? null,
          },
          contents: `${row.itemName}办理结果`,
          actor,
          clientAddress: meta.clientAddress,
        });
      }
      await issueNotice(tx, ctx, actor, row, 'release', {
        method: input.method,
        collector,
        address: input.method === 'post' ? row.deliveryAddress : null,
        releasedOn: localDay(ctx),
      });
      await changeCase(tx, ctx, actor, meta, row, 'release', {
        set: { releasedAt: ctx.clock.now() },
        summary: input.method === 'window' ? `窗口出件，由 ${collector!.name} 领取` : '结果已交寄',
        counters: input.method === 'post' ? ['released', 'posted'] : ['released'],
        notify:
          input.method === 'window' ? '结果已领取。感谢您的办理，欢迎评价。' : '结果已交寄，请注意查收。',
      });
    },
  );
}
