import { describe, expect, it } from 'vitest';
import { type CaseSpec, caseFromSpec, letterOn } from './case-fixture.test-util';
import { computeReviewYearFigures, describeCorrectionRate, listCarryOut } from './counts';
import { DEFAULT_CORRECTION_RATE, type CorrectionRateDefinition, type ReviewCase, type ReviewLetter } from './types';

/** 案号 丹政复 + id, as the problems below name them. */
const mk = (id: string, s: CaseSpec): ReviewCase => ({ ...caseFromSpec(id, s), caseNo: `丹政复${id}` });
const letter = letterOn;

// Three years, 2018–2020. Expected figures are worked out by hand in the tests below.
const CASES: ReviewCase[] = [
  // received 2018
  mk('a1', {
    received: '2018-03-01',
    accepted: '2018-03-05',
    concluded: '2018-05-01',
    outcome: 'uphold',
    actCategory: '行政处罚',
    field: '公安',
    respondent: '市公安局',
  }),
  mk('a2', { received: '2018-06-10', accepted: '2018-06-12', concluded: '2019-01-20', outcome: 'revoke' }),
  mk('a3', { received: '2018-12-20', accepted: '2019-01-03', concluded: '2019-03-01', outcome: 'dismissClaim' }),
  mk('a4', { received: '2018-04-01', notAccepted: ['reject', '2018-04-05'] }),
  mk('a5', { received: '2018-12-28', notAccepted: ['redirect', '2019-01-02'] }),
  mk('a6', { received: '2018-09-01', accepted: '2018-09-03', concluded: '2020-02-01', outcome: 'terminate', corrected: true }),
  mk('d1', { received: '2018-05-01', accepted: '2018-05-02', concluded: '2019-06-01', outcome: 'revoke', deleted: true }),
  // received 2019
  mk('b1', {
    received: '2019-02-01',
    accepted: '2019-02-15',
    deemed: true,
    concluded: '2019-04-01',
    outcome: 'alter',
    compensation: true,
    actCategory: '行政处罚',
    field: '市场监管',
    respondent: '市市场监管局',
  }),
  mk('b2', {
    received: '2019-05-01',
    notAccepted: ['withdrawBeforeAcceptance', '2019-05-03'],
    actCategory: '政府信息公开',
    field: '公安',
    respondent: '市公安局',
  }),
  mk('b3', {
    received: '2019-07-01',
    accepted: '2019-07-05',
    concluded: '2019-09-01',
    outcome: 'terminate',
    actCategory: '行政处罚',
    field: '公安',
    respondent: '市公安局',
  }),
  mk('b4', {
    received: '2019-11-01',
    accepted: '2019-11-04',
    concluded: '2020-01-10',
    outcome: 'mediation',
    actCategory: '工伤认定',
    field: '人社',
    respondent: '市人社局',
  }),
  mk('b5', {
    received: '2019-12-30',
    accepted: '2020-01-02',
    concluded: '2020-03-01',
    outcome: 'dismissApplication',
    actCategory: '',
    field: '公安',
    respondent: '市公安局',
  }),
  // received 2020
  mk('c1', { received: '2020-03-01', accepted: '2020-03-03' }),
  mk('c2', { received: '2020-04-01', notAccepted: ['reject', '2020-04-06'] }),
  mk('c3', { received: '2020-06-01', accepted: '2020-06-10', deemed: true, concluded: '2020-08-01', outcome: 'confirmIllegal' }),
];

const LETTERS: ReviewLetter[] = [
  letter('L1', 'opinion', '2018-12-31'),
  letter('L2', 'opinion', '2019-03-01'),
  letter('L3', 'suggestion', '2019-12-31'),
  letter('L4', 'suggestion', '2020-01-01'),
  letter('L5', 'opinion', '2019-05-05', true),
];

function figures(year: number, cases = CASES, correctionRate: CorrectionRateDefinition = DEFAULT_CORRECTION_RATE) {
  return computeReviewYearFigures({ cases, letters: LETTERS, year, correctionRate });
}

const ids = (cs: ReviewCase[]) => cs.map((c) => c.id);
const zeroOutcomes = {
  uphold: 0,
  dismissClaim: 0,
  dismissApplication: 0,
  revoke: 0,
  partialRevoke: 0,
  alter: 0,
  confirmIllegal: 0,
  confirmInvalid: 0,
  orderPerform: 0,
  mediation: 0,
  terminate: 0,
  other: 0,
};

