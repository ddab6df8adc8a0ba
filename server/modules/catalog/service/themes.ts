import { eq } from 'drizzle-orm';
import { themes } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { assertCan, assertOwnsRegionData, regionAtLevel, type StaffActor } from '../../../platform/policy.ts';
import { transact } from '../../../platform/transaction.ts';
import { recordCatalogChange, type WriteMeta } from './revisions.ts';

export interface ThemeInput {
  code: string;
  name: string;
  audience: 'natural_person' | 'legal_person';
  description: string;
  sortOrder: number;
}

/** Creates or renames a theme (主题). The theme row stays locked until commit. */
export async function saveTheme(ctx: AppContext, actor: StaffActor, theme: ThemeInput, meta: WriteMeta) {
  assertCan(actor, 'catalog.manage');
  // Themes are shared by the whole county: its admins (or those above) change them, not a township's.
  assertOwnsRegionData(
    actor,
    regionAtLevel(actor.regionCode, 'county'),
    '主题为全县共用，只能由县级及以上管理员维护',
  );
  return transact(
    ctx,
    async (tx) => {
      const [before] = await tx.select().from(themes).where(eq(themes.code, theme.code)).for('update');
      await tx.insert(themes).values(theme).onConflictDoUpdate({ target: themes.code, set: theme });
      recordCatalogChange(tx, ctx, actor, meta, {
        action: 'catalog.theme.saved',
        targetType: 'theme',
        targetId: theme.code,
        regionCode: actor.regionCode,
        before: before ?? null,
        after: theme,
        summary: `${before ? '修改' : '新增'}主题「${theme.name}」`,
        payload: { code: theme.code },
      });
      return theme;
    },
    meta.idempotency,
  );
}
