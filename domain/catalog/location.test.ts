import { describe, expect, it } from 'vitest';
import { locationNote, windowNumbersNamed } from './location.ts';

describe('the written location of a guide', () => {
  it('names the window numbers it mentions, ranges expanded', () => {
    expect(windowNumbersNamed('栖云县政务服务中心三楼商事登记区29—30号窗口；工作日 8:30-12:00')).toEqual([
      '29',
      '30',
    ]);
    expect(windowNumbersNamed('一楼社会事务区1—2号综合受理窗口')).toEqual(['1', '2']);
    expect(windowNumbersNamed('三楼33号涉企经营许可综合受理窗口')).toEqual(['33']);
    expect(windowNumbersNamed('劳动人事争议仲裁院（政务服务中心一楼4号窗口受理）')).toEqual(['4']);
    expect(windowNumbersNamed('户籍所在地便民服务中心农业农村综合窗口；工作日 8:30-12:00')).toEqual([]);
  });

  it('keeps, as a note, everything but the numbers, which only the accepting windows give', () => {
    const note = locationNote('栖云县政务服务中心三楼商事登记区29—30号窗口；工作日 8:30-12:00、14:00-17:30');
    expect(note).toBe('栖云县政务服务中心三楼商事登记区窗口；工作日 8:30-12:00、14:00-17:30');
    expect(windowNumbersNamed(note!)).toEqual([]);
    expect(locationNote('一楼社会事务区1—2号综合受理窗口')).toBe('一楼社会事务区综合受理窗口');
    expect(locationNote('工作日 8:30-12:00 的开放时间')).toBe('工作日 8:30-12:00 的开放时间');
    expect(locationNote(null)).toBeNull();
  });
});
