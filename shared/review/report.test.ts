import { describe, expect, it } from 'vitest';
import { type CaseSpec, caseFromSpec, letterOn } from './case-fixture.test-util';
import { computeReviewYearFigures, type ReviewYearFigures } from './counts';
import { reviewReportSentence } from './report';
import { DEFAULT_SETTINGS, type OrganNames } from '../settings';
import { DEFAULT_CORRECTION_RATE, type CorrectionRateDefinition, type ReviewCase, type ReviewOutcome } from './types';

/** Here a concluded case has no outcome unless one is given. */
const mk = (id: string, s: CaseSpec) => caseFromSpec(id, { outcome: null, ...s });
const letter = letterOn;

const day = (month: number, d: number, year = 2019) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The reference report's 2019 figures (丹政发〔2020〕14号):
 * received 37 = 32 accepted in 2019 + 3 not accepted + 2 received in December and accepted in January 2020;
 * accepted 34 = 2 received in December 2018 + 32;
 * concluded 30 = 4 accepted in 2018 (结转) + 26 accepted in 2019; 8 of 2019's and 1 of 2018's stay open.
 * Outcomes 维持9, 驳回3 (驳回复议请求2 + 驳回申请1), 撤销3, 调解1, 终止14 (2 of them 改正后终止).
 */
function referenceFixture(): ReviewCase[] {
  const outcomes: ReviewOutcome[] = [
    ...Array<ReviewOutcome>(9).fill('uphold'),
    'dismissClaim',
    'dismissClaim',
    'dismissApplication',
    'revoke',
    'revoke',
    'revoke',
    'mediation',
    ...Array<ReviewOutcome>(14).fill('terminate'),
  ];
  const cases: ReviewCase[] = [];
  const concludedIn2019: CaseSpec[] = [];
  for (let i = 1; i <= 4; i++) concludedIn2019.push({ received: day(10, i, 2018), accepted: day(10, i + 5, 2018) });
  cases.push(mk('k5', { received: day(11, 1, 2018), accepted: day(11, 6, 2018), concluded: day(2, 1, 2020), outcome: 'revoke' }));
  for (let i = 1; i <= 2; i++) concludedIn2019.push({ received: day(12, 20 + i, 2018), accepted: day(1, 3 + i) });
  for (let i = 1; i <= 32; i++) {
    const spec: CaseSpec = { received: day(1 + (i % 11), 1), accepted: day(1 + (i % 11), 5) };
    if (i <= 24) concludedIn2019.push(spec);
    else cases.push(mk(`n${i}`, spec)); // open on 31 December 2019
  }
  concludedIn2019.forEach((spec, i) => {
    const outcome = outcomes[i];
    // Concluded in December, after every acceptance date above.
    cases.push(mk(`c${i + 1}`, { ...spec, concluded: day(12, 10), outcome, corrected: outcome === 'terminate' && i >= 28 }));
  });
  cases.push(mk('r1', { received: day(3, 1), notAccepted: ['reject', day(3, 4)] }));
  cases.push(mk('r2', { received: day(4, 1), notAccepted: ['redirect', day(4, 3)] }));
  cases.push(mk('r3', { received: day(5, 1), notAccepted: ['withdrawBeforeAcceptance', day(5, 2)] }));
  cases.push(mk('z1', { received: day(12, 27), accepted: day(1, 2, 2020) }));
  cases.push(mk('z2', { received: day(12, 30), accepted: day(1, 3, 2020) }));
  return cases;
}

const LETTERS = [
  letter('o0', 'opinion', '2018-11-30'),
  letter('o1', 'opinion', '2019-06-30'),
  letter('s1', 'suggestion', '2019-01-15'),
  letter('s2', 'suggestion', '2019-12-31'),
  letter('s3', 'suggestion', '2020-01-01'),
];

const ORGANS: OrganNames = DEFAULT_SETTINGS.organNames;

function figures(year: number, correctionRate: CorrectionRateDefinition = DEFAULT_CORRECTION_RATE, letters = LETTERS) {
  return computeReviewYearFigures({ cases: referenceFixture(), letters, year, correctionRate });
}

const REFERENCE =
  '2019年，丹阳市人民政府共收到行政复议申请37件，受理34件，审结30件（含2018年结转4件），' +
  '审理结果为维持9件，驳回3件，撤销3件，调解1件，终止14件，行政复议直接纠错率10%，' +
  '发出行政复议意见书1份，行政复议建议书2份。';

describe('reference fixture figures (2019)', () => {
  it('reproduces the report', () => {
    const f = figures(2019);
    expect(f).toMatchObject({
      received: 37,
      accepted: 34,
      concluded: 30,
      concludedCarriedOver: 4,
      carryOverFromYear: 2018,
      notAccepted: { reject: 1, redirect: 1, withdrawBeforeAcceptance: 1, total: 3 },
      carryIn: 5,
      carryOut: 9,
      opinionLetters: 1,
      suggestionLetters: 2,
    });
    expect(f.outcomes).toMatchObject({ uphold: 9, dismissClaim: 2, dismissApplication: 1, revoke: 3, mediation: 1, terminate: 14 });
    expect(f.invariant).toEqual({ holds: true, left: 39, right: 39, offending: [] });
    expect(f.correction).toMatchObject({ numerator: 3, denominator: 30, rate: '10%' });
  });
});

