import { describe, expect, it } from 'vitest';
import { checkItemContent, isWellFormedItemCode } from '../../../../domain/catalog/index.ts';
import { DEMO_DEPARTMENTS } from '../county.ts';
import { DEMO_ITEMS, DEMO_THEMES } from './index.ts';

// The demo catalog is plain data: these checks keep it loadable and believable without a database.

const MUST_HAVE = [
  ['企业设立登记', 'market'],
  ['不动产转移登记', 'real_estate'],
  ['居民身份证换领', 'police'],
  ['建设工程规划许可证核发', 'natural_resources'],
  ['建筑工程施工许可', 'housing'],
  ['食品经营许可', 'market'],
  ['城乡居民基本医疗保险参保登记', 'medical_security'],
  ['结婚登记', 'civil_affairs'],
] as const;

describe('demo catalog', () => {
  it('has a county-sized catalog', () => {
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(280);
    expect(DEMO_THEMES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(DEMO_ITEMS.map((i) => i.departmentKey)).size).toBeGreaterThanOrEqual(25);
  });

  it('passes the content check for every item', () => {
    const problems = DEMO_ITEMS.flatMap((i) =>
      checkItemContent(i.content).map(
        (p) => `${i.implementationCode} ${i.content.name}: ${p.path} ${p.message}`,
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('uses unique, well-formed implementation codes', () => {
    const codes = DEMO_ITEMS.map((i) => i.implementationCode);
    expect(codes.filter((code) => !isWellFormedItemCode(code))).toEqual([]);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it('names each item once per department', () => {
    const keys = DEMO_ITEMS.map((i) => `${i.departmentKey} ${i.content.name}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('refers only to departments of the demo county', () => {
    const departments = new Set(DEMO_DEPARTMENTS.map((d) => d.key));
    expect(
      DEMO_ITEMS.filter((i) => !departments.has(i.departmentKey)).map((i) => i.implementationCode),
    ).toEqual([]);
  });

  it('refers only to known themes, and every theme has at least 4 items', () => {
    const codes = DEMO_THEMES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const unknown = DEMO_ITEMS.flatMap((i) => i.content.themes.filter((t) => !codes.includes(t)));
    expect(unknown).toEqual([]);
    const thin = DEMO_THEMES.map((t) => ({
      code: t.code,
      count: DEMO_ITEMS.filter((i) => i.content.themes.includes(t.code)).length,
    })).filter((t) => t.count < 4);
    expect(thin).toEqual([]);
  });

  it('contains the items every county center offers', () => {
    const missing = MUST_HAVE.filter(
      ([name, dept]) => !DEMO_ITEMS.some((i) => i.content.name === name && i.departmentKey === dept),
    );
    expect(missing).toEqual([]);
  });

  it('ranks about a dozen hot items, 1 to n without gaps', () => {
    const ranks = DEMO_ITEMS.flatMap((i) => (i.hotRank === undefined ? [] : [i.hotRank])).sort(
      (a, b) => a - b,
    );
    expect(ranks.length).toBeGreaterThanOrEqual(10);
    expect(ranks.length).toBeLessThanOrEqual(15);
    expect(ranks).toEqual(ranks.map((_, index) => index + 1));
  });
});
