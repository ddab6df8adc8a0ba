import type { Executor } from '../../db/connection.ts';
import type { AppContext } from '../../platform/context.ts';
import { isWithinRegion, regionLineage } from '../../platform/policy.ts';
import { listCenterRegionCodes } from '../org/index.ts';

/** The national chain: where applicant records go when the deployment's centers share no region. */
export const NATIONAL_REGION = '000000000000';

const resolved = new WeakMap<AppContext, string>();

/**
 * The region whose audit admin sees applicant sign-ins and 实名 changes. Applicant accounts belong to
 * no region of their own; the deployment that serves them does: `ONEWINDOW_APPLICANT_REGION`, else the
 * lowest region that holds every center (a county's deployment: the county), else the national chain.
 */
export async function applicantAuditRegion(ctx: AppContext, db: Executor): Promise<string> {
  if (ctx.config.applicantRegionCode) return ctx.config.applicantRegionCode;
  const known = resolved.get(ctx);
  if (known) return known;
  const codes = await listCenterRegionCodes(db);
  if (codes.length === 0) return NATIONAL_REGION;
  const common = regionLineage(codes[0]!).find((scope) => codes.every((code) => isWithinRegion(code, scope)));
  if (!common) return NATIONAL_REGION;
  // Only a found region is kept: centers created after start are read again until there is one.
  resolved.set(ctx, common);
  return common;
}
