import { describe, expect, it } from 'vitest';
import { cellText, choiceKey, halfWidth, isBlankCell, isProblem, parseWholeNumber, parseYesNo, pickChoice, titleKey, trimText } from './cells';

describe('trimText', () => {
  it('trims ASCII and full-width spaces, tabs, no-break spaces, BOMs and line breaks at both ends only', () => {
    expect(trimText('  张三  ')).toBe('张三');
    expect(trimText('\u3000张三\u3000')).toBe('张三');
    expect(trimText('\u00a0张三\t\r\n')).toBe('张三');
    expect(trimText('\ufeff丹政发〔2020〕14号')).toBe('丹政发〔2020〕14号');
    expect(trimText('张 三\u3000丰')).toBe('张 三\u3000丰');
    expect(trimText(' \u3000 ')).toBe('');
  });
});

describe('cellText', () => {
  it('reads blanks, text, numbers, yes/no and dates', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText('  （行政处罚）  ')).toBe('（行政处罚）');
    expect(cellText(12)).toBe('12');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(1200.5)).toBe('1200.5');
    expect(cellText(true)).toBe('是');
    expect(cellText(false)).toBe('否');
    expect(cellText({ t: 'date', v: '2019-12-31' })).toBe('2019-12-31');
  });

  it('makes a problem of a formula without a result and of an error value', () => {
    const formula = cellText({ t: 'formula', formula: 'SUM(A1:A3)' });
    expect(isProblem(formula)).toBe(true);
    expect(formula).toEqual({ problem: '该单元格是公式（=SUM(A1:A3)），文件中没有保存计算结果，请在Excel或WPS中打开、保存后再导入' });
    expect(cellText({ t: 'error', v: '#REF!' })).toEqual({ problem: '该单元格是错误值#REF!' });
    expect(isProblem('文本')).toBe(false);
    expect(isProblem(null)).toBe(false);
    expect(isProblem({ t: 'date' })).toBe(false);
  });
});

describe('isBlankCell', () => {
  it('is blank for nothing and for spaces only; not for 0, false or a date', () => {
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(' \u3000')).toBe(true);
    expect(isBlankCell('x')).toBe(false);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
    expect(isBlankCell({ t: 'date', v: '2019-01-01' })).toBe(false);
  });
});

describe('choiceKey and titleKey', () => {
  it('compares choices in half width, without spaces, with one bracket style, in lower case', () => {
    expect(halfWidth('ＡＢＣ１２３（）')).toBe('ABC123()');
    expect(choiceKey(' 行政\u3000处罚 ')).toBe('行政处罚');
    expect(choiceKey('〔2019〕')).toBe('[2019]');
    expect(choiceKey('【2019】')).toBe('[2019]');
    expect(choiceKey('［2019］')).toBe('[2019]');
    expect(choiceKey('YES')).toBe('yes');
    expect(choiceKey('Ｙｅｓ')).toBe('yes');
  });

  it('titleKey drops 《》 and quotes as well', () => {
    expect(titleKey('《丹阳市城市管理办法》')).toBe('丹阳市城市管理办法');
    expect(titleKey('丹阳市“城市”管理办法')).toBe('丹阳市城市管理办法');
    expect(titleKey('《丹阳市 城市管理办法》')).toBe(titleKey('丹阳市城市管理办法'));
  });
});

describe('pickChoice', () => {
  const TABLE = [
    ['natural', ['自然人', '个人', '公民']],
    ['organization', ['法人或其他组织', '法人', '单位', '个人']],
  ] as const;

  it('finds a value by its label or a synonym, in any width and spacing; the first table entry wins a shared name', () => {
    expect(pickChoice('自然人', TABLE)).toBe('natural');
    expect(pickChoice(' 公 民 ', TABLE)).toBe('natural');
    expect(pickChoice('法人', TABLE)).toBe('organization');
    expect(pickChoice('个人', TABLE)).toBe('natural');
    expect(pickChoice('企业', TABLE)).toBeUndefined();
    expect(pickChoice('', TABLE)).toBeUndefined();
  });
});

describe('parseYesNo', () => {
  it('understands the ways clerks write yes and no; blank is null; anything else undefined', () => {
    for (const t of ['是', '有', 'Y', 'yes', 'TRUE', '√', '✓', '1', '已纠正', '已赔偿']) expect(parseYesNo(t)).toBe(true);
    for (const t of ['否', '无', '没有', 'N', 'No', 'false', '×', '0', '未纠正', '不赔偿', '/', '-', '—']) expect(parseYesNo(t)).toBe(false);
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('也许')).toBeUndefined();
    expect(parseYesNo('2')).toBeUndefined();
  });
});

describe('parseWholeNumber', () => {
  it('reads whole numbers with full-width digits, thousands separators, spaces and a unit', () => {
    expect(parseWholeNumber('3')).toBe(3);
    expect(parseWholeNumber('３')).toBe(3);
    expect(parseWholeNumber('1,200')).toBe(1200);
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('2人')).toBe(2);
    expect(parseWholeNumber('30天')).toBe(30);
    expect(parseWholeNumber('5件')).toBe(5);
    expect(parseWholeNumber('7.00')).toBe(7);
    expect(parseWholeNumber('0')).toBe(0);
    expect(parseWholeNumber('999999999')).toBe(999999999);
  });

  it('refuses fractions, negatives, words, blanks and more than nine digits', () => {
    for (const t of ['1.5', '-1', '三', '', 'abc', '1234567890', '1e3', '2人人']) expect(parseWholeNumber(t)).toBeUndefined();
  });
});
