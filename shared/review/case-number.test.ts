import { describe, expect, it } from 'vitest';
import { caseNoWarnings, formatCaseNo, normalizeCaseNo, parseCaseNo, proposeCaseNo } from './case-number';

describe('parseCaseNo', () => {
  it.each([
    ['丹政复〔2019〕12号', 2019, 12],
    ['丹政复[2019]12号', 2019, 12],
    ['丹政复（2020）3号', 2020, 3],
    ['丹政复(2020)3号', 2020, 3],
    ['丹政复【2021】45号', 2021, 45],
    ['丹政复［2021］46号', 2021, 46], // full-width square brackets
    ['丹政复〔2019〕第12号', 2019, 12],
    ['丹政复〔2019〕 1号', 2019, 1],
    ['丹政复 〔 2019 〕 第 7 号', 2019, 7],
    ['丹政复〔2019〕\u30008号', 2019, 8],
    ['丹政复〔2024〕012号', 2024, 12],
    ['丹政复〔2024〕10086号', 2024, 10086],
    ['镇江丹阳复字〔2023〕第100号（补）', 2023, 100],
  ])('%s → %i, %i', (caseNo, year, seq) => {
    expect(parseCaseNo(caseNo)).toEqual({ year, seq });
  });

  it.each([
    '',
    '临时编号A',
    '丹政复2019年12号', // no brackets
    '丹政复〔19〕12号', // two-digit year
    '丹政复〔2019〕号', // no sequence
    '丹政复〔2019〕12', // no 号
    '丹政复〔2019〕十二号', // Chinese numeral
  ])('%s → null', (caseNo) => {
    expect(parseCaseNo(caseNo)).toBeNull();
  });
});

describe('formatCaseNo', () => {
  it('uses 〔〕 and 号', () => {
    expect(formatCaseNo('丹政复', 2019, 12)).toBe('丹政复〔2019〕12号');
  });

  it('round-trips through parseCaseNo', () => {
    expect(parseCaseNo(formatCaseNo('丹政复', 2026, 305))).toEqual({ year: 2026, seq: 305 });
  });
});

describe('proposeCaseNo', () => {
  it('starts at 1 in a year with no cases', () => {
    expect(proposeCaseNo('丹政复', 2026, [])).toBe('丹政复〔2026〕1号');
  });

  it('picks one past the highest sequence of the year, not the count', () => {
    const existing = [
      { caseYear: 2026, caseSeq: 3 },
      { caseYear: 2026, caseSeq: 17 },
      { caseYear: 2026, caseSeq: 5 },
    ];
    expect(proposeCaseNo('丹政复', 2026, existing)).toBe('丹政复〔2026〕18号');
  });

  it('ignores other years', () => {
    const existing = [
      { caseYear: 2025, caseSeq: 99 },
      { caseYear: 2026, caseSeq: 4 },
      { caseYear: 2027, caseSeq: 50 },
    ];
    expect(proposeCaseNo('丹政复', 2026, existing)).toBe('丹政复〔2026〕5号');
    expect(proposeCaseNo('丹政复', 2024, existing)).toBe('丹政复〔2024〕1号');
  });

  it('ignores cases whose 案号 had no sequence', () => {
    const existing = [
      { caseYear: 2026, caseSeq: null },
      { caseYear: 2026, caseSeq: 2 },
      { caseYear: 2026, caseSeq: null },
    ];
    expect(proposeCaseNo('丹政复', 2026, existing)).toBe('丹政复〔2026〕3号');
    expect(proposeCaseNo('丹政复', 2026, [{ caseYear: 2026, caseSeq: null }])).toBe('丹政复〔2026〕1号');
  });

  it('accepts any iterable', () => {
    function* gen() {
      yield { caseYear: 2026, caseSeq: 8 };
      yield { caseYear: 2026, caseSeq: 9 };
    }
    expect(proposeCaseNo('丹政复', 2026, gen())).toBe('丹政复〔2026〕10号');
  });

  it('uses the given prefix', () => {
    expect(proposeCaseNo('镇政复', 2026, [{ caseYear: 2026, caseSeq: 1 }])).toBe('镇政复〔2026〕2号');
  });
});