describe('computeReviewYearFigures — 2018', () => {
  const f = figures(2018);
  it('counts receipts, acceptances and non-acceptances by their own dates', () => {
    expect(f.received).toBe(6); // a1–a6; d1 is deleted
    expect(f.accepted).toBe(3); // a1, a2, a6 (a3 is accepted in January 2019)
    expect(f.deemedAccepted).toBe(0);
    expect(f.notAccepted).toEqual({ reject: 1, redirect: 0, withdrawBeforeAcceptance: 0, total: 1 }); // a5 decided in 2019
  });
  it('counts conclusions, outcomes, carry-over', () => {
    expect(f.concluded).toBe(1);
    expect(f.concludedCarriedOver).toBe(0);
    expect(f.carryOverFromYear).toBe(2017);
    expect(f.outcomes).toEqual({ ...zeroOutcomes, uphold: 1 });
    expect(f.carryIn).toBe(0);
    expect(f.carryOut).toBe(2); // a2, a6
    expect(f.invariant).toEqual({ holds: true, left: 3, right: 3, offending: [] });
    expect(f.correction.numerator).toBe(0);
    expect(f.correction.denominator).toBe(1);
    expect(f.correction.rate).toBe('0%');
    expect(f.opinionLetters).toBe(1);
    expect(f.suggestionLetters).toBe(0);
  });
  it('gives monthly series', () => {
    expect(f.monthly.received).toEqual([0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 2]);
    expect(f.monthly.accepted).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect(f.monthly.concluded).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('computeReviewYearFigures — 2019', () => {
  const f = figures(2019);
  it('counts a December receipt accepted in January in the acceptance year', () => {
    expect(f.received).toBe(5); // b1–b5
    expect(f.accepted).toBe(4); // a3, b1, b3, b4 (b5 is accepted in 2020)
    expect(f.deemedAccepted).toBe(1); // b1
    expect(f.notAccepted).toEqual({ reject: 0, redirect: 1, withdrawBeforeAcceptance: 1, total: 2 });
  });
  it('counts conclusions of cases accepted the year before as carried over', () => {
    expect(f.concluded).toBe(4); // a2, a3, b1, b3 (d1 deleted)
    expect(f.concludedCarriedOver).toBe(1); // a2
    expect(f.carryOverFromYear).toBe(2018);
    expect(f.outcomes).toEqual({ ...zeroOutcomes, revoke: 1, dismissClaim: 1, alter: 1, terminate: 1 });
    expect(Object.values(f.outcomes).reduce((a, b) => a + b, 0)).toBe(f.concluded);
    expect(f.outcomeMissing).toBe(0);
    expect(f.compensation).toBe(1);
  });
  it('carries cases in and out and keeps the invariant', () => {
    expect(f.carryIn).toBe(2); // a2, a6
    expect(f.carryOut).toBe(2); // a6, b4
    expect(f.invariant).toEqual({ holds: true, left: 6, right: 6, offending: [] });
    expect(f.problems).toEqual([]);
  });
  it('computes the default rate and the letters', () => {
    expect(f.correction).toMatchObject({ numerator: 2, denominator: 4, rate: '50%' }); // revoke + alter
    expect(f.opinionLetters).toBe(1); // L2 (L5 deleted)
    expect(f.suggestionLetters).toBe(1); // L3
  });
  it('breaks down the cases received in the year', () => {
    // Count descending, then code-point order of the name (工 < 政 < 未).
    expect(f.byActCategory).toEqual([
      { name: '行政处罚', count: 2 },
      { name: '工伤认定', count: 1 },
      { name: '政府信息公开', count: 1 },
      { name: '未填写', count: 1 },
    ]);
    expect(f.byField).toEqual([
      { name: '公安', count: 3 },
      { name: '人社', count: 1 },
      { name: '市场监管', count: 1 },
    ]);
    expect(f.byRespondent.map((e) => e.count)).toEqual([3, 1, 1]);
    expect(f.byRespondent[0]).toEqual({ name: '市公安局', count: 3 });
    expect(f.byActCategory.reduce((a, e) => a + e.count, 0)).toBe(f.received);
  });
});

describe('computeReviewYearFigures — 2020', () => {
  const f = figures(2020);
  it('counts everything', () => {
    expect(f.received).toBe(3);
    expect(f.accepted).toBe(3); // b5, c1, c3
    expect(f.deemedAccepted).toBe(1);
    expect(f.notAccepted).toEqual({ reject: 1, redirect: 0, withdrawBeforeAcceptance: 0, total: 1 });
    expect(f.concluded).toBe(4); // a6, b4, b5, c3
    expect(f.concludedCarriedOver).toBe(2); // a6 (accepted 2018), b4 (accepted 2019)
    expect(f.outcomes).toEqual({ ...zeroOutcomes, terminate: 1, mediation: 1, dismissApplication: 1, confirmIllegal: 1 });
    expect(f.compensation).toBe(0);
    expect(f.carryIn).toBe(2);
    expect(f.carryOut).toBe(1); // c1
    expect(f.invariant).toEqual({ holds: true, left: 5, right: 5, offending: [] });
    expect(f.opinionLetters).toBe(0);
    expect(f.suggestionLetters).toBe(1);
    expect(f.monthly.accepted).toEqual([1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(f.monthly.concluded).toEqual([1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });
});

describe('listCarryOut', () => {
  it('lists the cases open on 31 December, oldest acceptance first, without deleted ones', () => {
    expect(ids(listCarryOut(CASES, 2017))).toEqual([]);
    expect(ids(listCarryOut(CASES, 2018))).toEqual(['a2', 'a6']); // d1 deleted
    expect(ids(listCarryOut(CASES, 2019))).toEqual(['a6', 'b4']);
    expect(ids(listCarryOut(CASES, 2020))).toEqual(['c1']);
  });
  it('counts a case concluded on 31 December as concluded, and one accepted that day as open', () => {
    const cs = [
      mk('e1', { received: '2019-12-01', accepted: '2019-12-02', concluded: '2019-12-31' }),
      mk('e2', { received: '2019-12-25', accepted: '2019-12-31' }),
    ];
    expect(ids(listCarryOut(cs, 2019))).toEqual(['e2']);
  });
  it('treats 31 December / 1 January acceptances on the right side of the year boundary', () => {
    const cs = [
      mk('e3', { received: '2018-12-20', accepted: '2018-12-31', concluded: '2019-01-01', outcome: 'revoke' }),
      mk('e4', { received: '2018-12-28', accepted: '2019-01-01', concluded: '2019-02-01', outcome: 'uphold' }),
    ];
    const f = computeReviewYearFigures({ cases: cs, letters: [], year: 2019, correctionRate: DEFAULT_CORRECTION_RATE });
    expect(f).toMatchObject({ received: 0, accepted: 1, concluded: 2, concludedCarriedOver: 1, carryIn: 1, carryOut: 0 });
    expect(f.monthly.concluded).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(f.invariant).toEqual({ holds: true, left: 2, right: 2, offending: [] });
  });
});

describe('broken data', () => {
  it('names a case concluded without an acceptance date and fails the invariant', () => {
    const broken = mk('x1', { received: '2019-08-01', concluded: '2019-10-01', outcome: 'uphold' });
    const f = figures(2019, [...CASES, broken]);
    expect(f.concluded).toBe(5);
    expect(f.invariant.holds).toBe(false);
    expect(f.invariant.left).toBe(6);
    expect(f.invariant.right).toBe(7);
    expect(f.invariant.offending).toEqual([{ caseId: 'x1', caseNo: '丹政复x1', reason: '审结日期为2019-10-01，但没有受理日期' }]);
    // Other years are not affected.
    expect(figures(2018, [...CASES, broken]).invariant.holds).toBe(true);
    expect(figures(2020, [...CASES, broken]).invariant.holds).toBe(true);
  });
  it('names a case concluded in an earlier year than its acceptance, in both years', () => {
    const broken = mk('x2', { received: '2019-12-01', accepted: '2020-01-05', concluded: '2019-12-20' });
    const reason = '审结日期（2019-12-20）早于受理日期（2020-01-05）';
    const f19 = figures(2019, [...CASES, broken]);
    expect(f19.invariant).toMatchObject({ holds: false, left: 6, right: 7 });
    expect(f19.invariant.offending).toEqual([{ caseId: 'x2', caseNo: '丹政复x2', reason }]);
    const f20 = figures(2020, [...CASES, broken]);
    expect(f20.invariant).toMatchObject({ holds: false, left: 6, right: 5 });
    expect(f20.invariant.offending).toEqual([{ caseId: 'x2', caseNo: '丹政复x2', reason }]);
  });
  it('flags a same-year conclusion before acceptance as a problem (the invariant still balances)', () => {
    const odd = mk('x3', { received: '2019-05-01', accepted: '2019-06-01', concluded: '2019-05-20' });
    const f = figures(2019, [...CASES, odd]);
    expect(f.invariant.holds).toBe(true);
    expect(f.problems).toEqual([{ caseId: 'x3', caseNo: '丹政复x3', reason: '审结日期（2019-05-20）早于受理日期（2019-06-01）' }]);
  });
  it('keeps a concluded case without an outcome out of 其他 and flags it', () => {
    const noOutcome = mk('x4', { received: '2019-05-01', accepted: '2019-05-02', concluded: '2019-08-01', outcome: null });
    const f = figures(2019, [...CASES, noOutcome]);
    expect(f.concluded).toBe(5);
    expect(f.outcomes.other).toBe(0);
    expect(f.outcomeMissing).toBe(1);
    expect(Object.values(f.outcomes).reduce((a, b) => a + b, 0) + f.outcomeMissing).toBe(f.concluded);
    expect(f.problems).toEqual([{ caseId: 'x4', caseNo: '丹政复x4', reason: '已审结（2019-08-01），但未录入审理结果' }]);
    expect(f.invariant.holds).toBe(true);
    expect(f.correction).toMatchObject({ numerator: 2, denominator: 5, rate: '40%' });
  });
});

describe('correction rate definitions (2020: 确认违法 c3, 改正后终止 a6, 调解 b4, 驳回申请 b5; 3 accepted)', () => {
  const DEFAULT_OUTCOMES = DEFAULT_CORRECTION_RATE.outcomes;
  const cases: Array<[string, CorrectionRateDefinition, number, number, string | null, string]> = [
    [
      'concluded',
      { outcomes: DEFAULT_OUTCOMES, denominator: 'concluded', includeCorrectedTermination: false },
      1,
      4,
      '25%',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 审结案件数',
    ],
    [
      'concluded + 改正后终止',
      { outcomes: DEFAULT_OUTCOMES, denominator: 'concluded', includeCorrectedTermination: true },
      2,
      4,
      '50%',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行、改正后终止）件数 ÷ 审结案件数',
    ],
    [
      'merits',
      { outcomes: DEFAULT_OUTCOMES, denominator: 'merits', includeCorrectedTermination: false },
      1,
      2,
      '50%',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 作出实体决定的审结案件数（不含驳回申请、终止）',
    ],
    [
      'merits + 改正后终止 (kept in the denominator)',
      { outcomes: DEFAULT_OUTCOMES, denominator: 'merits', includeCorrectedTermination: true },
      2,
      3,
      '66.67%',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行、改正后终止）件数 ÷ 作出实体决定的审结案件数（不含驳回申请、终止，但含改正后终止）',
    ],
    [
      'accepted',
      { outcomes: DEFAULT_OUTCOMES, denominator: 'accepted', includeCorrectedTermination: false },
      1,
      3,
      '33.33%',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 当年受理案件数',
    ],
    [
      'accepted + 改正后终止',
      { outcomes: DEFAULT_OUTCOMES, denominator: 'accepted', includeCorrectedTermination: true },
      2,
      3,
      '66.67%',
      '直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行、改正后终止）件数 ÷ 当年受理案件数',
    ],
    [
      'custom set with 终止 itself (no double count)',
      { outcomes: ['terminate', 'confirmIllegal'], denominator: 'merits', includeCorrectedTermination: true },
      2,
      3,
      '66.67%',
      '直接纠错率 = （确认违法、终止）件数 ÷ 作出实体决定的审结案件数（不含驳回申请，但含终止）',
    ],
    [
      'custom set with both procedural outcomes',
      { outcomes: ['dismissApplication', 'terminate'], denominator: 'merits', includeCorrectedTermination: false },
      2,
      4,
      '50%',
      '直接纠错率 = （驳回申请、终止）件数 ÷ 审结案件数',
    ],
    [
      'mediation counted',
      { outcomes: ['mediation'], denominator: 'concluded', includeCorrectedTermination: false },
      1,
      4,
      '25%',
      '直接纠错率 = （调解）件数 ÷ 审结案件数',
    ],
    [
      'empty set',
      { outcomes: [], denominator: 'concluded', includeCorrectedTermination: false },
      0,
      4,
      '0%',
      '直接纠错率 = 0（未选择纠错结果） ÷ 审结案件数',
    ],
  ];
  for (const [name, def, numerator, denominator, rate, description] of cases) {
    it(name, () => {
      const f = figures(2020, CASES, def);
      expect(f.correction).toEqual({ definition: def, numerator, denominator, rate, description });
      expect(describeCorrectionRate(def)).toBe(description);
    });
  }
  it('gives no rate when the denominator is 0', () => {
    const def: CorrectionRateDefinition = { ...DEFAULT_CORRECTION_RATE, denominator: 'accepted' };
    const f = figures(2021, CASES, def);
    expect(f.correction).toMatchObject({ numerator: 0, denominator: 0, rate: null });
    expect(figures(2021).correction.rate).toBeNull();
    // 2021: nothing happens, 2020's open case c1 is carried in and out.
    expect(f.invariant).toEqual({ holds: true, left: 1, right: 1, offending: [] });
  });
});
