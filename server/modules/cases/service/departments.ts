import type { Executor } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { listDepartments } from '../../org/index.ts';

/** A department's name, or 404 for an unknown one. */
export async function departmentName(ctx: AppContext, id: string, db: Executor = ctx.db): Promise<string> {
  const department = (await listDepartments(db)).find((d) => d.id === id);
  if (!department) throw new AppError('NOT_FOUND', '未找到该部门');
  return department.name;
}
