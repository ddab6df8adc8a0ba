import { Type } from 'typebox';
import { CENTER_KINDS, STATIONING_MODES, WINDOW_KINDS } from '../../../domain/org/index.ts';
import { ErrorResponse, LiteralUnion, Nullable, RegionCode } from '../../platform/http.ts';

/** A required text field: not blank, at most `maxLength` characters (trimmed by the service). */
export function Text(maxLength: number) {
  return Type.String({ minLength: 1, maxLength, pattern: '\\S' });
}

/** A consultation phone: digits with the usual separators, several numbers joined by 、 */
export const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+(][0-9+() \\-、，,转]{2,39}$' });
export const WindowNumber = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9\\-]{0,9}$',
  description: 'The number above the counter, e.g. 12 or A3',
});
export const SortOrder = Type.Integer({ minimum: 0, maximum: 9999 });
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });

export const CenterKind = LiteralUnion(CENTER_KINDS);
export const WindowKind = LiteralUnion(WINDOW_KINDS);
export const StationingMode = LiteralUnion(STATIONING_MODES);

/** Options of a PATCH body: at least one field, nothing unknown. */
export const changes = { minProperties: 1, additionalProperties: false } as const;

export const Region = Type.Object({
  code: RegionCode,
  name: Type.String(),
  level: Type.String(),
  parentCode: Nullable(Type.String()),
});

export const Center = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  name: Type.String(),
  kind: CenterKind,
  address: Type.String(),
  phone: Nullable(Type.String()),
  openingHours: Type.String(),
});

export const Hall = Type.Object({
  id: Type.String(),
  centerId: Type.String(),
  name: Type.String(),
  floorCount: Type.Integer(),
});

export const Zone = Type.Object({
  id: Type.String(),
  hallId: Type.String(),
  name: Type.String(),
  floor: Type.Integer(),
  sortOrder: Type.Integer(),
});

/** A window as the public sees it, inside its zone. */
export const PublicWindow = Type.Object({
  id: Type.String(),
  number: Type.String(),
  name: Type.String(),
  kind: WindowKind,
  departmentId: Nullable(Type.String()),
  departmentName: Nullable(Type.String()),
  isOpen: Type.Boolean(),
});

/** A window as org admins edit it: who is on duty is a staff id. */
export const Window = Type.Object({
  id: Type.String(),
  centerId: Type.String(),
  zoneId: Nullable(Type.String()),
  number: Type.String(),
  name: Type.String(),
  kind: WindowKind,
  departmentId: Nullable(Type.String()),
  isOpen: Type.Boolean(),
  onDutyStaffId: Nullable(Type.String()),
});

export const Department = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  name: Type.String(),
  shortName: Type.String(),
  stationingMode: StationingMode,
  phone: Nullable(Type.String()),
  sortOrder: Type.Integer(),
});

/** A staff member as the organisation pages need them; staff-only. */
export const OrgStaff = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  centerId: Nullable(Type.String()),
  departmentId: Nullable(Type.String()),
  isActive: Type.Boolean(),
  onDutyWindowId: Nullable(Type.String()),
});

/** The answers every organisation read may give besides success. */
export const readErrors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
};

/** The answers every organisation write may give besides success. */
export const writeErrors = { ...readErrors, 409: ErrorResponse, 422: ErrorResponse };

export const WindowItems = Type.Object({
  windowId: Type.String(),
  items: Type.Array(
    Type.Object({ id: Type.String(), implementationCode: Type.String(), name: Type.String() }),
  ),
});

export const manageAccess = { access: { kind: 'staff', permission: 'org.manage' } } as const;
