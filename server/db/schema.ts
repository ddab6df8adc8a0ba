/*
 * Every table, for the database connection, migrations (drizzle-kit) and tests. Each table is defined
 * by the module that owns it; a module uses its own tables and reaches others' data through their
 * module's exported functions (lint enforces this, see eslint.config.js).
 */
export * from '../platform/schema.ts';
export * from '../modules/org/schema.ts';
export * from '../modules/catalog/schema.ts';
export * from '../modules/calendar/schema.ts';
export * from '../modules/devices/schema.ts';
export * from '../modules/applicant-auth/schema.ts';
export * from '../modules/cases/schema.ts';
export * from '../modules/delivery/schema.ts';
export * from '../modules/licenses/schema.ts';
