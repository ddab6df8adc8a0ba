import { aliasedTable, eq, isNull, notExists, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import type { AppContext } from '../../platform/context.ts';
import { regions } from '../org/schema.ts';

/** The national chain: where applicant records go when the deployment serves no single region. */
export const NATIONAL_REGION = '000000000000';

const resolved = new WeakMap<AppContext, string>();

/**
 * The region whose audit admin sees applicant sign-ins and 实名 changes: the deployment's region
 * (`ONEWINDOW_APPLICANT_REGION`), else the one region at the top of the service network (a county's
 * deployment), else the national chain. Applicant accounts belong to no region of their own; the
 * center that serves them does.
 */
export async function applicantAuditRegion(ctx: AppContext, db: Executor): Promise<string> {
  if (ctx.config.applicantRegionCode) return ctx.config.applicantRegionCode;
  const known = resolved.get(ctx);
  if (known) return known;
  const parent = aliasedTable(regions, 'parent');
  const rows = await db
    .select({ code: regions.code })
    .from(regions)
    .where(
      or(
        isNull(regions.parentCode),
        notExists(
          db
            .select({ one: sql`1` })
            .from(parent)
            .where(eq(parent.code, regions.parentCode)),
        ),
      ),
    )
    .limit(2);
  if (rows.length !== 1) return NATIONAL_REGION;
  // Only a found region is kept: a database seeded after start is read again.
  resolved.set(ctx, rows[0]!.code);
  return rows[0]!.code;
}
