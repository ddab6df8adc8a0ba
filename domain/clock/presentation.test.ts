import { describe, expect, it } from 'vitest';
import { CLOCK_STATUS_LABELS, clockTagColor, explainClock } from './presentation.ts';
import type { ClockStatus } from './types.ts';

describe('clockTagColor', () => {
  it.each([
    ['normal', false, 'blue'],
    ['warning', false, 'gold'],
    ['overdue', true, 'red'],
    ['paused', false, 'default'],
    ['paused', true, 'default'],
    ['concluded', false, 'green'],
    ['concluded', true, 'volcano'],
  ] as const)('%s (past due: %s) → %s', (status, isPastDue, color) => {
    expect(clockTagColor({ status, isPastDue })).toBe(color);
  });

  it('has a label for every status', () => {
    const statuses: ClockStatus[] = ['normal', 'warning', 'overdue', 'paused', 'concluded'];
    expect(statuses.map((s) => CLOCK_STATUS_LABELS[s])).toEqual([
      '正常',
      '临近到期',
      '已超期',
      '暂停计时',
      '已办结',
    ]);
  });
});

describe('explainClock', () => {
  const base = { leftDays: 0, overdueDays: 0, isPastDue: false, pauseReason: null };
  it.each([
    [{ ...base, status: 'normal', leftDays: 3 }, '剩余 3 个工作日'],
    [{ ...base, status: 'warning', leftDays: 0 }, '今日到期'],
    [{ ...base, status: 'overdue', isPastDue: true, overdueDays: 2 }, '已超期 2 个工作日'],
    [{ ...base, status: 'paused', pauseReason: 'correction' }, '补正中，暂停计时'],
    [{ ...base, status: 'paused', pauseReason: 'inspection' }, '检验检测检疫中，暂停计时'],
    [{ ...base, status: 'paused', pauseReason: 'tender_auction' }, '招标拍卖中，暂停计时'],
    [{ ...base, status: 'concluded', leftDays: 2 }, '已办结，提前 2 个工作日'],
    [{ ...base, status: 'concluded' }, '已办结，按期完成'],
    [{ ...base, status: 'concluded', isPastDue: true, overdueDays: 3 }, '已办结，超期 3 个工作日'],
  ] as const)('%o → %s', (clock, text) => {
    expect(explainClock(clock)).toBe(text);
  });
});
