import { describe, expect, it } from 'vitest';
import {
  formatChineseDay,
  formatHallDateTime,
  greetingFor,
  hallDayRange,
  hallTodayIsoDate,
} from './format.ts';

describe('hall time', () => {
  it('shows an instant on the Beijing clock', () => {
    expect(formatHallDateTime('2026-11-23T10:43:27.205Z')).toBe('2026-11-23 18:43:27');
    expect(formatHallDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00:00');
    expect(formatHallDateTime(null)).toBe('—');
  });

  it('turns hall-local days into instants', () => {
    expect(hallDayRange('2026-11-01', '2026-11-23')).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-23T15:59:59.999Z',
    });
  });
});

describe('hall dates', () => {
  it('names a day without its weekday', () => {
    expect(formatChineseDay('2026-11-23')).toBe('2026年11月23日');
    expect(formatChineseDay(null)).toBe('—');
  });

  it('tells today on the Beijing clock', () => {
    expect(hallTodayIsoDate(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(hallTodayIsoDate(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
  });
});

describe('the workbench greeting', () => {
  it('greets by the hall’s clock whatever the browser’s zone (tests run with TZ=UTC)', () => {
    // 08:17 in Beijing is 00:17 UTC: the browser's clock would say 夜深了.
    expect(greetingFor(new Date('2026-11-23T00:17:00Z'))).toBe('早上好');
    expect(greetingFor(new Date('2026-11-23T04:30:00Z'))).toBe('中午好');
    expect(greetingFor(new Date('2026-11-23T08:00:00Z'))).toBe('下午好');
    expect(greetingFor(new Date('2026-11-23T12:00:00Z'))).toBe('晚上好');
    expect(greetingFor(new Date('2026-11-23T18:30:00Z'))).toBe('夜深了');
  });
});
