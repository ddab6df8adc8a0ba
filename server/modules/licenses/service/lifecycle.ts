import { v7 as uuidv7 } from 'uuid';
import { isIsoDate } from '../../../../domain/calendar/index.ts';
import {
  DEEMED_RENEWAL_REASON,
  isDeemedRenewalDue,
  isTimelyRenewalApplication,
  renewedValidUntil,
  RENEWAL_LEAD_DAYS,
} from '../../../../domain/licenses/index.ts';
import type { Tx } from '../../../db/connection.ts';
import { recordChange, type AuditActor } from '../../../platform/audit.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { auditContextOf } from '../../../platform/transaction.ts';
import { todayIn } from '../../calendar/index.ts';
import type { LicenseAction } from '../events.ts';
import * as store from '../store.ts';
import type { LicenseRow } from '../store.ts';
import { signWithCenterKey } from './sign.ts';

/*
 * What happens to a license after issue, each in the caller's transaction (the cases module's, or the
 * daily job's): revocation, renewal applications and their decisions, and the renewal deemed granted
 * when a timely application is left undecided at expiry (许可法 §50).
 */

interface Caller {
  actor: AuditActor;
  clientAddress?: string | null;
}

function record(
  tx: Tx,
  ctx: AppContext,
  caller: Caller,
  license: LicenseRow,
  entry: { action: LicenseAction; summary: string; before?: unknown; after?: unknown; payload?: object },
): void {
  recordChange(tx, auditContextOf(ctx), {
    actor: caller.actor,
    action: entry.action,
    targetType: 'license',
    targetId: license.id,
    regionCode: license.regionCode,
    before: entry.before,
    after: entry.after,
    summary: entry.summary,
    clientAddress: caller.clientAddress ?? null,
    event: { topic: entry.action, payload: { licenseId: license.id, ...entry.payload } },
  });
}

async function lockOrThrow(tx: Tx, licenseId: string): Promise<LicenseRow> {
  const license = await store.lockLicense(tx, licenseId);
  if (!license) throw new AppError('LICENSE_NOT_FOUND', '未找到该电子证照');
  return license;
}

const assertDate = (value: string, label: string) => {
  if (!isIsoDate(value)) throw new AppError('LICENSE_INVALID', `${label}不是有效日期`);
};

/** 撤销/注销: the license shows 已撤销 from now on; the reason is shown on the verification page. */
export async function revokeLicenseInTransaction(
  tx: Tx,
  ctx: AppContext,
  input: Caller & { licenseId: string; reason: string },
): Promise<{ id: string; revokedAt: string }> {
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 500) {
    throw new AppError('LICENSE_INVALID', '撤销原因不能为空，且不超过 500 字');
  }
  const license = await lockOrThrow(tx, input.licenseId);
  if (license.revokedAt) throw new AppError('LICENSE_REVOKED', '该电子证照已被撤销');
  const revokedAt = ctx.clock.now();
  await store.updateLicense(tx, license, { revokedAt, revocationReason: reason });
  const pending = await store.findPendingRenewal(tx, license);
  if (pending) {
    await store.updateRenewal(tx, pending, {
      outcome: 'denied',
      decidedOn: todayIn(ctx),
      decidedAt: revokedAt,
      reason: `证照已撤销：${reason}`,
    });
  }
  record(tx, ctx, input, license, {
    action: 'license.revoked',
    summary: `撤销电子证照 ${license.licenseNumber}`,
    after: { revokedAt, reason },
  });
  return { id: license.id, revokedAt: revokedAt.toISOString() };
}

/**
 * A renewal application (延续申请) filed by a renewal case. It is timely when filed at least 30 days
 * before the last valid day; only a timely one is deemed granted when no decision comes in time.
 */