describe('normalizeCaseNo', () => {
  it('treats 〔〕, [] and a space before the sequence as the same 案号', () => {
    const a = normalizeCaseNo('丹政复〔2019〕1号');
    expect(a).toBe('丹政复〔2019〕1号');
    expect(normalizeCaseNo('丹政复[2019]1号')).toBe(a);
    expect(normalizeCaseNo('丹政复〔2019〕 1号')).toBe(a);
  });

  it('treats every bracket style and any whitespace as the same', () => {
    const a = normalizeCaseNo('丹政复〔2019〕1号');
    for (const variant of [
      '丹政复（2019）1号',
      '丹政复(2019)1号',
      '丹政复【2019】1号',
      '丹政复［2019］1号',
      ' 丹政复 [ 2019 ] 1 号 ',
      '丹政复〔2019〕\u30001号',
      '丹政复\t〔2019〕1号',
    ]) {
      expect(normalizeCaseNo(variant)).toBe(a);
    }
  });

  it('keeps different numbers apart', () => {
    expect(normalizeCaseNo('丹政复〔2019〕1号')).not.toBe(normalizeCaseNo('丹政复〔2019〕11号'));
    expect(normalizeCaseNo('丹政复〔2019〕1号')).not.toBe(normalizeCaseNo('丹政复〔2020〕1号'));
    expect(normalizeCaseNo('丹政复〔2019〕1号')).not.toBe(normalizeCaseNo('镇政复〔2019〕1号'));
  });
});

describe('normalizeCaseNo: forms that name the same case', () => {
  it('ignores 第, leading zeros and full-width digits', () => {
    const a = normalizeCaseNo('丹政复〔2019〕1号');
    expect(normalizeCaseNo('丹政复〔2019〕第1号')).toBe(a);
    expect(normalizeCaseNo('丹政复［2019］01号')).toBe(a);
    expect(normalizeCaseNo('丹政复〔２０１９〕１号')).toBe(a);
    expect(normalizeCaseNo('丹政复〔2019〕11号')).not.toBe(a);
    expect(normalizeCaseNo('镇政复〔2019〕1号')).not.toBe(a);
  });
});

describe('caseNoWarnings', () => {
  it('names a 案号 not of the configured pattern, of another 字号, or of a year other than receipt or acceptance', () => {
    expect(caseNoWarnings('丹政复〔2026〕3号', '丹政复', [2026])).toEqual([]);
    expect(caseNoWarnings('丹政复[2026]第03号', '丹政复', [2026])).toEqual([]);
    expect(caseNoWarnings('abc', '丹政复', [2026])).toEqual(['案号“abc”不符合“丹政复〔年度〕序号号（如丹政复〔2026〕1号）”的格式']);
    expect(caseNoWarnings('丹政复〔2025〕99号', '丹政复', [2026])).toEqual(['案号年度（2025）与收到申请的年度（2026）不一致']);
    expect(caseNoWarnings('丹政复〔2026〕1号', '丹政复', [2025, 2026])).toEqual([]);
    expect(caseNoWarnings('丹政复〔2024〕1号', '丹政复', [2025, 2026])).toEqual(['案号年度（2024）与收到申请或受理的年度（2025、2026）不一致']);
    expect(caseNoWarnings('镇政复〔2026〕1号', '丹政复', [2026])).toEqual([
      '案号“镇政复〔2026〕1号”的字号不是“丹政复”（应为“丹政复〔年度〕序号号（如丹政复〔2026〕1号）”）',
    ]);
    expect(caseNoWarnings('', '丹政复', [2026])).toEqual([]);
  });
});
