import { formatIsoDate } from '../../../../domain/calendar/index.ts';
import { localEpochDay } from '../../../../domain/clock/index.ts';
import { SHIPMENT_STATUS_LABELS } from '../../../../domain/delivery/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { auditContextOf, transact } from '../../../platform/transaction.ts';
import { assertCan } from '../policy.ts';
import * as store from '../store.ts';
import { presentRecipient, type WriteMeta } from './shared.ts';

export const SLIP_TITLE = '政务服务办理结果寄送单（送达回证）';
export const SLIP_NOTES = [
  '邮费由政务服务中心承担（寄付月结），收件人无需支付任何费用，无代收货款。',
  '请收件人本人签收；他人代收的，请注明与收件人的关系。',
  '签收后请将回执联交投递员带回，或由寄件单位根据物流签收信息记录送达。',
] as const;

/**
 * What the A4 寄送单 / 送达回证 prints: sender, recipient in full, contents, carrier and tracking
 * number, and the receipt (签收人、签收日期) when the carrier has reported it, blank for a hand
 * signature otherwise. It shows the recipient whole, so each print is audited.
 */
export async function getShipmentSlip(ctx: AppContext, actor: StaffActor, id: string, meta: WriteMeta) {
  const row = await store.findShipment(ctx.db, id, actor);
  if (!row) throw new AppError('NOT_FOUND', '未找到该寄送记录');
  assertCan(actor, 'printSlip', row);
  const localDate = (date: Date | null) =>
    date ? formatIsoDate(localEpochDay(date.getTime(), ctx.config.timeZone)) : null;
  return transact(ctx, async (tx) => {
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'delivery.slip.printed',
      targetType: 'shipment',
      targetId: row.id,
      regionCode: row.regionCode,
      summary: `打印办件 ${row.caseNumber} 的寄送单（送达回证）`,
      clientAddress: meta.clientAddress,
    });
    const recipient = presentRecipient(ctx, row, true);
    return {
      title: SLIP_TITLE,
      caseNumber: row.caseNumber,
      contents: row.contents,
      declaredContent: row.declaredContent,
      status: row.status,
      statusLabel: SHIPMENT_STATUS_LABELS[row.status],
      carrierName: row.carrierName,
      trackingNumber: row.trackingNumber,
      sender: {
        organisation: row.senderName,
        staffName: row.senderStaffName,
        phone: row.senderPhone,
        address: [row.senderProvince, row.senderCity, row.senderDistrict, row.senderAddress]
          .filter((part) => part !== null && part !== '')
          .join(''),
        sentOn: localDate(row.bookedAt ?? row.createdAt),
      },
      recipient: {
        name: recipient.name,
        mobile: recipient.mobile,
        address: [recipient.province, recipient.city, recipient.district, recipient.address]
          .filter((part) => part !== null && part !== '')
          .join(''),
        postcode: recipient.postcode,
      },
      receipt: { receivedBy: row.receivedBy, receivedOn: localDate(row.deliveredAt) },
      payment: '寄付月结（政务服务中心支付）',
      cashOnDelivery: '无',
      notes: [...SLIP_NOTES],
      printedOn: localDate(ctx.clock.now())!,
      printedBy: actor.displayName,
    };
  });
}
