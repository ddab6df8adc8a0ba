import type { RegionLevel } from './regions.ts';

/** The kinds of service site in the three-level network (县-镇乡-村). */
export const CENTER_KINDS = ['government_service_center', 'convenience_center', 'agency_point'] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const WINDOW_KINDS = ['general', 'specialized'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** 进驻方式 */
export const STATIONING_MODES = ['whole_unit', 'approval_office', 'key_staff', 'general_window'] as const;
export type StationingMode = (typeof STATIONING_MODES)[number];

/** One center per region, its kind fixed by the region's level; null where no center belongs. */
export function centerKindForLevel(level: RegionLevel): CenterKind | null {
  switch (level) {
    case 'county':
      return 'government_service_center';
    case 'township':
      return 'convenience_center';
    case 'village':
      return 'agency_point';
    case 'province':
    case 'city':
      return null;
    default: {
      const unknown: never = level;
      return unknown;
    }
  }
}

/**
 * A specialized window serves one stationed department; a general window (综合窗口) accepts for many
 * and belongs to none. Returns why the pair is wrong, or null.
 */
export function windowDepartmentProblem(kind: WindowKind, departmentId: string | null): string | null {
  if (kind === 'specialized' && departmentId === null) return '专业窗口须指定进驻部门';
  if (kind === 'general' && departmentId !== null) return '综合窗口不属于特定部门，进驻部门应为空';
  return null;
}

/** Whether a zone may sit on `floor` of a hall with `floorCount` floors (1 is the ground floor). */
export function isFloorOfHall(floor: number, floorCount: number): boolean {
  return Number.isInteger(floor) && floor >= 1 && floor <= floorCount;
}
