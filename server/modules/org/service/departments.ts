import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { StationingMode } from '../../../../domain/org/index.ts';
import { departments } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import { assertCan, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import * as store from '../store.ts';
import { clean, cleanOptional, presentDepartment, recordOrgChange, type WriteMeta } from './shared.ts';

const nameTaken = (regionName: string, name: string) =>
  new AppError('DEPARTMENT_NAME_TAKEN', `${regionName}已有部门「${name}」`);

interface DepartmentFields {
  name: string;
  shortName: string;
  stationingMode: StationingMode;
  phone: string | null;
  sortOrder: number;
}

/** A department of one of the caller's regions; names are unique within a region. */
export async function createDepartment(
  ctx: AppContext,
  actor: StaffActor,
  input: Omit<DepartmentFields, 'sortOrder'> & { regionCode: string; sortOrder?: number },
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const region = await store.findRegion(ctx.db, input.regionCode, actor);
  if (!region) throw new AppError('NOT_FOUND', '未找到该行政区划');
  const name = clean(input.name);
  return transact(
    ctx,
    async (tx) => {
      if (await store.findDepartmentByName(tx, region.code, name)) throw nameTaken(region.name, name);
      const sortOrder = input.sortOrder ?? (await store.nextDepartmentSortOrder(tx, region.code));
      const [row] = await withUniqueConflicts(
        () =>
          tx
            .insert(departments)
            .values({
              regionCode: region.code,
              id: uuidv7(),
              name,
              shortName: clean(input.shortName),
              stationingMode: input.stationingMode,
              phone: cleanOptional(input.phone) ?? null,
              sortOrder,
            })
            .returning(),
        { departments_name_uq: () => nameTaken(region.name, name) },
      );
      const department = presentDepartment(row!);
      recordOrgChange(tx, ctx, actor, meta, {
        action: 'org.department.created',
        targetType: 'department',
        targetId: department.id,
        regionCode: department.regionCode,
        after: department,
        summary: `新增进驻部门「${department.name}」`,
        payload: { id: department.id },
      });
      return department;
    },
    meta.idempotency,
    { status: 201 },
  );
}

export async function updateDepartment(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: Partial<DepartmentFields>,
  meta: WriteMeta,
) {
  assertCan(actor, 'org.manage');
  const name = input.name !== undefined ? clean(input.name) : undefined;
  return transact(ctx, async (tx) => {
    const department = await store.lockDepartment(tx, id, actor);
    if (!department) throw new AppError('NOT_FOUND', '未找到该部门');
    const region = (await store.findRegion(tx, department.regionCode))!;
    if (name !== undefined && (await store.findDepartmentByName(tx, department.regionCode, name, id))) {
      throw nameTaken(region.name, name);
    }
    const [row] = await withUniqueConflicts(
      () =>
        tx
          .update(departments)
          .set({
            ...(name !== undefined ? { name } : {}),
            ...(input.shortName !== undefined ? { shortName: clean(input.shortName) } : {}),
            ...(input.stationingMode !== undefined ? { stationingMode: input.stationingMode } : {}),
            ...(input.phone !== undefined ? { phone: cleanOptional(input.phone) ?? null } : {}),
            ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
          })
          .where(and(eq(departments.regionCode, department.regionCode), eq(departments.id, id)))
          .returning(),
      { departments_name_uq: () => nameTaken(region.name, name ?? department.name) },
    );
    const after = presentDepartment(row!);
    recordOrgChange(tx, ctx, actor, meta, {
      action: 'org.department.updated',
      targetType: 'department',
      targetId: id,
      regionCode: department.regionCode,
      before: presentDepartment(department),
      after,
      summary: `修改进驻部门「${after.name}」`,
      payload: { id },
    });
    return after;
  });
}
