import type { Center, CenterKind, StationingMode, WindowKind, Zone } from './api/org-api.ts';

export function centerKindLabel(kind: CenterKind): string {
  switch (kind) {
    case 'government_service_center':
      return '政务服务中心';
    case 'convenience_center':
      return '便民服务中心';
    case 'agency_point':
      return '便民服务站';
    default: {
      const unknown: never = kind;
      return String(unknown);
    }
  }
}

export function windowKindLabel(kind: WindowKind): string {
  switch (kind) {
    case 'general':
      return '综合窗口';
    case 'specialized':
      return '专业窗口';
    default: {
      const unknown: never = kind;
      return String(unknown);
    }
  }
}

export function stationingModeLabel(mode: StationingMode): string {
  switch (mode) {
    case 'whole_unit':
      return '整体进驻';
    case 'approval_office':
      return '审批科室进驻';
    case 'key_staff':
      return '首席代表进驻';
    case 'general_window':
      return '综合窗口代收';
    default: {
      const unknown: never = mode;
      return String(unknown);
    }
  }
}

export { regionLevelLabel, STATIONING_MODES } from '../../../../domain/org/index.ts';

export function stationingModeColor(mode: StationingMode): string {
  switch (mode) {
    case 'whole_unit':
      return 'blue';
    case 'approval_office':
      return 'cyan';
    case 'key_staff':
      return 'geekblue';
    case 'general_window':
      return 'default';
    default: {
      const unknown: never = mode;
      return String(unknown);
    }
  }
}

/** “1楼”, and “地下1层” for basements. */
export function floorLabel(floor: number): string {
  return floor > 0 ? `${floor}楼` : `地下${Math.max(1, -floor)}层`;
}

/**
 * The window numbers of a zone as people read them on the signs: runs of consecutive numbers
 * joined with an en dash, “1–6、9号窗口”; non-numeric numbers (A1) are listed as they are.
 */
export function describeWindowNumbers(numbers: readonly string[]): string {
  if (numbers.length === 0) return '暂无窗口';
  const numeric = numbers
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .sort((a, b) => a - b);
  const other = numbers.filter((n) => !/^\d+$/.test(n));
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const close = () => {
    if (start === undefined || previous === undefined) return;
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const n of numeric) {
    if (previous !== undefined && n === previous) continue;
    if (previous === undefined || n !== previous + 1) {
      close();
      start = n;
    }
    previous = n;
  }
  close();
  return `${[...parts, ...other].join('、')}号窗口`;
}

/** Zones grouped by floor, floors ascending, zones in the server's order within a floor. */
export function groupZonesByFloor(zones: readonly Zone[]): { floor: number; zones: Zone[] }[] {
  const floors = new Map<number, Zone[]>();
  for (const zone of zones) {
    const list = floors.get(zone.floor) ?? [];
    list.push(zone);
    floors.set(zone.floor, list);
  }
  return [...floors.entries()].sort(([a], [b]) => a - b).map(([floor, list]) => ({ floor, zones: list }));
}

/** The county center first (the one the portal presents), then by kind and region code. */
export function sortCenters(centers: readonly Center[]): Center[] {
  const rank: Record<CenterKind, number> = {
    government_service_center: 0,
    convenience_center: 1,
    agency_point: 2,
  };
  return [...centers].sort((a, b) => rank[a.kind] - rank[b.kind] || a.regionCode.localeCompare(b.regionCode));
}

/** The center the public portal is about: the first 政务服务中心, else whatever comes first. */
export function pickMainCenter(centers: readonly Center[]): Center | undefined {
  return sortCenters(centers)[0];
}
