import { describe, expect, it } from 'vitest';
import { formatHallDateTime, hallDayRange } from './format.ts';

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
