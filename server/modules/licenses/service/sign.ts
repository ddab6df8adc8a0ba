import type { Tx } from '../../../db/connection.ts';
import type { AuditActor } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { SIGNED_FORMAT, signLicense, type SignedLicenseFields } from '../signing.ts';
import type { LicenseRow } from '../store.ts';
import { ensureSigningKey } from './keys.ts';

/** The stored columns the signature covers. */
export type SignableLicense = Pick<
  LicenseRow,
  | 'licenseNumber'
  | 'verificationCode'
  | 'licenseName'
  | 'itemName'
  | 'holderName'
  | 'holderKind'
  | 'holderIdNumberMasked'
  | 'centerName'
  | 'departmentName'
  | 'regionCode'
  | 'caseNumber'
  | 'issuedOn'
  | 'validUntil'
  | 'content'
  | 'renewal'
  | 'keyId'
  | 'signedAt'
>;

/** The signed payload, rebuilt from the row's columns (never stored as a blob: a changed column shows). */
export function signedFieldsOf(license: SignableLicense): SignedLicenseFields {
  return {
    format: SIGNED_FORMAT,
    licenseNumber: license.licenseNumber,
    verificationCode: license.verificationCode,
    licenseName: license.licenseName,
    itemName: license.itemName,
    holderName: license.holderName,
    holderKind: license.holderKind,
    holderIdNumber: license.holderIdNumberMasked,
    centerName: license.centerName,
    departmentName: license.departmentName,
    regionCode: license.regionCode,
    caseNumber: license.caseNumber,
    issuedOn: license.issuedOn,
    validUntil: license.validUntil,
    content: license.content,
    renewal: license.renewal ?? null,
    keyId: license.keyId,
    signedAt: license.signedAt.toISOString(),
  };
}

/** Signs the license's fields with its center's current key (made now on the center's first issue). */
export async function signWithCenterKey(
  tx: Tx,
  ctx: AppContext,
  actor: AuditActor,
  center: { regionCode: string; id: string },
  license: Omit<SignableLicense, 'keyId' | 'signedAt'>,
): Promise<{ keyId: string; signedAt: Date; signature: string }> {
  const key = await ensureSigningKey(tx, ctx, actor, center);
  const signedAt = ctx.clock.now();
  const fields = signedFieldsOf({ ...license, keyId: key.row.id, signedAt });
  const signature = signLicense(fields, { privateKey: key.privateKey, publicKey: key.row.publicKey });
  return { keyId: key.row.id, signedAt, signature };
}
