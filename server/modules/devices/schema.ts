import { char, foreignKey, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
// Foreign keys only: the rows are the org module's.
import { centers } from '../org/schema.ts';

/* Device tokens, owned by the devices module. */

/** Kiosks, calling screens and evaluation pads: hashed API tokens limited to a center and scopes. */
export const devices = pgTable(
  'devices',
  {
    regionCode: char('region_code', { length: 12 }).notNull(),
    id: uuid('id').notNull(),
    centerId: uuid('center_id').notNull(),
    name: text('name').notNull(),
    scopes: text('scopes').array().notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, to tell tokens apart in lists. */
    tokenPrefix: text('token_prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    unique('devices_token_hash_uq').on(t.tokenHash),
    foreignKey({ columns: [t.regionCode, t.centerId], foreignColumns: [centers.regionCode, centers.id] }),
  ],
);
