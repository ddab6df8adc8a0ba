import { AppError } from './errors.ts';

/** The database error inside `error` (drivers and Drizzle wrap it), with its SQLSTATE and constraint. */
function databaseErrorOf(error: unknown): { code: string; constraint: string | null } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, constraint: typeof constraint === 'string' ? constraint : null };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** The constraint a database error (or the error it wraps) violated, for the given SQLSTATE. */
export function violatedConstraint(error: unknown, sqlState: '23505' | '23503'): string | null {
  const found = databaseErrorOf(error);
  return found?.code === sqlState ? (found.constraint ?? '') : null;
}

/**
 * Runs a statement that a concurrent writer may beat to a unique key: the constraint violation becomes
 * the same conflict the pre-check in the transaction reports, not a 500. A violation of a constraint
 * not named here still reaches the error handler, which answers it with the generic 409 `CONFLICT`.
 */
export async function withUniqueConflicts<T>(
  work: () => Promise<T>,
  conflicts: Readonly<Record<string, () => AppError>>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = violatedConstraint(error, '23505');
    const conflict = constraint !== null ? conflicts[constraint] : undefined;
    if (conflict) throw conflict();
    throw error;
  }
}

/**
 * What a database error that a concurrent writer caused means to the caller: a unique key taken
 * meanwhile, a serialization failure or a deadlock is a 409 — try again — never a 500.
 */
export function concurrencyConflictOf(error: unknown): AppError | null {
  const code = databaseErrorOf(error)?.code;
  if (code === '23505') return new AppError('CONFLICT', '该记录已被他人同时创建或修改，请刷新后重试');
  if (code === '40001' || code === '40P01') {
    return new AppError('CONFLICT', '该记录正被他人同时修改，请刷新后重试');
  }
  return null;
}
