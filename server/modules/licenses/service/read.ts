import {
  DEEMED_RENEWAL_BASIS,
  licenseStatus,
  maskHolderName,
  normalizeVerificationCode,
} from '../../../../domain/licenses/index.ts';
import type { Executor } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan, type StaffActor } from '../../../platform/policy.ts';
import { todayIn } from '../../calendar/index.ts';
import { canonicalJson } from '../../../platform/audit.ts';
import { SIGNATURE_ALGORITHM, SM2_USER_ID, publicKeyPem, verifyLicenseSignature } from '../signing.ts';
import * as store from '../store.ts';
import type { LicenseRow, RenewalRow } from '../store.ts';
import { signedFieldsOf } from './sign.ts';

/*
 * Reading a license: the public verification by its code (the QR on the paper points there) and the
 * staff's print view. The signature is checked now, against the stored columns, on every read.
 */

const notFound = () =>
  new AppError('LICENSE_NOT_FOUND', '未找到该验证码对应的电子证照，请核对证照上的验证码');

function presentRenewal(renewal: RenewalRow) {
  return {
    appliedOn: renewal.appliedOn,
    isTimely: renewal.isTimely,
    outcome: renewal.outcome,
    decidedOn: renewal.decidedOn,
    validUntilAtApplication: renewal.validUntilAtApplication,
    newValidUntil: renewal.newValidUntil,
    reason: renewal.reason,
  };
}

async function checkedSignature(db: Executor, license: LicenseRow) {
  const key = await store.findKey(db, license.keyId);
  const fields = signedFieldsOf(license);
  const valid = key !== null && verifyLicenseSignature(fields, license.signature, key.publicKey);
  return { fields, key, valid };
}

function common(ctx: AppContext, license: LicenseRow, renewals: RenewalRow[]) {
  const deemed = license.renewal?.outcome === 'deemed' ? license.renewal : null;
  return {
    id: license.id,
    licenseNumber: license.licenseNumber,
    verificationCode: license.verificationCode,
    licenseName: license.licenseName,
    itemName: license.itemName,
    holderKind: license.holderKind,
    holderIdNumber: license.holderIdNumberMasked,
    centerName: license.centerName,
    departmentName: license.departmentName,
    regionCode: license.regionCode,
    caseNumber: license.caseNumber,
    issuedOn: license.issuedOn,
    validUntil: license.validUntil,
    content: license.content,
    status: licenseStatus({
      validUntil: license.validUntil,
      isRevoked: license.revokedAt !== null,
      today: todayIn(ctx),
    }),
    revokedAt: license.revokedAt?.toISOString() ?? null,
    revocationReason: license.revocationReason,
    deemedRenewal: deemed && { decidedOn: deemed.decidedOn, basis: DEEMED_RENEWAL_BASIS },
    renewals: renewals.map(presentRenewal),
  };
}

/**
 * `GET /api/public/licenses/:code`: what anyone holding the paper may check. The holder's name is
 * masked (a person's), the ID number is the masked one printed. The signature value is not given
 * out: with it and the masked name, the few thousand candidate middle characters could be tried
 * until one verifies. A third party verifies with the licence in hand (docs/licenses.md).
 */
export async function verifyLicense(ctx: AppContext, typedCode: string) {
  const code = normalizeVerificationCode(typedCode);
  if (!code) throw notFound();
  const license = await store.findLicenseByCode(ctx.db, code);
  if (!license) throw notFound();
  const [{ key, valid }, renewals] = await Promise.all([
    checkedSignature(ctx.db, license),
    store.listRenewals(ctx.db, license),
  ]);
  const { id: _id, ...shown } = common(ctx, license, renewals);
  return {
    ...shown,
    holderName: maskHolderName(license.holderName, license.holderKind),
    signatureValid: valid,
    signature: {
      algorithm: SIGNATURE_ALGORITHM,
      userId: SM2_USER_ID,
      keyId: license.keyId,
      keySequence: key?.sequence ?? null,
      publicKey: key?.publicKey ?? null,
      publicKeyPem: key ? publicKeyPem(key.publicKey) : null,
      publicKeyFingerprint: key?.fingerprint ?? null,
      signedAt: license.signedAt.toISOString(),
    },
    checkedAt: ctx.clock.now().toISOString(),
  };
}

/**
 * `GET /api/licenses/:id`: the license as printed, for staff of its region: the holder's name whole,
 * the signed text and the signature value (printed, so the holder can have it checked anywhere).
 */
export async function getLicenseForPrint(ctx: AppContext, actor: StaffActor, id: string) {
  assertCan(actor, 'licenses.read');
  const license = await store.findLicense(ctx.db, id, actor);
  if (!license) throw new AppError('LICENSE_NOT_FOUND', '未找到该电子证照');
  const [{ fields, key, valid }, renewals] = await Promise.all([
    checkedSignature(ctx.db, license),
    store.listRenewals(ctx.db, license),
  ]);
  return {
    ...common(ctx, license, renewals),
    holderName: license.holderName,
    signatureValid: valid,
    signature: {
      algorithm: SIGNATURE_ALGORITHM,
      userId: SM2_USER_ID,
      keyId: license.keyId,
      keySequence: key?.sequence ?? null,
      publicKey: key?.publicKey ?? null,
      publicKeyPem: key ? publicKeyPem(key.publicKey) : null,
      publicKeyFingerprint: key?.fingerprint ?? null,
      signedAt: license.signedAt.toISOString(),
      value: license.signature,
      signedText: canonicalJson(fields),
    },
    verificationPath: `/verify/${license.verificationCode}`,
  };
}
