import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { applicants, centers } from '../db/schema.ts';
import type { Db } from '../db/connection.ts';
import type { StaffActor } from '../platform/policy.ts';
import { toActor } from '../platform/session.ts';
import { transact } from '../platform/transaction.ts';
import { AppError } from '../platform/errors.ts';
import type { TestApp } from './harness.ts';
import { createStaff } from './factories.ts';
import { createShipmentInTransaction, type NewShipment } from '../modules/delivery/index.ts';

/* Builders the delivery tests share: a county center, its staff, and shipments made as a release makes them. */

export async function createCenter(db: Db, regionCode: string, name = '测试县政务服务中心') {
  const id = uuidv7();
  await db.insert(centers).values({
    regionCode,
    id,
    name,
    kind: 'government_service_center',
    address: '人民路100号',
    phone: '0649-66120000',
    openingHours: '周一至周五 9:00-17:00',
  });
  return id;
}

export async function createStaffActor(
  db: Db,
  options: Parameters<typeof createStaff>[1],
): Promise<StaffActor & { username: string }> {
  const row = await createStaff(db, options);
  return toActor({ ...row, centerId: null, departmentId: null } as never) as StaffActor & {
    username: string;
  };
}

export async function applicantIdOf(db: Db, mobile: string): Promise<string> {
  const [row] = await db.select().from(applicants).where(eq(applicants.mobile, mobile));
  return row!.id;
}

export function shipmentInput(
  base: { regionCode: string; centerId: string; actor: StaffActor },
  overrides: Partial<NewShipment> = {},
): NewShipment {
  return {
    caseId: uuidv7(),
    caseNumber: `XK2026112300${Math.floor(Math.random() * 1000)}`,
    regionCode: base.regionCode,
    centerId: base.centerId,
    applicantId: null,
    recipient: {
      name: '张三',
      mobile: '13800138000',
      province: '测试省',
      city: '测试市',
      district: '测试县',
      address: '和平路1号3单元501室',
      postcode: '100000',
    },
    contents: '食品经营许可证（正本、副本各一份）',
    actor: base.actor,
    ...overrides,
  };
}

/** Creates a shipment as the cases module does: inside its own transaction. */
export function createShipment(t: TestApp, input: NewShipment) {
  const ctx = t.app.ctx;
  return transact(ctx, (tx) => createShipmentInTransaction(tx, ctx, input));
}

/** The AppError a rejected creation throws, asserted 4xx with a Chinese message. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.status).toBeGreaterThanOrEqual(400);
  expect(appError.status).toBeLessThan(500);
  expect(appError.message).toMatch(/[\u4e00-\u9fff]/);
  return appError;
}
