import { describe, expect, it } from 'vitest';
import { computeAgreementYearFigures, formatUnits, formatWan, sumAmounts } from './counts';
import { agreement, LEDGER } from './fixture.test-util';
import { AGREEMENT_CATEGORIES } from './types';

const figures = (year: number, reviews = LEDGER) => computeAgreementYearFigures({ reviews, year });

describe('computeAgreementYearFigures: 2019 (reference report: 6 + 10)', () => {
  const f = figures(2019);

  it('counts by opinion date: 16 opinions, g6 (received 2018) included, b1 (opinion 2020) and deleted x1 left out', () => {
    expect(f.year).toBe(2019);
    expect(f.total).toBe(16);
  });

  it('splits by 签订名义 and gives the merged town-or-department figure', () => {
    expect(f.bySigning).toEqual({ government: 6, town: 6, department: 4 });
    expect(f.townOrDepartment).toBe(10);
  });

  it('splits by 协议类别, every category in order, zeros included', () => {
    expect(f.byCategory).toEqual([
      { name: '政府和社会资本合作', count: 2 }, // g2, d3
      { name: '招商引资', count: 3 }, // g1, g6, t6
      { name: '征收补偿', count: 4 }, // g3, t1, t2, t3
      { name: '特许经营', count: 1 }, // g4
      { name: '建设工程（投资500万元以上）', count: 1 }, // g5
      { name: '国有自然资源使用权出让', count: 2 }, // d1, d2
      { name: '其他', count: 3 }, // t4, t5, d4
    ]);
    expect(f.byCategory.map((c) => c.name)).toEqual([...AGREEMENT_CATEGORIES]);
  });

  it('splits by 审查意见', () => {
    // approve: g1 g3 g6 t1 t2 t3 t6 d1 d2; after changes: g2 g5 t4 t5 d3; reject: g4 d4
    expect(f.byOpinion).toEqual({ approve: 9, approveAfterChanges: 5, reject: 2 });
    expect(f.opinionMissing).toBe(0);
  });

  it('sums the amounts exactly: 0.1 + 0.2 + 12000 + 1234.5678 + 8765.4322 + 0.0001 + 5000.5', () => {
    expect(f.totalAmount).toBe(27000.8001); // 0.3 + 22000 + 0.0001 + 5000.5
    expect(f.amountText).toBe('27,000.8001万元');
    expect(f.withAmount).toBe(7);
  });

  it('counts receipts in 2019 and the pending agreements at both ends of the year', () => {
    // 15 of the 16 decided (not g6) + b1 + p1; deleted x1, x2 left out
    expect(f.receivedInYear).toBe(17);
    expect(f.pendingAtYearStart).toBe(1); // g6
    expect(f.pendingAtYearEnd).toBe(2); // b1 (opinion 2020-01-08), p1
    expect(f.pendingAtYearStart + f.receivedInYear).toBe(f.total + f.pendingAtYearEnd);
  });

  it('counts opinions per month', () => {
    expect(f.monthlyOpinions).toEqual([2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 3]);
    expect(f.monthlyOpinions.reduce((s, n) => s + n, 0)).toBe(f.total);
  });

  it('finds no data problem', () => {
    expect(f.problems).toEqual([]);
  });
});

