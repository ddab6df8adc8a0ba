import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { windowDepartmentProblem, type WindowKind } from '../../../../domain/org/index.ts';
import type { Executor, Tx } from '../../../db/connection.ts';
import { windows } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import { assertCan, regionLineage, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { clean, presentWindow, recordOrgChange, type WriteMeta } from './shared.ts';

type WindowRow = typeof windows.$inferSelect;
type CenterRef = { regionCode: string; id: string; name: string };

const numberTaken = (center: CenterRef, number: string) =>
  new AppError('WINDOW_NUMBER_TAKEN', `${center.name}已有 ${number} 号窗口`);

/** The zone stays locked until commit, so it cannot be deleted while a window moves in. */
async function assertZoneOfCenter(tx: Tx, actor: StaffActor, zoneId: string, center: CenterRef) {
  const found = await store.lockZone(tx, zoneId, actor);
  if (!found || found.centerId !== center.id) {
    throw new AppError('WINDOW_ZONE_INVALID', '所选功能区不属于该服务中心');
  }
  return found.zone;
}

/** A window may serve a department of its center's region or of a region above it. */
async function assertDepartmentFor(db: Executor, departmentId: string, center: CenterRef) {
  const department = await store.findDepartment(db, departmentId);
  if (!department || !regionLineage(center.regionCode).includes(department.regionCode)) {
    throw new AppError('WINDOW_DEPARTMENT_INVALID', '所选部门不能在该中心设窗口：部门应属于本区划或上级区划');
  }
  return department;
}

function assertKindAndDepartment(kind: WindowKind, departmentId: string | null): void {
  const problem = windowDepartmentProblem(kind, departmentId);
  if (problem) throw new AppError('WINDOW_DEPARTMENT_INVALID', problem);
}

/**
 * Who may be on duty at a window: an active staff member assigned to its center, at no other window.
 * The staff row stays locked until commit, so two windows cannot take the same person at once.
 */
async function assertMayBeOnDuty(tx: Tx, staffId: string, window: WindowRow) {
  const person = await store.lockStaff(tx, staffId);
  if (!person || person.centerId !== window.centerId) {
    throw new AppError('ON_DUTY_STAFF_INVALID', '值班人员须是分配到本服务中心的工作人员');
  }
  if (!person.isActive) throw new AppError('ON_DUTY_STAFF_INVALID', `${person.displayName}的账号已停用`);
  const elsewhere = (await store.listWindowsWithStaffOnDuty(tx, staffId)).find((w) => w.id !== window.id);
  if (elsewhere) {
    throw new AppError(
      'STAFF_ON_DUTY_ELSEWHERE',
      `${person.displayName}正在 ${elsewhere.number} 号窗口值班，请先从该窗口撤下`,
    );
  }
  return person;
}

export async function createWindow(
  ctx: AppContext,
  actor: StaffActor,
  centerId: string,
  input: {
    number: string;
    name: string;
    kind: WindowKind;
    zoneId: string;
    departmentId: string | null;
    isOpen?: boolean;
  },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const center = await store.findCenter(ctx.db, centerId, actor);
  if (!center) throw new AppError('NOT_FOUND', '未找到该服务中心');
  assertKindAndDepartment(input.kind, input.departmentId);
  const department = input.departmentId
    ? await assertDepartmentFor(ctx.db, input.departmentId, center)
    : null;
  const number = clean(input.number);
  return transact(
    ctx,
    async (tx) => {
      const zone = await assertZoneOfCenter(tx, actor, input.zoneId, center);
      if (await store.findWindowByNumber(tx, center, number)) throw numberTaken(center, number);
      const [row] = await withUniqueConflicts(
        () =>
          tx
            .insert(windows)
            .values({
              regionCode: center.regionCode,
              id: uuidv7(),
              centerId: center.id,
              zoneId: zone.id,
              number,
              name: clean(input.name),
              kind: input.kind,
              departmentRegionCode: department?.regionCode ?? null,
              departmentId: department?.id ?? null,
              isOpen: input.isOpen ?? true,
            })
            .returning(),
        { windows_center_number_uq: () => numberTaken(center, number) },
      );
      const window = presentWindow(row!);
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.window.created',
        targetType: 'window',
        targetId: window.id,
        regionCode: center.regionCode,
        after: window,
        summary: `在「${center.name}」${zone.name}新增 ${window.number} 号窗口「${window.name}」`,
        payload: { id: window.id, centerId: center.id },
      });
      return window;
    },
    meta.idempotency,
    { status: 201 },
  );
}