export async function recordRenewalApplication(
  tx: Tx,
  ctx: AppContext,
  input: Caller & { licenseId: string; caseId: string; appliedOn: string },
): Promise<{ renewalId: string; isTimely: boolean; validUntil: string }> {
  assertDate(input.appliedOn, '申请日期');
  const license = await lockOrThrow(tx, input.licenseId);
  if (license.revokedAt) throw new AppError('LICENSE_REVOKED', '该电子证照已被撤销，不能申请延续');
  if (license.validUntil === null)
    throw new AppError('LICENSE_NOT_RENEWABLE', '该电子证照长期有效，无需延续');
  if (input.appliedOn > license.validUntil) {
    throw new AppError('LICENSE_NOT_RENEWABLE', '该电子证照有效期已届满，不能申请延续，请重新申请许可');
  }
  if (await store.findPendingRenewal(tx, license)) {
    throw new AppError('LICENSE_RENEWAL_PENDING', '该电子证照已有待决定的延续申请');
  }
  const id = uuidv7();
  const isTimely = isTimelyRenewalApplication(input.appliedOn, license.validUntil);
  const pendingTaken = () => new AppError('LICENSE_RENEWAL_PENDING', '该电子证照已有待决定的延续申请');
  await withUniqueConflicts(
    () =>
      store.insertRenewal(tx, {
        regionCode: license.regionCode,
        id,
        licenseId: license.id,
        caseId: input.caseId,
        appliedOn: input.appliedOn,
        isTimely,
        outcome: 'pending',
        validUntilAtApplication: license.validUntil!,
        createdAt: ctx.clock.now(),
      }),
    {
      license_renewals_pending_uq: pendingTaken,
      license_renewals_case_uq: () => new AppError('LICENSE_RENEWAL_PENDING', '该办件已登记过延续申请'),
    },
  );
  record(tx, ctx, input, license, {
    action: 'license.renewal.applied',
    summary: `登记电子证照 ${license.licenseNumber} 的延续申请（${isTimely ? `有效期届满${RENEWAL_LEAD_DAYS}日前提出` : `距届满不足${RENEWAL_LEAD_DAYS}日`}）`,
    after: { renewalId: id, caseId: input.caseId, appliedOn: input.appliedOn, isTimely },
    payload: { renewalId: id, caseId: input.caseId },
  });
  return { renewalId: id, isTimely, validUntil: license.validUntil };
}

/** The license's next period, re-signed: the renewal is part of what the signature covers. */
async function extendValidity(
  tx: Tx,
  ctx: AppContext,
  caller: Caller,
  license: LicenseRow,
  renewal: { outcome: 'granted' | 'deemed'; decidedOn: string; validUntil: string },
): Promise<void> {
  const next = {
    ...license,
    validUntil: renewal.validUntil,
    renewal: {
      outcome: renewal.outcome,
      decidedOn: renewal.decidedOn,
      previousValidUntil: license.validUntil!,
    },
  };
  const signed = await signWithCenterKey(
    tx,
    ctx,
    caller.actor,
    { regionCode: license.regionCode, id: license.centerId },
    next,
  );
  await store.updateLicense(tx, license, {
    validUntil: next.validUntil,
    renewal: next.renewal,
    ...signed,
  });
}

export type RenewalDecision = 'granted' | 'denied' | 'already_deemed';

/**
 * The renewal case's decision. Granted: the next period, by default as long as the first, or until
 * `validUntil`. Denied: the license runs out on its date. A decision after the renewal was deemed
 * granted changes nothing (the law has decided): `already_deemed`.
 */
