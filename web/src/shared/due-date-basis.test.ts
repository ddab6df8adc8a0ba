import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NATIONAL_HOLIDAY_YEARS } from '../../../domain/calendar/index.ts';
import { buildCalendarWithProvisionalYears } from '../../../domain/calendar/statutory.ts';
import { evaluateCaseClock } from '../../../domain/clock/case-clock.ts';
import type { CaseClockInput } from '../../../domain/clock/types.ts';
import { DueDateBasisView } from './due-date-basis.tsx';
import { timeLeftTooltip } from './time-left-badge.tsx';

const calendar = buildCalendarWithProvisionalYears({ years: NATIONAL_HOLIDAY_YEARS });
const input = (acceptedOn: string, limitDays: number): CaseClockInput => ({
  calendar,
  handlingKind: 'promised',
  limitDays,
  acceptedAt: `${acceptedOn}T09:00:00+08:00`,
  events: [],
  now: `${acceptedOn}T10:00:00+08:00`,
});

describe('the due-date badge and 计算依据', () => {
  it('says in the tooltip why a 2027 due date is provisional', () => {
    const clock = evaluateCaseClock(input('2026-12-15', 20));
    expect(clock.explanation).toBe('剩余 20 个工作日（暂定）');
    expect(timeLeftTooltip(clock)).toBe(
      '办理期限：2027-01-13 当日结束（受理当日不计）。2027年放假安排尚未发布，按法定节假日暂算，发布后自动重算',
    );
    expect(timeLeftTooltip(evaluateCaseClock(input('2026-09-18', 20)))).toBe(
      '办理期限：2026-10-22 当日结束（受理当日不计）',
    );
  });

  it('renders every row with Chinese labels, and the 暂定 warning', () => {
    const html = renderToStaticMarkup(createElement(DueDateBasisView, { input: input('2026-12-15', 20) }));
    for (const text of [
      '计算依据',
      '受理日期',
      '2026-12-15（星期二，受理当日不计）',
      '跳过节假日',
      '2027-01-01 元旦（暂定）',
      '办结期限为暂定',
      '2027-01-13 当日结束',
    ]) {
      expect(html).toContain(text);
    }
    const plain = renderToStaticMarkup(createElement(DueDateBasisView, { input: input('2026-09-18', 20) }));
    expect(plain).not.toContain('暂定');
    expect(plain).toContain('2026-10-22 当日结束');
  });
});
