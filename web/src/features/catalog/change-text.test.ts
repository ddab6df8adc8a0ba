import { describe, expect, it } from 'vitest';
import { describeContentValue, listDelta } from './change-text.ts';

describe('describeContentValue', () => {
  it('names enumerations with their Chinese labels', () => {
    expect(describeContentValue('category', 'licensing')).toBe('行政许可');
    expect(describeContentValue('channels', ['window', 'online'])).toBe('窗口办理、网上办理');
    expect(describeContentValue('onlineDepth', [1, 7])).toBe('互联网咨询、互联网电子证照反馈');
    expect(describeContentValue('exerciseLevel', 4)).toBe('县级');
  });

  it('says days, counts and yes/no in words', () => {
    expect(describeContentValue('statutoryLimitDays', 20)).toBe('20 个工作日');
    expect(describeContentValue('promisedLimitDays', null)).toBe('即办（不填天数）');
    expect(describeContentValue('commitmentBased', true)).toBe('是');
    expect(describeContentValue('faq', [{ question: 'q', answer: 'a' }])).toBe('1 项');
    expect(describeContentValue('keywords', [])).toBe('无');
  });

  it('summarises the result and the warning thresholds', () => {
    expect(describeContentValue('result', { name: '营业执照', kind: 'license', issuesELicense: true })).toBe(
      '营业执照（证照），发放电子证照',
    );
    expect(describeContentValue('warning', { daysLeft: 1, fractionLeft: 0.2 })).toBe(
      '剩余 1 个工作日或 20% 时预警',
    );
  });
});

describe('listDelta', () => {
  it('tells what a list of plain values gained and lost', () => {
    expect(listDelta('conditions', ['甲', '乙'], ['乙', '丙'])).toEqual({ added: ['丙'], removed: ['甲'] });
    expect(listDelta('channels', ['window'], ['window', 'online'])).toEqual({
      added: ['网上办理'],
      removed: [],
    });
  });

  it('leaves other values alone', () => {
    expect(listDelta('result', { name: 'a' }, { name: 'b' })).toBeNull();
    expect(listDelta('faq', [{ question: 'q', answer: 'a' }], [])).toBeNull();
  });
});
