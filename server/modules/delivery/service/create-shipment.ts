import { v7 as uuidv7 } from 'uuid';
import { normalizeRecipient, validateRecipient, type Recipient } from '../../../../domain/delivery/index.ts';
import { regionLevelOfCode } from '../../../../domain/org/index.ts';
import type { Executor, Tx } from '../../../db/connection.ts';
import type { AuditActor } from '../../../platform/audit.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { regionAtLevel } from '../../../platform/policy.ts';
import { findCenterInScope, findRegion } from '../../org/index.ts';
import * as store from '../store.ts';
import { recordShipmentChange } from './shared.ts';

/** The 内件品名 declared to the carrier for every posted result. */
export const DECLARED_CONTENT = '政务服务办理结果';

export interface NewShipment {
  caseId: string;
  caseNumber: string;
  /** The case's region: who may see the shipment follows it. */
  regionCode: string;
  /** The center that posts it, in the case's region or below. */
  centerId: string;
  /** The applicant account that may follow it on the portal; null or absent for none. */
  applicantId?: string | null;
  recipient: Recipient;
  /** What is inside, e.g. 食品经营许可证（正本、副本各一份）. */
  contents: string;
  actor: AuditActor;
  clientAddress?: string | null;
}

export interface CreatedShipment {
  id: string;
  trackingNumber: string | null;
  carrier: string;
  status: 'pending';
}

const alreadyOpen = () =>
  new AppError('SHIPMENT_ALREADY_OPEN', '该办件已有在途的寄送，请待其签收或退回后再寄送');

/**
 * Checks a recipient and what is posted the way `createShipmentInTransaction` does, so a caller can
 * refuse a bad address before it opens its transaction. Throws the 422 AppError of the first problem.
 */
export function assertValidShipment(input: { recipient: Recipient; contents: string }): void {
  const check = validateRecipient(input.recipient);
  if (!check.ok) throw new AppError(check.code, check.message);
  const contents = input.contents.trim();
  if (contents === '' || [...contents].length > 100) {
    throw new AppError('SHIPMENT_CONTENTS_INVALID', '寄送物品说明不能为空，且不超过100个字');
  }
}

/** The province, city and county names above a region, for the sender's address on the waybill. */
async function areaNamesOf(db: Executor, regionCode: string) {
  const names = await Promise.all(
    (['province', 'city', 'county'] as const).map(async (level) => {
      const code = regionAtLevel(regionCode, level);
      return regionLevelOfCode(code) === level ? ((await findRegion(db, code))?.name ?? null) : null;
    }),
  );
  return { province: names[0] ?? null, city: names[1] ?? null, district: names[2] ?? null };
}

/**
 * Records that a case's result goes by post, inside the caller's transaction (the cases module's
 * release): the shipment starts `pending`, with its audit record and `delivery.shipment.created`
 * event. No carrier is called here; the `delivery.book` job books it after commit, so a rolled-back
 * release books nothing. Mobile and street address are stored encrypted.
 */
export async function createShipmentInTransaction(
  tx: Tx,
  ctx: AppContext,
  input: NewShipment,
): Promise<CreatedShipment> {
  assertValidShipment(input);
  const recipient = normalizeRecipient(input.recipient);
  const center = await findCenterInScope(tx, { regionCode: input.regionCode }, input.centerId);
  if (!center) throw new AppError('SHIPMENT_CENTER_INVALID', '寄件的服务中心不属于该办件的区划');
  if (await store.findOpenShipmentOfCase(tx, input.caseId)) throw alreadyOpen();
  const now = ctx.clock.now();
  const area = await areaNamesOf(tx, center.regionCode);
  const carrier = ctx.config.delivery.carrier;
  const row = await withUniqueConflicts(
    () =>
      store.insertShipment(tx, {
        regionCode: input.regionCode,
        id: uuidv7(),
        caseId: input.caseId,
        caseNumber: input.caseNumber,
        centerId: center.id,
        applicantId: input.applicantId ?? null,
        carrier,
        status: 'pending',
        contents: input.contents.trim(),
        declaredContent: DECLARED_CONTENT,
        recipientName: recipient.name,
        recipientMobileCipher: ctx.personalData.encrypt(recipient.mobile),
        recipientProvince: recipient.province,
        recipientCity: recipient.city,
        recipientDistrict: recipient.district,
        recipientAddressCipher: ctx.personalData.encrypt(recipient.address),
        recipientPostcode: recipient.postcode,
        senderName: center.name,
        senderPhone: center.phone,
        senderProvince: area.province,
        senderCity: area.city,
        senderDistrict: area.district,
        senderAddress: center.address,
        senderStaffName: input.actor.kind === 'staff' ? input.actor.displayName : null,
        createdAt: now,
        bookingDueAt: now,
        statusChangedAt: now,
      }),
    { shipments_case_open_uq: alreadyOpen },
  );
  recordShipmentChange(tx, ctx, input.actor, {
    action: 'delivery.shipment.created',
    shipment: row,
    summary: `办件 ${row.caseNumber} 的办理结果交寄（${row.contents}），待向承运商下单`,
    clientAddress: input.clientAddress ?? null,
  });
  return { id: row.id, trackingNumber: null, carrier, status: 'pending' };
}
