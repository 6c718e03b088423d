import { describe, expect, it } from 'vitest';
import { formatPercent } from './rate';

describe('formatPercent', () => {
  it('prints the reference report rate', () => {
    expect(formatPercent(3, 30)).toBe('10%'); // 2019: 撤销3 ÷ 审结30
  });

  it('drops trailing zeros and keeps at most two decimals', () => {
    expect(formatPercent(0, 7)).toBe('0%');
    expect(formatPercent(1, 1)).toBe('100%');
    expect(formatPercent(24, 125)).toBe('19.2%'); // 0.192
    expect(formatPercent(1, 5)).toBe('20%');
    expect(formatPercent(1, 100)).toBe('1%');
    expect(formatPercent(1, 1000)).toBe('0.1%');
    expect(formatPercent(1, 10000)).toBe('0.01%');
    expect(formatPercent(3, 40)).toBe('7.5%');
  });

  it('rounds half up, computed exactly', () => {
    expect(formatPercent(1, 8)).toBe('12.5%');
    expect(formatPercent(1, 3)).toBe('33.33%'); // 33.333…
    expect(formatPercent(2, 3)).toBe('66.67%'); // 66.666…
    expect(formatPercent(107, 800)).toBe('13.38%'); // exactly 13.375 → up
    expect(formatPercent(1337.5, 10000)).toBe('13.38%'); // exactly 13.375 → up
    expect(formatPercent(1, 80000)).toBe('0%'); // 0.00125 → 0.00
    expect(formatPercent(1, 20000)).toBe('0.01%'); // exactly 0.005 → up
    expect(formatPercent(1, 20001)).toBe('0%'); // just under 0.005
    expect(formatPercent(1, 16)).toBe('6.25%');
    expect(formatPercent(5, 17)).toBe('29.41%'); // 29.4117…
    expect(formatPercent(3, 34)).toBe('8.82%'); // 8.8235…
    expect(formatPercent(5, 34)).toBe('14.71%'); // 14.7058…
    expect(formatPercent(1, 6)).toBe('16.67%'); // 16.666…
  });

  it('does not suffer from binary floating point on the half cases', () => {
    // 0.145 as a double is 0.14499999…; 14.5/100 must still print 14.5%,
    // and 1.005/100 (1.005% exactly) must round to 1.01%.
    expect(formatPercent(14.5, 100)).toBe('14.5%');
    expect(formatPercent(1.005, 100)).toBe('1.01%');
    expect(formatPercent(0.1, 0.3)).toBe('33.33%');
    expect(formatPercent(1e-7, 1e-5)).toBe('1%');
    expect(formatPercent(2 ** 53, 2 ** 54)).toBe('50%');
  });

  it('allows rates above 100% (e.g. dividing by new acceptances)', () => {
    expect(formatPercent(5, 4)).toBe('125%');
  });

  it('returns null when the denominator is 0', () => {
    expect(formatPercent(0, 0)).toBeNull();
    expect(formatPercent(3, 0)).toBeNull();
  });

  it('refuses negative or non-finite input', () => {
    expect(() => formatPercent(-1, 3)).toThrow(RangeError);
    expect(() => formatPercent(1, Number.NaN)).toThrow(RangeError);
    expect(() => formatPercent(Number.POSITIVE_INFINITY, 3)).toThrow(RangeError);
  });
});
