import { describe, expect, it } from 'vitest';
import {
  centerKindForLevel,
  checkChildRegion,
  isFloorOfHall,
  isWithinRegion,
  regionAtLevel,
  regionLevelOfCode,
  regionLineage,
  regionPrefix,
  windowDepartmentProblem,
} from './index.ts';

describe('region codes', () => {
  it('finds the county of a township or village, and leaves a county or above as it is', () => {
    expect(regionAtLevel('390522100000', 'county')).toBe('390522000000');
    expect(regionAtLevel('390522100201', 'county')).toBe('390522000000');
    expect(regionAtLevel('390522000000', 'county')).toBe('390522000000');
    expect(regionAtLevel('390500000000', 'county')).toBe('390500000000');
    expect(regionAtLevel('390522100201', 'township')).toBe('390522100000');
  });

  it('reads the level from the trailing zeros', () => {
    expect(regionLevelOfCode('390000000000')).toBe('province');
    expect(regionLevelOfCode('390500000000')).toBe('city');
    expect(regionLevelOfCode('390522000000')).toBe('county');
    expect(regionLevelOfCode('390522100000')).toBe('township');
    expect(regionLevelOfCode('390522100201')).toBe('village');
    expect(regionLevelOfCode('39052210020')).toBeNull();
    expect(regionLevelOfCode('000000000000')).toBeNull();
  });

  it('nests by prefix', () => {
    expect(regionPrefix('390522100000')).toBe('390522100');
    expect(isWithinRegion('390522100201', '390522000000')).toBe(true);
    expect(isWithinRegion('390523100201', '390522000000')).toBe(false);
    expect(regionLineage('390522100201')).toEqual([
      '390522100201',
      '390522100000',
      '390522000000',
      '390500000000',
      '390000000000',
    ]);
  });

  it('accepts a township under a county and a village under a township, nothing else', () => {
    const county = { code: '390522000000', level: 'county' as const };
    const township = { code: '390522100000', level: 'township' as const };
    expect(checkChildRegion({ code: '390522101000', level: 'township', parent: county })).toBeNull();
    expect(checkChildRegion({ code: '390522100203', level: 'village', parent: township })).toBeNull();
    expect(checkChildRegion({ code: '390522100203', level: 'village', parent: county })?.code).toBe(
      'REGION_PARENT_INVALID',
    );
    expect(checkChildRegion({ code: '390522200203', level: 'village', parent: township })?.code).toBe(
      'REGION_CODE_INVALID',
    );
    expect(checkChildRegion({ code: '390522100203', level: 'township', parent: county })?.code).toBe(
      'REGION_CODE_INVALID',
    );
    expect(checkChildRegion({ code: '390522000000', level: 'township', parent: county })?.code).toBe(
      'REGION_CODE_INVALID',
    );
  });
});

describe('centers and windows', () => {
  it('gives each level of the three-level network its kind of center', () => {
    expect(centerKindForLevel('county')).toBe('government_service_center');
    expect(centerKindForLevel('township')).toBe('convenience_center');
    expect(centerKindForLevel('village')).toBe('agency_point');
    expect(centerKindForLevel('city')).toBeNull();
  });

  it('ties specialized windows to one department and general windows to none', () => {
    expect(windowDepartmentProblem('specialized', 'd')).toBeNull();
    expect(windowDepartmentProblem('general', null)).toBeNull();
    expect(windowDepartmentProblem('specialized', null)).toMatch(/专业窗口/);
    expect(windowDepartmentProblem('general', 'd')).toMatch(/综合窗口/);
  });

  it('keeps zones on the floors of their hall', () => {
    expect(isFloorOfHall(1, 1)).toBe(true);
    expect(isFloorOfHall(0, 4)).toBe(false);
    expect(isFloorOfHall(5, 4)).toBe(false);
  });
});