describe('reviewReportSentence', () => {
  it('prints the reference sentence exactly', () => {
    expect(reviewReportSentence(figures(2019), ORGANS)).toBe(REFERENCE);
  });

  it('leaves out the carry-over clause when nothing was carried over', () => {
    const f: ReviewYearFigures = { ...figures(2019), concludedCarriedOver: 0 };
    expect(reviewReportSentence(f, ORGANS)).toBe(REFERENCE.replace('（含2018年结转4件）', ''));
  });

  it('leaves out zero outcomes, keeps REVIEW_OUTCOMES order, merges the two 驳回', () => {
    const base = figures(2019);
    const f: ReviewYearFigures = {
      ...base,
      outcomes: { ...base.outcomes, uphold: 0, dismissClaim: 0, dismissApplication: 2, confirmInvalid: 1, other: 2, terminate: 13 },
    };
    expect(reviewReportSentence(f, ORGANS)).toContain('审理结果为驳回2件，撤销3件，确认无效1件，调解1件，终止13件，其他2件，行政复议');
  });

  it('prints the rate of the chosen definition', () => {
    const merits = figures(2019, { ...DEFAULT_CORRECTION_RATE, denominator: 'merits' }); // 3 ÷ (30 − 1 − 14)
    expect(reviewReportSentence(merits, ORGANS)).toBe(REFERENCE.replace('纠错率10%', '纠错率20%'));
    const corrected = figures(2019, { ...DEFAULT_CORRECTION_RATE, denominator: 'merits', includeCorrectedTermination: true }); // 5 ÷ 17
    expect(reviewReportSentence(corrected, ORGANS)).toBe(REFERENCE.replace('纠错率10%', '纠错率29.41%'));
    const accepted = figures(2019, { ...DEFAULT_CORRECTION_RATE, denominator: 'accepted' }); // 3 ÷ 34
    expect(reviewReportSentence(accepted, ORGANS)).toBe(REFERENCE.replace('纠错率10%', '纠错率8.82%'));
  });

  it('leaves out the rate when its denominator is 0', () => {
    const base = figures(2019);
    const f: ReviewYearFigures = { ...base, correction: { ...base.correction, numerator: 0, denominator: 0, rate: null } };
    expect(reviewReportSentence(f, ORGANS)).toBe(REFERENCE.replace('，行政复议直接纠错率10%', ''));
  });

  it('leaves out a letter kind with no letters, and the whole clause when there are none', () => {
    const onlySuggestions = figures(
      2019,
      DEFAULT_CORRECTION_RATE,
      LETTERS.filter((l) => l.kind === 'suggestion'),
    );
    expect(reviewReportSentence(onlySuggestions, ORGANS)).toBe(REFERENCE.replace('行政复议意见书1份，', ''));
    const onlyOpinion = figures(
      2019,
      DEFAULT_CORRECTION_RATE,
      LETTERS.filter((l) => l.kind === 'opinion'),
    );
    expect(reviewReportSentence(onlyOpinion, ORGANS)).toBe(REFERENCE.replace('，行政复议建议书2份', ''));
    const none = figures(2019, DEFAULT_CORRECTION_RATE, []);
    expect(reviewReportSentence(none, ORGANS)).toBe(REFERENCE.replace('，发出行政复议意见书1份，行政复议建议书2份', ''));
  });

  it('names cases concluded without an outcome so the items add up to 审结', () => {
    const base = figures(2019);
    const f: ReviewYearFigures = { ...base, outcomes: { ...base.outcomes, terminate: 13 }, outcomeMissing: 1 };
    expect(reviewReportSentence(f, ORGANS)).toBe(REFERENCE.replace('终止14件', '终止13件，未录入结果1件'));
  });

  it('handles a year with acceptances but no receipts (2020 of the fixture)', () => {
    expect(reviewReportSentence(figures(2020), ORGANS)).toBe(
      '2020年，丹阳市人民政府共收到行政复议申请0件，受理2件，审结1件（含2019年结转1件），' +
        '审理结果为撤销1件，行政复议直接纠错率100%，发出行政复议建议书1份。',
    );
  });

  it('still makes a sentence for an empty year', () => {
    expect(reviewReportSentence(figures(2017), ORGANS)).toBe('2017年，丹阳市人民政府共收到行政复议申请0件。');
    const emptyWithLetters = computeReviewYearFigures({
      cases: [],
      letters: [letter('o', 'opinion', '2021-03-01')],
      year: 2021,
      correctionRate: DEFAULT_CORRECTION_RATE,
    });
    expect(reviewReportSentence(emptyWithLetters, ORGANS)).toBe('2021年，丹阳市人民政府共收到行政复议申请0件，发出行政复议意见书1份。');
  });

  it('uses the organ name from the settings', () => {
    const organs: OrganNames = { ...ORGANS, government: '镇江市人民政府' };
    expect(reviewReportSentence(figures(2019), organs)).toBe(REFERENCE.replace('丹阳市人民政府', '镇江市人民政府'));
    expect(reviewReportSentence(figures(2019), { ...ORGANS, government: ' ' })).toBe(REFERENCE.replace('丹阳市人民政府', ''));
  });
});
