import { describe, expect, it } from 'vitest';
import { excelSerialToDate, parseDateCell, parseDateText } from './dates';

const problem = (v: unknown) => (v as { problem: string }).problem;

describe('parseDateText: the forms clerks type', () => {
  it.each([
    ['2019-03-05', '2019-03-05'],
    ['2019-3-5', '2019-03-05'],
    ['2019/3/5', '2019-03-05'],
    ['2019/03/05', '2019-03-05'],
    ['2019.3.5', '2019-03-05'],
    ['2019. 3. 5', '2019-03-05'],
    ['2019年3月5日', '2019-03-05'],
    ['2019年03月05日', '2019-03-05'],
    ['2019年3月5', '2019-03-05'],
    ['２０１９年３月５日', '2019-03-05'],
    ['２０１９－０３－０５', '2019-03-05'],
    ['20190305', '2019-03-05'],
    ['  2019-03-05\u3000', '2019-03-05'],
    ['2019-03-05 14:30:00', '2019-03-05'],
    ['2019-03-05T00:00:00.000Z', '2019-03-05'],
    ['43529', '2019-03-05'],
    ['2020年2月29日', '2020-02-29'],
  ])('%s → %s', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it('blank is null', () => {
    expect(parseDateText('')).toBeNull();
    expect(parseDateText(' \u3000 ')).toBeNull();
  });

  it.each([
    ['2019-02-30', '不是真实存在的日期'],
    ['2019年13月1日', '不是真实存在的日期'],
    ['2019-02-29', '不是真实存在的日期'],
    ['19.3.5', '年份只有两位'],
    ['05/03/2019', '无法确定年月日的顺序'],
    ['1850-01-01', '年份不在1950—2100年之间'],
    ['三月五日', '不是可识别的日期'],
    ['2019-03', '不是可识别的日期'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(problem(parseDateText(text))).toContain(reason);
  });
});

describe('parseDateCell: what Excel stores', () => {
  it('an Excel date cell', () => {
    expect(parseDateCell({ t: 'date', v: '2019-12-31' })).toBe('2019-12-31');
  });
  it('a serial number (General format) and a yyyymmdd number', () => {
    expect(parseDateCell(43529)).toBe('2019-03-05');
    expect(parseDateCell(43529.75)).toBe('2019-03-05');
    expect(parseDateCell(20190305)).toBe('2019-03-05');
    expect(excelSerialToDate(43830)).toBe('2019-12-31');
    expect(excelSerialToDate(61)).toBe('1900-03-01');
  });
  it('numbers that are not dates, a formula without result, an error value', () => {
    expect(problem(parseDateCell(12))).toContain('不是日期');
    expect(problem(parseDateCell(20191332))).toContain('不是真实存在的日期');
    expect(problem(parseDateCell({ t: 'formula', formula: 'TODAY()' }))).toContain('没有保存计算结果');
    expect(problem(parseDateCell({ t: 'error', v: '#VALUE!' }))).toContain('#VALUE!');
    expect(problem(parseDateCell(true))).toContain('不是日期');
  });
  it('blank cells', () => {
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell(undefined)).toBeNull();
  });
});
