import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../../../db/connection.ts';
import { recordChange, type AuditActor } from '../../../platform/audit.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { assertCan } from '../../../platform/policy.ts';
import { auditContextOf, transact, type IdempotencyKey } from '../../../platform/transaction.ts';
import { findCenterInScope } from '../../org/index.ts';
import { generateSigningKeyPair, publicKeyFingerprint } from '../signing.ts';
import * as store from '../store.ts';
import type { LicenseKeyRow } from '../store.ts';

/*
 * A center's SM2 keys. The first is made on the center's first issue, inside that transaction; two
 * first issues at once insert the same sequence and the unique key keeps one (the other reads it).
 * Rotation adds the next sequence; older keys stay, so what they signed still verifies.
 */

export interface SigningKey {
  row: LicenseKeyRow;
  privateKey: string;
}

async function insertNextKey(
  tx: Tx,
  ctx: AppContext,
  actor: AuditActor,
  center: { regionCode: string; id: string },
  sequence: number,
): Promise<boolean> {
  const pair = generateSigningKeyPair();
  const id = uuidv7();
  const fingerprint = publicKeyFingerprint(pair.publicKey);
  const inserted = await store.insertKeyIfAbsent(tx, {
    regionCode: center.regionCode,
    id,
    centerId: center.id,
    sequence,
    publicKey: pair.publicKey,
    privateKeyEncrypted: ctx.personalData.encrypt(pair.privateKey),
    fingerprint,
    createdAt: ctx.clock.now(),
  });
  if (inserted) {
    recordChange(tx, auditContextOf(ctx), {
      actor,
      action: 'license.key.created',
      targetType: 'license_key',
      targetId: id,
      regionCode: center.regionCode,
      after: { centerId: center.id, sequence, fingerprint },
      summary: `生成电子证照签名密钥（第 ${sequence} 把，指纹 ${fingerprint.slice(0, 16)}）`,
      event: { topic: 'license.key.created', payload: { keyId: id, centerId: center.id } },
    });
  }
  return inserted;
}

/** The center's signing key, made now if it has none; the private key decrypted for this use only. */
export async function ensureSigningKey(
  tx: Tx,
  ctx: AppContext,
  actor: AuditActor,
  center: { regionCode: string; id: string },
): Promise<SigningKey> {
  let row = await store.findSigningKey(tx, center.id);
  if (!row) {
    await insertNextKey(tx, ctx, actor, center, 1);
    row = await store.findSigningKey(tx, center.id);
  }
  if (!row) throw new Error(`no signing key for center ${center.id}`);
  return { row, privateKey: ctx.personalData.decrypt(row.privateKeyEncrypted) };
}

export interface KeySummary {
  id: string;
  sequence: number;
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  isSigning: boolean;
}

function presentKeys(rows: LicenseKeyRow[]): KeySummary[] {
  const newest = rows.at(-1)?.sequence;
  return rows.map((row) => ({
    id: row.id,
    sequence: row.sequence,
    publicKey: row.publicKey,
    fingerprint: row.fingerprint,
    createdAt: row.createdAt.toISOString(),
    isSigning: row.sequence === newest,
  }));
}

async function centerInScope(ctx: AppContext, actor: StaffActor, centerId: string) {
  const center = await findCenterInScope(ctx.db, actor, centerId);
  if (!center) throw new AppError('NOT_FOUND', '未找到该服务中心');
  return center;
}

export async function listCenterKeys(ctx: AppContext, actor: StaffActor, centerId: string) {
  assertCan(actor, 'licenses.keys');
  const center = await centerInScope(ctx, actor, centerId);
  return { keys: presentKeys(await store.listKeysOfCenter(ctx.db, center.id)) };
}

/**
 * A new signing key for the center (after a suspected leak, or on schedule). New licenses and
 * renewals are signed with it; licenses signed before keep verifying with their own key.
 */
export async function rotateCenterKey(
  ctx: AppContext,
  actor: StaffActor,
  centerId: string,
  input: { replacesKeyId: string | null },
  meta: { clientAddress: string | null; idempotency?: IdempotencyKey | null },
) {
  assertCan(actor, 'licenses.keys');
  const center = await centerInScope(ctx, actor, centerId);
  const rotatedMeanwhile = () =>
    new AppError('LICENSE_KEY_ROTATED_CONCURRENTLY', '该中心的签名密钥刚被他人更换，请刷新后查看');
  return transact(
    ctx,
    async (tx) => {
      // The admin replaces the key they saw: a rotation by someone else meanwhile is a 409, and
      // a concurrent one inserting the same sequence finds it taken (the unique key) and is a 409 too.
      const current = await store.findSigningKey(tx, center.id);
      if ((current?.id ?? null) !== input.replacesKeyId) throw rotatedMeanwhile();
      const inserted = await insertNextKey(tx, ctx, actor, center, (current?.sequence ?? 0) + 1);
      if (!inserted) throw rotatedMeanwhile();
      return { keys: presentKeys(await store.listKeysOfCenter(tx, center.id)) };
    },
    meta.idempotency,
    { status: 201 },
  );
}
