import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import * as store from './store.ts';

export * from './service/regions.ts';
export * from './service/centers.ts';
export * from './service/halls.ts';
export * from './service/windows.ts';
export * from './service/departments.ts';
export * from './service/staff.ts';
export type { WriteMeta } from './service/shared.ts';

/** The public face of a center: its halls, zones by floor and the windows in each zone. */
export async function getCenterLayout(ctx: AppContext, centerId: string) {
  const center = await store.findCenterById(ctx.db, centerId);
  if (!center) throw new AppError('NOT_FOUND', '未找到该服务中心');
  const [halls, zones, windows] = await Promise.all([
    store.listHalls(ctx.db, centerId),
    store.listZonesOfCenter(ctx.db, centerId),
    store.listWindowsOfCenter(ctx.db, centerId),
  ]);
  const byNumber = (a: { number: string }, b: { number: string }) =>
    a.number.localeCompare(b.number, 'zh-CN', { numeric: true });
  return {
    center,
    halls,
    zones: zones.map((zone) => ({
      ...zone,
      windows: windows
        .filter((window) => window.zoneId === zone.id)
        .sort(byNumber)
        .map(({ zoneId: _zoneId, ...window }) => window),
    })),
  };
}
