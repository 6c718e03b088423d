import { describe, expect, it } from 'vitest';
import { computeReviewYearFigures, isDirectCorrection, listCarryOut } from './counts';
import { DEFAULT_CORRECTION_RATE, type NonAcceptanceKind, type ReviewCase, type ReviewLetter, type ReviewOutcome } from './types';

// domain.md §1 rules 1–8 on the exact edges of the year: 31 December and 1 January, on both sides, with cases
// carried over from one year into the next and the invariant 结转入Y + 受理(Y) = 审结(Y) + 结转入Y+1 each year.

interface Spec {
  received: string;
  accepted?: string;
  concluded?: string;
  outcome?: ReviewOutcome;
  notAccepted?: [NonAcceptanceKind, string];
  deemed?: boolean;
  deleted?: boolean;
}

function mk(id: string, s: Spec): ReviewCase {
  return {
    id,
    createdAt: '',
    updatedAt: '',
    deleted: s.deleted ? 1 : 0,
    caseNo: `丹政复〔${s.received.slice(0, 4)}〕${id}号`,
    caseNoKey: id,
    caseYear: Number(s.received.slice(0, 4)),
    caseSeq: null,
    applicant: '',
    applicantType: 'natural',
    applicantCount: 1,
    respondent: '市公安局',
    respondentLevel: '市政府部门',
    thirdParty: '',
    actName: '',
    actDocNo: '',
    actDate: null,
    actCategory: '行政处罚',
    field: '公安',
    request: '',
    handler: '',
    intakePoint: '',
    incidentalReview: false,
    note: '',
    status: 'received',
    law: 'old',
    receivedDate: s.received,
    correctionRequestDate: null,
    correctionReturnedDate: null,
    acceptedDate: s.accepted ?? null,
    deemedAccepted: s.deemed ?? false,
    procedure: null,
    nonAcceptance: s.notAccepted?.[0] ?? null,
    nonAcceptanceDate: s.notAccepted?.[1] ?? null,
    extensionDays: 0,
    hearingDate: null,
    concludedDate: s.concluded ?? null,
    outcome: s.concluded ? (s.outcome ?? 'uphold') : null,
    compensation: false,
    correctedBeforeTermination: false,
    events: [],
  };
}

function letter(id: string, kind: 'opinion' | 'suggestion', issueDate: string): ReviewLetter {
  return { id, createdAt: '', updatedAt: '', deleted: 0, kind, docNo: id, caseId: null, issueDate, recipient: '', answerDate: null, note: '' };
}

const figures = (cases: ReviewCase[], year: number, letters: ReviewLetter[] = []) =>
  computeReviewYearFigures({ cases, letters, year, correctionRate: DEFAULT_CORRECTION_RATE });

// Worked by hand, year by year:
//   e1 received 2018-12-31, accepted 2019-01-01, concluded 2019-12-31  → 收到2018; 受理2019; 审结2019 (not 结转: accepted in 2019)
//   e2 received 2018-12-30, accepted 2018-12-31, concluded 2019-01-01  → 受理2018; 结转入2019; 审结2019 (含2018年结转)
//   e3 received 2019-01-01, accepted 2019-12-31, concluded 2020-01-01  → 收到2019; 受理2019; 结转入2020; 审结2020 (结转)
//   e4 received 2019-12-31, accepted 2020-01-01, open                    → 收到2019; 受理2020; 结转入2021
//   e5 received 2018-12-31, 不予受理 2019-01-01                          → 收到2018; 不予受理2019
//   e6 received 2019-12-31, 告知 2019-12-31                               → 收到2019; 告知2019
//   e7 received 2017-12-31, accepted 2018-01-01, concluded 2020-12-31  → 受理2018; 结转入2019 and 2020; 审结2020 (结转)
const CASES = [
  mk('1', { received: '2018-12-31', accepted: '2019-01-01', concluded: '2019-12-31', outcome: 'revoke' }),
  mk('2', { received: '2018-12-30', accepted: '2018-12-31', concluded: '2019-01-01', outcome: 'terminate' }),
  mk('3', { received: '2019-01-01', accepted: '2019-12-31', concluded: '2020-01-01', outcome: 'alter' }),
  mk('4', { received: '2019-12-31', accepted: '2020-01-01', deemed: true }),
  mk('5', { received: '2018-12-31', notAccepted: ['reject', '2019-01-01'] }),
  mk('6', { received: '2019-12-31', notAccepted: ['redirect', '2019-12-31'] }),
  mk('7', { received: '2017-12-31', accepted: '2018-01-01', concluded: '2020-12-31', outcome: 'uphold' }),
];