export interface WindowChanges {
  number?: string;
  name?: string;
  kind?: WindowKind;
  zoneId?: string;
  departmentId?: string | null;
  isOpen?: boolean;
  /** The staff member now on duty; null clears the window. */
  onDutyStaffId?: string | null;
}

/** Edits a window: its number, name, kind and department, zone, open or closed, and who is on duty. */
export async function updateWindow(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: WindowChanges,
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const number = input.number !== undefined ? clean(input.number) : undefined;
  return transact(ctx, async (tx) => {
    // Every check reads the window as it is under its lock; a concurrent edit of it waits.
    const window = await store.lockWindow(tx, id, actor);
    if (!window) throw new AppError('NOT_FOUND', '未找到该窗口');
    const center = (await store.findCenter(tx, window.centerId, actor))!;
    const kind = input.kind ?? window.kind;
    const departmentId = input.departmentId !== undefined ? input.departmentId : window.departmentId;
    assertKindAndDepartment(kind, departmentId);
    const zone = input.zoneId ? await assertZoneOfCenter(tx, actor, input.zoneId, center) : null;
    const department =
      input.departmentId && input.departmentId !== window.departmentId
        ? await assertDepartmentFor(tx, input.departmentId, center)
        : null;
    if (number !== undefined && (await store.findWindowByNumber(tx, center, number, id))) {
      throw numberTaken(center, number);
    }
    const onDuty = input.onDutyStaffId ? await assertMayBeOnDuty(tx, input.onDutyStaffId, window) : null;
    const [row] = await withUniqueConflicts(
      () =>
        tx
          .update(windows)
          .set({
            ...(number !== undefined ? { number } : {}),
            ...(input.name !== undefined ? { name: clean(input.name) } : {}),
            ...(input.kind !== undefined ? { kind: input.kind } : {}),
            ...(zone ? { zoneId: zone.id } : {}),
            ...(input.departmentId !== undefined
              ? {
                  departmentId,
                  departmentRegionCode:
                    departmentId === null ? null : (department?.regionCode ?? window.departmentRegionCode),
                }
              : {}),
            ...(input.isOpen !== undefined ? { isOpen: input.isOpen } : {}),
            ...(input.onDutyStaffId !== undefined ? { onDutyStaffId: input.onDutyStaffId } : {}),
          })
          .where(and(eq(windows.regionCode, window.regionCode), eq(windows.id, id)))
          .returning(),
      { windows_center_number_uq: () => numberTaken(center, number ?? window.number) },
    );
    const after = presentWindow(row!);
    const onlyDuty = Object.keys(input).every((key) => key === 'onDutyStaffId');
    recordOrgChange(tx, ctx, actor, meta, {
      action: onlyDuty ? 'org.window.duty_changed' : 'org.window.updated',
      targetType: 'window',
      targetId: id,
      regionCode: window.regionCode,
      before: presentWindow(window),
      after,
      summary: `「${center.name}」${window.number} 号窗口：${describeChanges(window, input, onDuty)}`,
      payload: { id, centerId: window.centerId },
    });
    return after;
  });
}

function describeChanges(
  before: WindowRow,
  input: WindowChanges,
  onDuty: { displayName: string; username: string } | null,
): string {
  const parts: string[] = [];
  if (input.number !== undefined && input.number !== before.number) parts.push(`改为 ${input.number} 号`);
  if (input.name !== undefined && input.name !== before.name) parts.push(`名称改为「${input.name}」`);
  if (input.kind !== undefined && input.kind !== before.kind)
    parts.push(input.kind === 'general' ? '改为综合窗口' : '改为专业窗口');
  if (input.departmentId !== undefined && input.departmentId !== before.departmentId)
    parts.push(input.departmentId ? '更换进驻部门' : '不再属于特定部门');
  if (input.zoneId !== undefined && input.zoneId !== before.zoneId) parts.push('调整功能区');
  if (input.isOpen !== undefined && input.isOpen !== before.isOpen)
    parts.push(input.isOpen ? '恢复开放' : '暂停服务');
  if (input.onDutyStaffId !== undefined && input.onDutyStaffId !== before.onDutyStaffId)
    parts.push(onDuty ? `值班人员改为${onDuty.displayName}（${onDuty.username}）` : '撤下值班人员');
  return parts.length > 0 ? parts.join('，') : '无变化';
}
