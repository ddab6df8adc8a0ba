/**
 * 12-digit administrative division codes (GB/T 2260 and the statistical codes below it). Codes nest by
 * prefix: 2 province, 2 city, 2 county, 3 township and 3 village digits, the unused tail filled with 0.
 * The one place that knows this layout; the server's scope checks and the admin forms both use it.
 */

/** Administrative levels, top down. */
export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** How many leading digits are significant at each level above the village. */
const REGION_LEVEL_DIGITS = [2, 4, 6, 9] as const;

/** The significant prefix of a code: a county's six digits cover every township and village below it. */
export function regionPrefix(code: string): string {
  for (const length of REGION_LEVEL_DIGITS) {
    if (/^0+$/.test(code.slice(length))) return code.slice(0, length);
  }
  return code;
}

/** A region and every region above it, nearest first (e.g. village, township, county, city, province). */
export function regionLineage(code: string): string[] {
  const ancestors = [...REGION_LEVEL_DIGITS].reverse().map((length) => code.slice(0, length).padEnd(12, '0'));
  return [...new Set([code, ...ancestors])];
}

/**
 * The region at `level` that contains `code`, or `code` itself when it is already at that level or
 * above (the county of a township; a province stays a province).
 */
export function regionAtLevel(code: string, level: 'province' | 'city' | 'county' | 'township'): string {
  const length = REGION_LEVEL_DIGITS[REGION_LEVELS.indexOf(level)]!;
  return regionPrefix(code).length <= length ? code : code.slice(0, length).padEnd(12, '0');
}

/** Whether a region lies in the subtree of `scope` (itself included). */
export function isWithinRegion(code: string, scope: string): boolean {
  return code.startsWith(regionPrefix(scope));
}

const LEVEL_BY_PREFIX_LENGTH: Readonly<Record<number, RegionLevel>> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'township',
  12: 'village',
};

/** The level a well-formed code denotes by its trailing zeros; null for anything but 12 digits. */
export function regionLevelOfCode(code: string): RegionLevel | null {
  if (!/^\d{12}$/.test(code) || /^0{2}/.test(code)) return null;
  return LEVEL_BY_PREFIX_LENGTH[regionPrefix(code).length] ?? null;
}

export function regionLevelLabel(level: RegionLevel): string {
  switch (level) {
    case 'province':
      return '省';
    case 'city':
      return '市';
    case 'county':
      return '县（区）';
    case 'township':
      return '镇（乡、街道）';
    case 'village':
      return '村（社区）';
    default: {
      const unknown: never = level;
      return String(unknown);
    }
  }
}

/** The levels an admin may add below an existing region, and the level each must sit under. */
export const CHILD_REGION_PARENT: Readonly<Record<'township' | 'village', RegionLevel>> = {
  township: 'county',
  village: 'township',
};

export interface RegionProblem {
  code: 'REGION_CODE_INVALID' | 'REGION_PARENT_INVALID';
  message: string;
}

/**
 * Why a new township or village region may not be added under `parent`, or null when it may: the
 * parent must be one level up, and the code must denote the stated level and nest under the parent.
 */
export function checkChildRegion(input: {
  code: string;
  level: 'township' | 'village';
  parent: { code: string; level: RegionLevel };
}): RegionProblem | null {
  const { code, level, parent } = input;
  const parentLevel = CHILD_REGION_PARENT[level];
  if (parent.level !== parentLevel) {
    return {
      code: 'REGION_PARENT_INVALID',
      message: `${regionLevelLabel(level)}只能设在${regionLevelLabel(parentLevel)}之下`,
    };
  }
  const prefix = regionPrefix(parent.code);
  if (!code.startsWith(prefix) || code === parent.code) {
    return {
      code: 'REGION_CODE_INVALID',
      message: `代码 ${code} 不在上级区划之下：应以 ${prefix} 开头`,
    };
  }
  if (regionLevelOfCode(code) !== level) {
    return {
      code: 'REGION_CODE_INVALID',
      message:
        level === 'township'
          ? `代码 ${code} 不是镇（乡、街道）级代码：第7–9位为非零序号，后3位为0`
          : `代码 ${code} 不是村（社区）级代码：后3位为非零序号`,
    };
  }
  return null;
}