describe('computeAgreementYearFigures: across the year boundary', () => {
  it('counts b1 (received 2019-12-20, opinion 2020-01-08) in 2020 and as pending at the end of 2019', () => {
    const f = figures(2020);
    expect(f.total).toBe(1);
    expect(f.bySigning).toEqual({ government: 0, town: 1, department: 0 });
    expect(f.townOrDepartment).toBe(1);
    expect(f.byOpinion).toEqual({ approve: 1, approveAfterChanges: 0, reject: 0 });
    expect(f.byCategory.find((c) => c.name === '征收补偿')?.count).toBe(1);
    expect(f.byCategory.reduce((s, c) => s + c.count, 0)).toBe(1);
    expect(f.totalAmount).toBe(100);
    expect(f.amountText).toBe('100万元');
    expect(f.receivedInYear).toBe(0);
    expect(f.pendingAtYearStart).toBe(2); // b1, p1
    expect(f.pendingAtYearEnd).toBe(1); // p1
    expect(f.monthlyOpinions).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('2018: e1 decided, g6 (received 2018-12-25) pending at the end', () => {
    const f = figures(2018);
    expect(f.total).toBe(1);
    expect(f.bySigning.government).toBe(1);
    expect(f.receivedInYear).toBe(2);
    expect(f.pendingAtYearEnd).toBe(1);
    expect(f.amountText).toBe('50万元');
  });

  it('an empty year has zeros everywhere', () => {
    const f = figures(2017);
    expect(f.total).toBe(0);
    expect(f.byCategory.every((c) => c.count === 0)).toBe(true);
    expect(f.byCategory).toHaveLength(7);
    expect(f.totalAmount).toBe(0);
    expect(f.amountText).toBe('0万元');
    expect(f.pendingAtYearEnd).toBe(0);
  });

  it('an opinion dated 31 December counts in that year, one dated 1 January in the next', () => {
    const reviews = [
      agreement('a', 'government', '其他', 'approve', '2019-12-31', '2019-12-31'),
      agreement('b', 'government', '其他', 'approve', '2019-12-31', '2020-01-01'),
    ];
    expect(figures(2019, reviews).total).toBe(1);
    expect(figures(2019, reviews).pendingAtYearEnd).toBe(1);
    expect(figures(2020, reviews).total).toBe(1);
  });
});

describe('computeAgreementYearFigures: deleted records and data problems', () => {
  it('never counts a deleted record, even pending', () => {
    const reviews = [agreement('x', 'town', '其他', null, '2019-05-01', null, null, 1)];
    const f = figures(2019, reviews);
    expect(f.receivedInYear).toBe(0);
    expect(f.pendingAtYearEnd).toBe(0);
  });

  it('names an opinion date without 审查意见 and keeps the opinion split adding up', () => {
    const reviews = [agreement('m', 'town', '其他', null, '2019-05-01', '2019-05-06', 10)];
    const f = figures(2019, reviews);
    expect(f.total).toBe(1);
    expect(f.byOpinion).toEqual({ approve: 0, approveAfterChanges: 0, reject: 0 });
    expect(f.opinionMissing).toBe(1);
    expect(f.problems).toEqual([{ id: 'm', name: '协议m', reason: '已出具意见但未录入审查意见' }]);
  });

  it('names an opinion before receipt and an unusable stored amount', () => {
    const reviews = [agreement('n', 'town', '其他', 'approve', '2019-05-06', '2019-05-01', -5)];
    const f = figures(2019, reviews);
    expect(f.problems.map((p) => p.reason)).toEqual(['出具意见日期早于收件日期', '金额（万元）无效，未计入金额合计']);
    expect(f.totalAmount).toBe(0);
    expect(f.withAmount).toBe(0);
  });
});

describe('exact amounts', () => {
  it('adds without floating-point artefacts', () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumAmounts(Array.from({ length: 10 }, () => 0.1))).toBe(1);
    expect(sumAmounts([1.0001, 2.0002, null, 3.0003])).toBe(6.0006);
    expect(sumAmounts([99999999.9999, 0.0001])).toBe(100000000);
  });

  it('formats 万元 amounts', () => {
    expect(formatWan(12345.6)).toBe('12,345.6万元');
    expect(formatWan(12345.6, false)).toBe('12345.6万元');
    expect(formatWan(0.0001)).toBe('0.0001万元');
    expect(formatWan(1234567.89)).toBe('1,234,567.89万元');
    expect(formatWan(0)).toBe('0万元');
    expect(formatUnits(123n)).toBe('0.0123');
  });
});
