import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { isIsoDate } from '../../../../domain/calendar/index.ts';
import {
  formatLicenseNumber,
  maskHolderIdNumber,
  maskHolderName,
  verificationCodeFrom,
  type HolderKind,
} from '../../../../domain/licenses/index.ts';
import { validateMobileNumber } from '../../../../domain/validators/index.ts';
import type { Tx } from '../../../db/connection.ts';
import { recordChange, type AuditActor } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { auditContextOf } from '../../../platform/transaction.ts';
import { todayIn } from '../../calendar/index.ts';
import { findCenterInScope } from '../../org/index.ts';
import * as store from '../store.ts';
import { signWithCenterKey } from './sign.ts';

export interface IssueLicenseInput {
  /** Who concludes the case: recorded in the audit. */
  actor: AuditActor;
  clientAddress?: string | null;
  caseId: string;
  caseNumber: string;
  /** The issuing center and its region (the license's region). */
  centerId: string;
  regionCode: string;
  itemId: string;
  itemName: string;
  /** 证照名称, the item's result name (e.g. 食品经营许可证). */
  licenseName: string;
  holderName: string;
  /** A person's name is masked on the public page; an organisation's is not. Default natural_person. */
  holderKind?: HolderKind;
  /** The ID card number or 统一社会信用代码; printed and signed masked, kept whole encrypted. */
  holderIdNumber?: string | null;
  /** For the expiry reminder (SMS); kept encrypted. */
  holderMobile?: string | null;
  /** Default: today in the center's time zone. */
  issuedOn?: string;
  /** The last valid day (inclusive); null: valid until revoked. */
  validUntil: string | null;
  departmentName: string;
  /** The license's other printed fields (经营场所, 许可范围 …), in their order of printing (insertion order). */
  content: Record<string, string>;
}

export interface IssuedLicense {
  id: string;
  licenseNumber: string;
  verificationCode: string;
  keyId: string;
  issuedOn: string;
  validUntil: string | null;
  /** The public page the printed QR code points to, relative to the portal's origin. */
  verificationPath: string;
}

const MAX_TEXT = 200;
const MAX_CONTENT_FIELDS = 50;
const MAX_CONTENT_VALUE = 2000;

function problemsOf(input: IssueLicenseInput, issuedOn: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const text = (path: keyof IssueLicenseInput, label: string) => {
    const value = input[path];
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
      problems.push({ path, message: `${label}不能为空，且不超过 ${MAX_TEXT} 字` });
    }
  };
  text('caseNumber', '办件编号');
  text('itemName', '事项名称');
  text('licenseName', '证照名称');
  text('holderName', '持证人名称');
  text('departmentName', '发证部门');
  if (!isIsoDate(issuedOn)) problems.push({ path: 'issuedOn', message: '发证日期不是有效日期' });
  if (input.validUntil !== null) {
    if (!isIsoDate(input.validUntil)) problems.push({ path: 'validUntil', message: '有效期至不是有效日期' });
    else if (input.validUntil < issuedOn)
      problems.push({ path: 'validUntil', message: '有效期至不能早于发证日期' });
  }
  if (input.holderIdNumber != null && !/^[0-9A-Za-z]{8,30}$/.test(input.holderIdNumber.trim())) {
    problems.push({ path: 'holderIdNumber', message: '证件号码应为 8 至 30 位字母或数字' });
  }
  if (input.holderMobile != null) {
    const result = validateMobileNumber(input.holderMobile.trim());
    if (!result.ok) problems.push({ path: 'holderMobile', message: result.message });
  }
  const entries = Object.entries(input.content);
  if (entries.length > MAX_CONTENT_FIELDS) {
    problems.push({ path: 'content', message: `证照内容最多 ${MAX_CONTENT_FIELDS} 项` });
  }
  for (const [key, value] of entries) {
    if (
      key.trim() === '' ||
      key.length > 50 ||
      typeof value !== 'string' ||
      value.length > MAX_CONTENT_VALUE
    ) {
      problems.push({
        path: `content.${key}`,
        message: '证照内容的名称不超过 50 字，内容为不超过 2000 字的文本',
      });
    }
  }
  return problems;
}