export async function decideRenewal(
  tx: Tx,
  ctx: AppContext,
  input: Caller & {
    caseId: string;
    granted: boolean;
    decidedOn?: string;
    validUntil?: string;
    reason?: string;
  },
): Promise<{ licenseId: string; decision: RenewalDecision; validUntil: string | null }> {
  const decidedOn = input.decidedOn ?? todayIn(ctx);
  assertDate(decidedOn, '决定日期');
  const found = await store.findRenewalOfCase(tx, input.caseId);
  if (!found) throw new AppError('LICENSE_RENEWAL_NOT_FOUND', '该办件没有登记延续申请');
  const license = await lockOrThrow(tx, found.licenseId);
  // Read again under the license's lock: the daily job may have deemed it meanwhile.
  const renewal = (await store.findRenewalOfCase(tx, input.caseId))!;
  if (renewal.outcome === 'deemed') {
    return { licenseId: license.id, decision: 'already_deemed', validUntil: license.validUntil };
  }
  if (renewal.outcome !== 'pending') {
    throw new AppError('LICENSE_RENEWAL_NOT_FOUND', '该延续申请已作出决定');
  }
  if (license.revokedAt) throw new AppError('LICENSE_REVOKED', '该电子证照已被撤销');
  const reason = input.reason?.trim() || null;
  if (!input.granted) {
    await store.updateRenewal(tx, renewal, {
      outcome: 'denied',
      decidedOn,
      decidedAt: ctx.clock.now(),
      reason: reason ?? '不予延续',
    });
    record(tx, ctx, input, license, {
      action: 'license.renewal.denied',
      summary: `电子证照 ${license.licenseNumber} 不予延续，有效期至 ${license.validUntil} 届满`,
      after: { renewalId: renewal.id, decidedOn },
      payload: { renewalId: renewal.id, caseId: input.caseId },
    });
    return { licenseId: license.id, decision: 'denied', validUntil: license.validUntil };
  }
  const validUntil =
    input.validUntil ??
    renewedValidUntil({
      issuedOn: license.issuedOn,
      originalValidUntil: license.originalValidUntil ?? license.validUntil!,
      validUntil: license.validUntil!,
    });
  assertDate(validUntil, '延续后的有效期');
  if (validUntil <= license.validUntil!) {
    throw new AppError('LICENSE_INVALID', '延续后的有效期应晚于原有效期');
  }
  await extendValidity(tx, ctx, input, license, { outcome: 'granted', decidedOn, validUntil });
  await store.updateRenewal(tx, renewal, {
    outcome: 'granted',
    decidedOn,
    decidedAt: ctx.clock.now(),
    newValidUntil: validUntil,
    reason: reason ?? '准予延续',
  });
  record(tx, ctx, input, license, {
    action: 'license.renewal.granted',
    summary: `电子证照 ${license.licenseNumber} 准予延续，有效期延至 ${validUntil}`,
    before: { validUntil: license.validUntil },
    after: { validUntil, renewalId: renewal.id },
    payload: { renewalId: renewal.id, caseId: input.caseId },
  });
  return { licenseId: license.id, decision: 'granted', validUntil };
}

/**
 * 视为准予延续: a timely application with no decision once the license has expired. Runs under the
 * license's lock, so a decision arriving at the same moment either comes first (and this does
 * nothing) or finds the renewal deemed.
 */
export async function deemRenewal(tx: Tx, ctx: AppContext, licenseId: string): Promise<boolean> {
  const license = await store.lockLicense(tx, licenseId);
  if (!license || license.revokedAt || license.validUntil === null) return false;
  const renewal = await store.findPendingRenewal(tx, license);
  const today = todayIn(ctx);
  if (
    !renewal ||
    !isDeemedRenewalDue({
      isTimely: renewal.isTimely,
      outcome: renewal.outcome,
      validUntil: license.validUntil,
      today,
    })
  ) {
    return false;
  }
  const caller: Caller = { actor: { kind: 'system', name: '证照延续' } };
  const validUntil = renewedValidUntil({
    issuedOn: license.issuedOn,
    originalValidUntil: license.originalValidUntil ?? license.validUntil,
    validUntil: license.validUntil,
  });
  await extendValidity(tx, ctx, caller, license, { outcome: 'deemed', decidedOn: today, validUntil });
  await store.updateRenewal(tx, renewal, {
    outcome: 'deemed',
    decidedOn: today,
    decidedAt: ctx.clock.now(),
    newValidUntil: validUntil,
    reason: DEEMED_RENEWAL_REASON,
  });
  record(tx, ctx, caller, license, {
    action: 'license.renewal.deemed',
    summary: `电子证照 ${license.licenseNumber} 视为准予延续（行政许可法第五十条），有效期延至 ${validUntil}`,
    before: { validUntil: license.validUntil },
    after: { validUntil, renewalId: renewal.id, reason: DEEMED_RENEWAL_REASON },
    payload: { renewalId: renewal.id, caseId: renewal.caseId },
  });
  return true;
}
