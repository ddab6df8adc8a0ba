import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ItemContent } from '../../../domain/catalog/index.ts';
import { revisionColumns } from '../../modules/catalog/service/revisions.ts';
import type { Tx } from '../connection.ts';
import { DEMO_ITEMS, DEMO_THEMES } from '../demo/catalog/index.ts';
import { demoFormFiles, DEMO_FORM_ITEMS, isDemoFormMaterial } from '../demo/catalog/forms.ts';
import type { FileStore } from '../../platform/files.ts';
import { DEMO_COUNTY_CODE, DEMO_DEPARTMENTS } from '../demo/county.ts';
import {
  centers,
  departments,
  itemForms,
  itemRevisions,
  items,
  themes,
  windowItems,
  windows,
} from '../schema.ts';

/** The day the demo county published its implementation list. */
const PUBLISHED_ON = '2025-01-01';
/** The day the hot items' promised limits were cut (减时限), giving them a history of two revisions. */
const CUT_ON = '2026-06-01';

/**
 * Inserts the demo catalog after the demo county: themes, items with their published revisions, and
 * which windows of the county center accept each item (the department's specialized windows, else the
 * general windows). With a file store, a few items get their 表格下载 (demo/catalog/forms.ts).
 */
export async function seedDemoCatalog(tx: Tx, now: Date, files?: FileStore): Promise<void> {
  await tx.insert(themes).values(DEMO_THEMES.map((theme, index) => ({ ...theme, sortOrder: index })));

  const departmentRows = await tx
    .select()
    .from(departments)
    .where(eq(departments.regionCode, DEMO_COUNTY_CODE));
  const idByName = new Map(departmentRows.map((d) => [d.name, d.id]));
  const department = (key: string) => {
    const name = DEMO_DEPARTMENTS.find((d) => d.key === key)?.name;
    const id = name ? idByName.get(name) : undefined;
    if (!id) throw new Error(`demo catalog: unknown department ${key}`);
    return { id, name: name! };
  };

  const itemRows: (typeof items.$inferInsert)[] = [];
  const revisionRows: (typeof itemRevisions.$inferInsert)[] = [];
  for (const demo of DEMO_ITEMS) {
    const id = uuidv7();
    const owner = department(demo.departmentKey);
    itemRows.push({
      regionCode: DEMO_COUNTY_CODE,
      id,
      implementationCode: demo.implementationCode,
      departmentId: owner.id,
      hotRank: demo.hotRank ?? null,
      createdAt: now,
    });
    const earlier = demo.hotRank ? slowerVersion(demo.content) : null;
    const versions = earlier ? [earlier, demo.content] : [demo.content];
    versions.forEach((content, index) => {
      const last = index === versions.length - 1;
      revisionRows.push({
        regionCode: DEMO_COUNTY_CODE,
        id: uuidv7(),
        itemId: id,
        version: index + 1,
        state: 'published',
        changeKind: index === 0 ? 'created' : 'amended',
        reason: index === 0 ? null : '压缩承诺办结时限（“减时限”改革）',
        effectiveOn: index === 0 ? PUBLISHED_ON : CUT_ON,
        effectiveUntil: last ? null : CUT_ON,
        ...revisionColumns(content, demo.implementationCode, owner.name),
        createdAt: now,
        publishedAt: now,
      });
    });
  }
  for (let i = 0; i < itemRows.length; i += 100) await tx.insert(items).values(itemRows.slice(i, i + 100));
  for (let i = 0; i < revisionRows.length; i += 100) {
    await tx.insert(itemRevisions).values(revisionRows.slice(i, i + 100));
  }
  if (files) await seedDemoForms(tx, files, itemRows, now);

  const [countyCenter] = await tx
    .select()
    .from(centers)
    .where(and(eq(centers.regionCode, DEMO_COUNTY_CODE), eq(centers.kind, 'government_service_center')));
  if (!countyCenter) return;
  const counters = await tx
    .select()
    .from(windows)
    .where(and(eq(windows.regionCode, DEMO_COUNTY_CODE), eq(windows.centerId, countyCenter.id)));
  const general = counters.filter((w) => w.kind === 'general');
  const links = itemRows.flatMap((item) => {
    const own = counters.filter((w) => w.departmentId === item.departmentId);
    return (own.length > 0 ? own : general).map((w) => ({
      regionCode: DEMO_COUNTY_CODE,
      windowId: w.id,
      itemRegionCode: DEMO_COUNTY_CODE,
      itemId: item.id!,
    }));
  });
  for (let i = 0; i < links.length; i += 500) await tx.insert(windowItems).values(links.slice(i, i + 500));
}

/** Blank forms and samples for the application forms of DEMO_FORM_ITEMS, in the file store. */
async function seedDemoForms(
  tx: Tx,
  files: FileStore,
  itemRows: (typeof items.$inferInsert)[],
  now: Date,
): Promise<void> {
  const rows: (typeof itemForms.$inferInsert)[] = [];
  for (const [index, demo] of DEMO_ITEMS.entries()) {
    if (!DEMO_FORM_ITEMS.includes(demo.content.name)) continue;
    const itemId = itemRows[index]!.id;
    for (const material of demo.content.materials.filter((m) => isDemoFormMaterial(m.name))) {
      for (const file of demoFormFiles(demo.content.name, material.name)) {
        const id = uuidv7();
        // Fresh ids: a key is never reused, so a repeated seed never overwrites another database's file.
        const storageKey = `forms/${DEMO_COUNTY_CODE}/${itemId}/${id}.pdf`;
        await files.put(storageKey, file.content, { contentType: 'application/pdf' });
        rows.push({
          regionCode: DEMO_COUNTY_CODE,
          id,
          itemId,
          materialName: material.name,
          kind: file.kind,
          fileName: file.fileName,
          contentType: 'application/pdf',
          size: file.content.length,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          storageKey,
          uploadedBy: null,
          uploadedAt: now,
        });
      }
    }
  }
  if (rows.length > 0) await tx.insert(itemForms).values(rows);
}

/** The revision before the cut: two more working days promised, within the statutory limit. */
function slowerVersion(content: ItemContent): ItemContent | null {
  if (content.promisedLimitDays === null) return null;
  const longer = Math.min(content.statutoryLimitDays, content.promisedLimitDays + 2);
  return longer === content.promisedLimitDays ? null : { ...content, promisedLimitDays: longer };
}