describe('year-end counts on 31 December and 1 January', () => {
  it('2018: received 3 (e1, e2, e5), accepted 2 (e2, e7), nothing concluded, 2 carried into 2019', () => {
    const f = figures(CASES, 2018);
    expect(f).toMatchObject({ received: 3, accepted: 2, concluded: 0, carryIn: 0, carryOut: 2 });
    expect(f.notAccepted.total).toBe(0);
    expect(f.invariant).toEqual({ holds: true, left: 2, right: 2, offending: [] });
  });

  it('2019: received 3, accepted 2, concluded 2 of which 1 carried over from 2018, 2 carried into 2020', () => {
    const f = figures(CASES, 2019);
    expect(f).toMatchObject({
      year: 2019,
      received: 3,
      accepted: 2,
      deemedAccepted: 0,
      concluded: 2,
      concludedCarriedOver: 1,
      carryOverFromYear: 2018,
      carryIn: 2,
      carryOut: 2,
    });
    expect(f.notAccepted).toEqual({ reject: 1, redirect: 1, withdrawBeforeAcceptance: 0, total: 2 });
    expect(f.outcomes.revoke).toBe(1);
    expect(f.outcomes.terminate).toBe(1);
    expect(f.outcomes.alter).toBe(0);
    expect(f.invariant).toEqual({ holds: true, left: 4, right: 4, offending: [] });
    expect(f.correction).toMatchObject({ numerator: 1, denominator: 2, rate: '50%' });
    expect(listCarryOut(CASES, 2019).map((c) => c.id)).toEqual(['7', '3']);
  });

  it('2020: nothing received, the deemed acceptance on 1 January counts, 2 carried-over cases concluded, 1 open into 2021', () => {
    const f = figures(CASES, 2020);
    expect(f).toMatchObject({ received: 0, accepted: 1, deemedAccepted: 1, concluded: 2, concludedCarriedOver: 2, carryIn: 2, carryOut: 1 });
    expect(f.invariant).toEqual({ holds: true, left: 3, right: 3, offending: [] });
    expect(listCarryOut(CASES, 2020).map((c) => c.id)).toEqual(['4']);
    expect(f.monthly.accepted[0]).toBe(1);
    expect(f.monthly.concluded[0]).toBe(1);
    expect(f.monthly.concluded[11]).toBe(1);
  });

  it('a case concluded on its acceptance day is never carried over', () => {
    const cases = [mk('9', { received: '2019-12-30', accepted: '2019-12-31', concluded: '2019-12-31', outcome: 'mediation' })];
    expect(figures(cases, 2019)).toMatchObject({ accepted: 1, concluded: 1, concludedCarriedOver: 0, carryOut: 0 });
    expect(figures(cases, 2020)).toMatchObject({ carryIn: 0, concluded: 0 });
  });

  it('a deleted case (回收站) counts in no year, not even as a carry-over', () => {
    const cases = [mk('8', { received: '2018-12-31', accepted: '2018-12-31', concluded: '2019-06-01', deleted: true })];
    expect(figures(cases, 2018)).toMatchObject({ received: 0, accepted: 0, carryOut: 0 });
    expect(figures(cases, 2019)).toMatchObject({ carryIn: 0, concluded: 0 });
    expect(listCarryOut(cases, 2018)).toEqual([]);
  });

  it('counts letters by issue date: 2019-12-31 in 2019, 2020-01-01 in 2020, 2018-12-31 in 2018', () => {
    const letters = [
      letter('l1', 'opinion', '2019-12-31'),
      letter('l2', 'opinion', '2020-01-01'),
      letter('l3', 'suggestion', '2018-12-31'),
      letter('l4', 'suggestion', '2019-01-01'),
    ];
    expect(figures([], 2019, letters)).toMatchObject({ opinionLetters: 1, suggestionLetters: 1 });
    expect(figures([], 2020, letters)).toMatchObject({ opinionLetters: 1, suggestionLetters: 0 });
    expect(figures([], 2018, letters)).toMatchObject({ opinionLetters: 0, suggestionLetters: 1 });
  });

  it('names a case concluded without an acceptance date as breaking the invariant', () => {
    const cases = [mk('x', { received: '2019-03-01', concluded: '2019-05-01' })];
    const f = figures(cases, 2019);
    expect(f.invariant.holds).toBe(false);
    expect(f.invariant).toMatchObject({ left: 0, right: 1 });
    expect(f.invariant.offending).toEqual([{ caseId: 'x', caseNo: '丹政复〔2019〕x号', reason: '审结日期为2019-05-01，但没有受理日期' }]);
  });

  it('names a case concluded before its acceptance date', () => {
    const cases = [mk('y', { received: '2019-03-01', accepted: '2019-06-01', concluded: '2019-05-01' })];
    const f = figures(cases, 2019);
    expect(f.problems).toContainEqual({ caseId: 'y', caseNo: '丹政复〔2019〕y号', reason: '审结日期（2019-05-01）早于受理日期（2019-06-01）' });
  });
});

describe('isDirectCorrection', () => {
  it('takes the outcomes of the definition, and 改正后终止 only when the definition says so', () => {
    const revoke = mk('r', { received: '2019-01-02', accepted: '2019-01-03', concluded: '2019-02-01', outcome: 'revoke' });
    const terminated = {
      ...mk('t', { received: '2019-01-02', accepted: '2019-01-03', concluded: '2019-02-01', outcome: 'terminate' }),
      correctedBeforeTermination: true,
    };
    const open = mk('o', { received: '2019-01-02', accepted: '2019-01-03' });
    expect(isDirectCorrection(revoke, DEFAULT_CORRECTION_RATE)).toBe(true);
    expect(isDirectCorrection(open, DEFAULT_CORRECTION_RATE)).toBe(false);
    expect(isDirectCorrection(terminated, DEFAULT_CORRECTION_RATE)).toBe(false);
    expect(isDirectCorrection(terminated, { ...DEFAULT_CORRECTION_RATE, includeCorrectedTermination: true })).toBe(true);
    expect(
      isDirectCorrection({ ...terminated, correctedBeforeTermination: false }, { ...DEFAULT_CORRECTION_RATE, includeCorrectedTermination: true }),
    ).toBe(false);
  });
});
