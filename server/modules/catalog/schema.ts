import { sql } from 'drizzle-orm';
import {
  char,
  date,
  jsonb,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CATEGORIES, type Subject } from '../../../domain/catalog/item-content.ts';
import { HANDLING_KINDS } from '../../../domain/clock/types.ts';
// Foreign keys only: the rows are the org module's.
import { departments } from '../org/schema.ts';

/*
 * The service catalog, owned by the catalog module: themes, items and their revisions.
 */

/** 主题服务: life events and business stages the portal groups items by. A reference table. */
export const themes = pgTable('themes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  audience: text('audience', { enum: ['natural_person', 'legal_person'] }).notNull(),
  description: text('description').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/**
 * A service item in a region's implementation list (实施清单). What the item says lives in its
 * revisions; the item row holds only what does not change between revisions.
 */
export const items = pgTable(
  'items',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    /** 实施编码: opaque, unique across the deployment. */
    implementationCode: text('implementation_code').notNull(),
    departmentId: uuid('department_id').notNull(),
    /** 热门事项 order on the portal (1 first); null when not featured. */
    hotRank: integer('hot_rank'),
    /** The item this one was delegated (下放) from, in the region above. */
    delegatedFromRegionCode: char('delegated_from_region_code', { length: 12 }),
    delegatedFromItemId: uuid('delegated_from_item_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Bumped by every change to the item or its revisions: a stale editor's save is refused (409). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // Public links (guides, QR codes) name an item by id alone.
    uniqueIndex('items_id_uq').on(t.id),
    unique('items_implementation_code_uq').on(t.implementationCode),
    foreignKey({
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/**
 * One version of an item (动态调整). A draft is edited freely; publishing fixes it with an effective date
 * and ends the previous published revision's period on that date (superseded). A revision is in force
 * on day D when effective_on <= D < effective_until. Abolishing and delegating are published revisions
 * too, so the list of revisions is the item's whole history; a case keeps the revision it was accepted
 * under. Search columns repeat parts of `content` so lists need not unpack it.
 */
export const itemRevisions = pgTable(
  'item_revisions',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    version: integer('version').notNull(),
    state: text('state', { enum: ['draft', 'published'] }).notNull(),
    changeKind: text('change_kind', { enum: ['created', 'amended', 'abolished', 'delegated'] }).notNull(),
    reason: text('reason'),
    effectiveOn: date('effective_on', { mode: 'string' }),
    effectiveUntil: date('effective_until', { mode: 'string' }),
    content: jsonb('content').notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    subjects: text('subjects').array().$type<Subject[]>().notNull(),
    themes: text('themes').array().notNull(),
    /** Lower-cased name, keywords and codes: what search-as-you-type matches. */
    searchText: text('search_text').notNull(),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** What a search result shows, so lists never unpack `content`. */
    handlingKind: text('handling_kind', { enum: HANDLING_KINDS }).notNull().default('promised'),
    statutoryLimitDays: integer('statutory_limit_days').notNull().default(0),
    promisedLimitDays: integer('promised_limit_days'),
    visitsRequired: smallint('visits_required').notNull().default(0),
    onlineDepth: smallint('online_depth')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** For a delegation: the region and item that implement it from the effective date. */
    delegatedToRegionCode: char('delegated_to_region_code', { length: 12 }),
    delegatedToItemId: uuid('delegated_to_item_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('item_revisions_version_uq').on(t.regionCode, t.itemId, t.version),
    uniqueIndex('item_revisions_one_draft_uq')
      .on(t.regionCode, t.itemId)
      .where(sql`${t.state} = 'draft'`),
    foreignKey({ columns: [t.regionCode, t.itemId], foreignColumns: [items.regionCode, items.id] }),
  ],
);

/**
 * 表格下载: a blank form (空白表格) or a filled-in sample (填写样例) for one material of an item. The
 * material is named as in the item's content (materials[].name); the bytes live in the file store
 * under `storage_key`, the row says what they are.
 */
export const itemForms = pgTable(
  'item_forms',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    itemId: uuid('item_id').notNull(),
    materialName: text('material_name').notNull(),
    kind: text('kind', { enum: ['blank', 'sample'] }).notNull(),
    /** As uploaded and as downloaded (Chinese). */
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // Public download links name a form by id alone.
    uniqueIndex('item_forms_id_uq').on(t.id),
    index('item_forms_item_idx').on(t.regionCode, t.itemId),
    foreignKey({ columns: [t.regionCode, t.itemId], foreignColumns: [items.regionCode, items.id] }),
  ],
);
