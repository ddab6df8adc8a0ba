import type { LocalDayKind } from './api/calendar-api.ts';

export function localDayKindLabel(kind: LocalDayKind): string {
  switch (kind) {
    case 'closure':
      return '停止办公';
    case 'extra_working_day':
      return '增加工作日';
    default: {
      const unknown: never = kind;
      return String(unknown);
    }
  }
}

export const LOCAL_DAY_KINDS: readonly LocalDayKind[] = ['closure', 'extra_working_day'];
