import {
  boolean,
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
  uuid,
} from 'drizzle-orm/pg-core';

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

export const staff = pgTable(
  'staff',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    centerId: uuid('center_id'),
    departmentId: uuid('department_id'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    // Sign-in looks a user up by name alone, so names are unique across the deployment.
    unique('staff_username_uq').on(t.username),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the cookie. */
    tokenHash: text('token_hash').primaryKey(),
    regionCode: char('region_code', { length: 12 }).notNull(),
    staffId: uuid('staff_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('staff_sessions_staff_idx').on(t.regionCode, t.staffId),
    foreignKey({ columns: [t.regionCode, t.staffId], foreignColumns: [staff.regionCode, staff.id] }).onDelete(
      'cascade',
    ),
  ],
);

/** The State Council's holiday schedule, one row per year; national reference data. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  offDays: date('off_days', { mode: 'string' }).array().notNull(),
  workDays: date('work_days', { mode: 'string' }).array().notNull(),
  /** The notice the schedule comes from: { notice, title, issuedOn, url, note? } */
  source: jsonb('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

/** A region's own closures (a typhoon day) and extra working days, layered on the national calendar. */
export const calendarLocalDays = pgTable(
  'calendar_local_days',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['closure', 'extra_working_day'] }).notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('calendar_local_days_region_date_uq').on(t.regionCode, t.date),
    foreignKey({ columns: [t.regionCode], foreignColumns: [regions.code] }),
  ],
);
