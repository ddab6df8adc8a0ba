import {
  boolean,
  char,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
// Foreign keys only: the rows are the catalog module's.
import { items } from '../catalog/schema.ts';

/*
 * The service network, owned by the org module: regions, departments, centers, halls, zones, windows
 * and the items each window accepts.
 */

/*
 * Tenant-owned tables carry `region_code` (the 12-digit division code of the region the row belongs to)
 * as the first column of their primary key, so the schema can be distributed by region (Citus) without
 * rewriting queries. `regions` is a reference table shared by every tenant.
 */

export const regions = pgTable(
  'regions',
  {
    code: char('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    parentCode: char('parent_code', { length: 12 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const departments = pgTable(
  'departments',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** 进驻方式 */
    stationingMode: text('stationing_mode', {
      enum: ['whole_unit', 'approval_office', 'key_staff', 'general_window'],
    }).notNull(),
    phone: text('phone'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('departments_name_uq').on(t.regionCode, t.name),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

export const centers = pgTable(
  'centers',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', {
      enum: ['government_service_center', 'convenience_center', 'agency_point'],
    }).notNull(),
    address: text('address').notNull(),
    phone: text('phone'),
    openingHours: text('opening_hours').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('centers_region_kind_uq').on(t.regionCode, t.kind),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

export const halls = pgTable(
  'halls',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    name: text('name').notNull(),
    floorCount: smallint('floor_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
  ],
);

export const zones = pgTable(
  'zones',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    hallId: uuid('hall_id').notNull(),
    name: text('name').notNull(),
    floor: smallint('floor').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('zones_hall_name_uq').on(t.regionCode, t.hallId, t.name),
    foreignKey({ columns: [t.regionCode, t.hallId], foreignColumns: [halls.regionCode, halls.id] }),
  ],
);

export const windows = pgTable(
  'windows',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    zoneId: uuid('zone_id'),
    /** The number shown above the counter, e.g. "12". */
    number: text('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['general', 'specialized'] }).notNull(),
    /** The stationed department a specialized window serves; null for a general window. */
    departmentRegionCode: char('department_region_code', { length: 12 }),
    departmentId: uuid('department_id'),
    isOpen: boolean('is_open').notNull().default(true),
    /** The staff member on duty at this window now (a staff id of the same region); null when unstaffed. */
    onDutyStaffId: uuid('on_duty_staff_id'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('windows_center_number_uq').on(t.regionCode, t.centerId, t.number),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
    foreignKey({ columns: [t.regionCode, t.zoneId], foreignColumns: [zones.regionCode, zones.id] }),
    foreignKey({
      columns: [t.departmentRegionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** The items a window accepts (一窗受理: a general window accepts many departments' items). */
export const windowItems = pgTable(
  'window_items',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    windowId: uuid('window_id').notNull(),
    itemRegionCode: char('item_region_code', { length: 12 }).notNull(),
    itemId: uuid('item_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.windowId, t.itemRegionCode, t.itemId] }),
    index('window_items_item_idx').on(t.itemRegionCode, t.itemId),
    foreignKey({
      columns: [t.regionCode, t.windowId],
      foreignColumns: [windows.regionCode, windows.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.itemRegionCode, t.itemId], foreignColumns: [items.regionCode, items.id] }),
  ],
);
