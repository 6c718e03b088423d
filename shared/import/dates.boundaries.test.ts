import { describe, expect, it } from 'vitest';
import { isProblem } from './cells';
import { excelSerialToDate, parseDateCell, parseDateText } from './dates';

const problem = (v: unknown): string => {
  if (!isProblem(v)) throw new Error(`expected a problem, got ${String(v)}`);
  return v.problem;
};

describe('the years an import takes: 1950–2100, both ends included', () => {
  it('as text', () => {
    expect(parseDateText('1950-01-01')).toBe('1950-01-01');
    expect(parseDateText('2100-12-31')).toBe('2100-12-31');
    expect(problem(parseDateText('1949-12-31'))).toBe('“1949-12-31”的年份不在1950—2100年之间');
    expect(problem(parseDateText('2101-01-01'))).toBe('“2101-01-01”的年份不在1950—2100年之间');
  });

  it('as a yyyymmdd number', () => {
    expect(parseDateCell(21001231)).toBe('2100-12-31');
    expect(parseDateCell(19500101)).toBe('1950-01-01');
    expect(problem(parseDateCell(19000101))).toBe('“19000101”的年份不在1950—2100年之间');
    expect(problem(parseDateCell(21010101))).toBe('“21010101”不是日期');
  });

  it('as an Excel serial: 18264 is 1950-01-01, 73415 is 2100-12-31; 18263 and 73416 are not dates', () => {
    expect(parseDateCell(18264)).toBe('1950-01-01');
    expect(parseDateCell(73415)).toBe('2100-12-31');
    expect(problem(parseDateCell(18263))).toBe('“18263”不是日期');
    expect(problem(parseDateCell(73416))).toBe('“73416”不是日期');
    expect(excelSerialToDate(73416)).toBe('2101-01-01');
  });

  it('as a serial typed as text', () => {
    expect(parseDateText('43529')).toBe('2019-03-05');
    expect(parseDateText('43529.5')).toBe('2019-03-05');
    expect(parseDateText('20190305')).toBe('2019-03-05');
  });

  it('zero, negative and infinite numbers are not dates', () => {
    for (const n of [0, -1, -43529, Infinity, Number.NaN]) expect(problem(parseDateCell(n))).toContain('不是日期');
  });
});

describe('date text forms', () => {
  it('drops a time of day, with seconds, fractions, a T and a zone', () => {
    expect(parseDateText('2019-03-05 14:30')).toBe('2019-03-05');
    expect(parseDateText('2019-03-05 14:30:15')).toBe('2019-03-05');
    expect(parseDateText('2019-03-05T14:30:15.250Z')).toBe('2019-03-05');
    expect(parseDateText('2019-03-05 14:30:15+08:00')).toBe('2019-03-05');
    expect(parseDateText('2019/3/5 9：05')).toBe('2019-03-05');
  });

  it('reads full-width digits and separators, dots and 年月日 with spaces', () => {
    expect(parseDateText('２０１９／３／５')).toBe('2019-03-05');
    expect(parseDateText('2019－03－05')).toBe('2019-03-05');
    expect(parseDateText('2019．3．5')).toBe('2019-03-05');
    expect(parseDateText('2019 年 3 月 5 日')).toBe('2019-03-05');
  });

  it('refuses an impossible day, a two-digit year and a day-first date, each with its reason', () => {
    expect(problem(parseDateText('2019-02-29'))).toBe('“2019-02-29”不是真实存在的日期');
    expect(parseDateText('2020-02-29')).toBe('2020-02-29');
    expect(problem(parseDateText('19.3.5'))).toBe('“19.3.5”的年份只有两位，请写成四位年份（如2019-03-05）');
    expect(problem(parseDateText('05/03/2019'))).toBe('“05/03/2019”无法确定年月日的顺序，请写成“年-月-日”（如2019-03-05）');
    expect(problem(parseDateText('三月五日'))).toContain('不是可识别的日期');
  });

  it('checks an Excel date cell like any other date', () => {
    expect(parseDateCell({ t: 'date', v: '1950-01-01' })).toBe('1950-01-01');
    expect(problem(parseDateCell({ t: 'date', v: '1949-12-31' }))).toContain('1950—2100');
    expect(problem(parseDateCell(false))).toBe('“否”不是日期');
  });
});