/**
 * Issues an e-license in the caller's transaction (the cases module's conclusion of an approved case):
 * the next 证照编号 of the county and year, a random verification code, the SM2 signature with the
 * center's key (made now on the center's first issue), the audit record and the `license.issued`
 * event. Bad input is a 422 LICENSE_INVALID and rolls the caller's transaction back with it.
 */
export async function issueLicenseInTransaction(
  tx: Tx,
  ctx: AppContext,
  input: IssueLicenseInput,
): Promise<IssuedLicense> {
  const issuedOn = input.issuedOn ?? todayIn(ctx);
  const problems = problemsOf(input, issuedOn);
  if (problems.length > 0)
    throw new AppError('LICENSE_INVALID', `电子证照信息有 ${problems.length} 处问题`, problems);
  const center = await findCenterInScope(tx, { regionCode: input.regionCode }, input.centerId);
  if (!center || center.regionCode !== input.regionCode) {
    throw new AppError('LICENSE_INVALID', '发证中心不存在或不属于该行政区划', [
      { path: 'centerId', message: '发证中心不存在或不属于该行政区划' },
    ]);
  }
  const holderKind = input.holderKind ?? 'natural_person';
  const holderIdNumber = input.holderIdNumber?.trim().toUpperCase() || null;
  const holderMobile = input.holderMobile?.trim() || null;
  const sequence = await store.nextLicenseSequence(
    tx,
    input.regionCode.slice(0, 6),
    Number(issuedOn.slice(0, 4)),
  );
  const licenseNumber = formatLicenseNumber(input.regionCode, Number(issuedOn.slice(0, 4)), sequence);
  const verificationCode = verificationCodeFrom(randomBytes(12));
  const id = uuidv7();
  const fields = {
    licenseNumber,
    verificationCode,
    licenseName: input.licenseName.trim(),
    itemName: input.itemName.trim(),
    holderName: input.holderName.trim(),
    holderKind,
    holderIdNumberMasked: holderIdNumber && maskHolderIdNumber(holderIdNumber),
    centerName: center.name,
    departmentName: input.departmentName.trim(),
    regionCode: input.regionCode,
    caseNumber: input.caseNumber.trim(),
    issuedOn,
    validUntil: input.validUntil,
    content: Object.entries(input.content).map(([label, value]) => ({ label: label.trim(), value })),
    renewal: null,
  };
  const signed = await signWithCenterKey(tx, ctx, input.actor, center, fields);
  // A verification code drawn twice (60 random bits) would be a unique violation: 409 CONFLICT, retry.
  await store.insertLicense(tx, {
    ...fields,
    id,
    caseId: input.caseId,
    centerId: center.id,
    itemId: input.itemId,
    holderIdNumberEncrypted: holderIdNumber && ctx.personalData.encrypt(holderIdNumber),
    holderMobileEncrypted: holderMobile && ctx.personalData.encrypt(holderMobile),
    originalValidUntil: input.validUntil,
    ...signed,
    createdAt: ctx.clock.now(),
  });
  recordChange(tx, auditContextOf(ctx), {
    actor: input.actor,
    action: 'license.issued',
    targetType: 'license',
    targetId: id,
    regionCode: input.regionCode,
    after: { licenseNumber, caseId: input.caseId, keyId: signed.keyId, signature: signed.signature },
    summary: `签发电子证照 ${fields.licenseName}（${licenseNumber}），持证人 ${maskHolderName(fields.holderName, holderKind)}`,
    clientAddress: input.clientAddress ?? null,
    event: { topic: 'license.issued', payload: { licenseId: id, caseId: input.caseId, centerId: center.id } },
  });
  return {
    id,
    licenseNumber,
    verificationCode,
    keyId: signed.keyId,
    issuedOn,
    validUntil: input.validUntil,
    verificationPath: `/verify/${verificationCode}`,
  };
}
