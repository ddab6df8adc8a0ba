import { and, eq } from 'drizzle-orm';
import { windows } from '../schema.ts';
import { staff } from '../../../platform/schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { assertCan, isWithinRegion, regionLineage, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { presentWindow, recordOrgChange, type WriteMeta } from './shared.ts';

type StaffRow = typeof staff.$inferSelect;

function presentAssignment(row: StaffRow, onDutyWindowId: string | null) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    centerId: row.centerId,
    departmentId: row.departmentId,
    isActive: row.isActive,
    onDutyWindowId,
  };
}

/** Staff of the caller's regions and centers, with their center, department and window on duty. */
export async function listOrgStaff(ctx: AppContext, actor: StaffActor, filter: { centerId?: string }) {
  assertCan(actor, 'org.manage');
  return store.listStaffForOrg(ctx.db, actor, filter.centerId);
}

/**
 * Sets the center and department a staff member works for. The center lies within the person's own
 * regions; the department belongs to that center's region or one above it. Leaving a center ends
 * any duty at its windows in the same transaction.
 */
export async function assignStaff(
  ctx: AppContext,
  actor: StaffActor,
  staffId: string,
  input: { centerId: string | null; departmentId: string | null },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const person = await store.findStaff(ctx.db, staffId, actor);
  if (!person) throw new AppError('NOT_FOUND', '未找到该工作人员');
  // The checks below read what does not change under a write (a person's region, the regions of
  // centers and departments); the assignment itself is made under the staff row's lock.
  const center = input.centerId ? await store.findCenter(ctx.db, input.centerId, actor) : null;
  if (input.centerId && (!center || !isWithinRegion(center.regionCode, person.regionCode))) {
    throw new AppError('STAFF_CENTER_INVALID', '只能分配到该工作人员所属辖区内的服务中心');
  }
  if (input.departmentId) {
    const department = await store.findDepartment(ctx.db, input.departmentId);
    const unitRegion = center?.regionCode ?? person.regionCode;
    if (!department || !regionLineage(unitRegion).includes(department.regionCode)) {
      throw new AppError('STAFF_DEPARTMENT_INVALID', '所选部门须属于所在服务中心的区划或其上级区划');
    }
  }
  return transact(ctx, async (tx) => {
    const locked = (await store.lockStaff(tx, staffId))!;
    const [row] = await tx
      .update(staff)
      .set({ centerId: input.centerId, departmentId: input.departmentId })
      .where(and(eq(staff.regionCode, person.regionCode), eq(staff.id, staffId)))
      .returning();
    let onDutyWindowId: string | null = null;
    for (const window of await store.listWindowsWithStaffOnDuty(tx, staffId)) {
      if (window.centerId === input.centerId) {
        onDutyWindowId = window.id;
        continue;
      }
      const [cleared] = await tx
        .update(windows)
        .set({ onDutyStaffId: null })
        .where(and(eq(windows.regionCode, window.regionCode), eq(windows.id, window.id)))
        .returning();
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.window.duty_changed',
        targetType: 'window',
        targetId: window.id,
        regionCode: window.regionCode,
        before: presentWindow(window),
        after: presentWindow(cleared!),
        summary: `${window.number} 号窗口：${person.displayName}调离本中心，撤下值班人员`,
        payload: { id: window.id, centerId: window.centerId },
      });
    }
    const after = presentAssignment(row!, onDutyWindowId);
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.staff.assigned',
      targetType: 'staff',
      targetId: staffId,
      regionCode: person.regionCode,
      before: presentAssignment(locked, null),
      after,
      summary: `调整${person.displayName}（${person.username}）的所在中心和部门${center ? `：${center.name}` : '：不属于特定中心'}`,
      payload: { id: staffId },
    });
    return after;
  });
}
