import { describe, expect, it } from 'vitest';
import { isFullyOnline, timeLimitText, upcomingChangeText, visitsText } from './labels.ts';

describe('what a result says', () => {
  it('tells the time limit', () => {
    expect(timeLimitText({ handlingKind: 'immediate', promisedLimitDays: null })).toBe('即办');
    expect(timeLimitText({ handlingKind: 'promised', promisedLimitDays: 5 })).toBe('承诺 5 个工作日');
  });

  it('tells how often one must go', () => {
    expect(visitsText(0)).toBe('零跑动');
    expect(visitsText(1)).toBe('最多跑一次');
    expect(visitsText(2)).toBe('最多跑两次');
  });

  it('calls an item 全程网办 only when the e-license comes back online', () => {
    expect(isFullyOnline([1, 2, 3, 4, 5, 6, 7])).toBe(true);
    expect(isFullyOnline([1, 2, 3, 4, 5, 6])).toBe(false);
  });

  it('warns of a coming change', () => {
    expect(upcomingChangeText('abolished', '2026年12月1日')).toBe('本事项将于2026年12月1日起取消');
    expect(upcomingChangeText('amended', '2026年12月1日')).toBe('本事项将于2026年12月1日起调整');
  });
});
