import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { computeLitigationYearFigures, isLost } from './counts';
import { hearing, litigationCase as lc } from './fixture.test-util';
import { intermediateCourtSentence, litigationReportSentences } from './report';
import { DEFAULT_LITIGATION_SETTINGS, type LitigationSettings } from './types';

const LOCAL = '丹阳市人民法院';
const MID = '镇江市中级人民法院';
const GOV = '丹阳市人民政府';
const gov = { court: MID, defendant: GOV, defendantKind: 'government' as const };

// The hand-worked example of docs/rules.md "行政应诉" (two years).
const A = lc({
  caseNo: 'A',
  receivedDate: '2018-11-20',
  concludedDate: '2019-02-15',
  outcome: 'dismissClaim',
  hearings: [hearing('2019-01-10', '李局长')],
});
// Filed in December, concluded in January, lost.
const B = lc({
  caseNo: 'B',
  receivedDate: '2019-12-20',
  concludedDate: '2020-01-15',
  outcome: 'revoke',
  compensationClaimed: true,
  hearings: [hearing('2020-01-08', null, true)],
});
// Won at first instance (local court) …
const C = lc({
  id: 'C',
  caseNo: 'C',
  defendant: GOV,
  defendantKind: 'government',
  receivedDate: '2019-03-01',
  concludedDate: '2019-06-30',
  outcome: 'dismissClaim',
  hearings: [hearing('2019-05-10', '王副市长')],
});
// … and lost on appeal in the intermediate court, concluded the next year.
const D = lc({
  caseNo: 'D',
  ...gov,
  instance: 'second',
  earlierInstanceId: 'C',
  judicialSuggestion: '建议完善征收补偿程序',
  receivedDate: '2019-08-01',
  concludedDate: '2020-03-01',
  outcome: 'revoke',
  hearings: [hearing('2019-11-05', '王副市长')],
});
const E = lc({ caseNo: 'E', receivedDate: '2019-04-01', concludedDate: '2019-09-01', outcome: 'withdrawAfterChange' });
const F = lc({
  caseNo: 'F',
  ...gov,
  receivedDate: '2019-05-01',
  concludedDate: '2019-10-10',
  outcome: 'confirmIllegal',
  hearings: [hearing('2019-07-01', null, true)],
});
const G = lc({ caseNo: 'G', receivedDate: '2019-10-01' });
const gone = lc({ caseNo: 'H', receivedDate: '2019-05-01', deleted: 1 });
const CASES = [A, B, C, D, E, F, G, gone];

const figures = (year: number, settings: LitigationSettings = DEFAULT_LITIGATION_SETTINGS) =>
  computeLitigationYearFigures({ cases: CASES, year, settings });

describe('行政应诉 figures, hand-worked over 2019 and 2020', () => {
  it('2019, all cases: 受理 6, 结案 4 (1 carried over), 开庭 4, 败诉 1 of 4, both appearance rates, the carry-over balances', () => {
    const a = figures(2019).all;
    expect(a).toMatchObject({
      received: 6,
      concluded: 4,
      concludedCarriedOver: 1,
      carryIn: 1,
      carryOut: 3,
      heard: 4,
      lost: 1,
      lossRate: '25%',
      withdrawnAfterChange: 1,
      hearings: 4,
      headAppearances: 3,
      agencyAppearances: 4,
      headRate: '75%',
      agencyRate: '100%',
      receivedAndConcluded: 3,
      invariant: { holds: true, broken: [] },
    });
  });

  it('2019, the local court: 受理 4, 结案 3 含2018年结转, 开庭 2, 败诉 0 (the withdrawal after a change is apart)', () => {
    expect(figures(2019).local).toMatchObject({
      received: 4,
      concluded: 3,
      concludedCarriedOver: 1,
      heard: 2,
      lost: 0,
      withdrawnAfterChange: 1,
      carryIn: 1,
      carryOut: 2,
    });
  });

  it('2019, the government in the intermediate court: 受理 2, 已审结 1, 负责人出庭 1 of 2 hearings', () => {
    expect(figures(2019).governmentIntermediate).toMatchObject({
      received: 2,
      receivedAndConcluded: 1,
      hearings: 2,
      headRate: '50%',
      agencyRate: '100%',
    });
  });

  it('2020: the December case and the appeal are concluded as carry-overs, both lost', () => {
    const f = figures(2020);
    expect(f.all).toMatchObject({ received: 0, concluded: 2, concludedCarriedOver: 2, carryIn: 3, carryOut: 1, heard: 1, lost: 2, lossRate: '100%' });
    expect(f.all.invariant.holds).toBe(true);
    expect(f.local).toMatchObject({ concluded: 1, lost: 1, heard: 1 });
    expect(f.governmentIntermediate).toMatchObject({ received: 0, hearings: 0, headRate: null });
  });

  it('splits by court, 被告, outcome, 行为类别 and 管理领域', () => {
    const f = figures(2019);
    expect(f.byCourt).toEqual([
      { name: LOCAL, count: 4 },
      { name: MID, count: 2 },
    ]);
    expect(f.byDefendantKind).toEqual({ government: 3, department: 3, town: 0 });
    expect(f.byDefendant[0]).toEqual({ name: GOV, count: 3 });
    expect(f.byOutcome.dismissClaim).toBe(2);
    expect(f.byOutcome.confirmIllegal).toBe(1);
    expect(f.byOutcome.withdrawAfterChange).toBe(1);
    expect(f.byActCategory).toEqual([{ name: '行政处罚', count: 6 }]);
    expect(f.byField).toEqual([{ name: '自然资源', count: 6 }]);
  });

  it('2020 splits: only what was concluded in 2020 (both 撤销), nothing received; 行政赔偿 and 司法建议 by year', () => {
    const f = figures(2020);
    expect(f.byCourt).toEqual([]);
    expect(f.byDefendantKind).toEqual({ government: 0, department: 0, town: 0 });
    expect(f.byOutcome.revoke).toBe(2);
    expect(Object.values(f.byOutcome).reduce((s, n) => s + n, 0)).toBe(f.all.concluded);
    // B (filed 2019-12, concluded 2020-01) claimed 行政赔偿: counted in the year it was concluded.
    expect(f.compensationClaimed).toBe(1);
    expect(figures(2019).compensationClaimed).toBe(0);
    // D's 司法建议: D was received in 2019 and concluded in 2020, so both years name it.
    expect(f.judicialSuggestions).toBe(1);
    expect(figures(2019).judicialSuggestions).toBe(1);
    // The appeal D is the government in the intermediate court: concluded in 2020 as a 2019 carry-over, lost.
    expect(f.governmentIntermediate).toMatchObject({
      concluded: 1,
      concludedCarriedOver: 1,
      lost: 1,
      carryIn: 1,
      carryOut: 0,
      receivedAndConcluded: 0,
    });
    expect(f.governmentIntermediate.invariant.holds).toBe(true);
  });

  it('2021: G (received 2019, never concluded) is the one case carried in and out; nothing else counts', () => {
    expect(figures(2021).all).toMatchObject({ received: 0, concluded: 0, carryIn: 1, carryOut: 1, heard: 0, lost: 0, lossRate: null, hearings: 0 });
  });

  it('是否败诉 follows the setting, and a finding by hand overrides it', () => {
    expect(isLost(E, DEFAULT_LITIGATION_SETTINGS.lossOutcomes)).toBe(false);
    expect(isLost(E, [...DEFAULT_LITIGATION_SETTINGS.lossOutcomes, 'withdrawAfterChange'])).toBe(true);
    expect(isLost({ ...C, lostOverride: true, lostOverrideReason: '判决驳回但责令补正程序' }, DEFAULT_LITIGATION_SETTINGS.lossOutcomes)).toBe(true);
    expect(
      isLost({ ...F, lostOverride: false, lostOverrideReason: '确认违法但保留效力，经研究不计败诉' }, DEFAULT_LITIGATION_SETTINGS.lossOutcomes),
    ).toBe(false);
    expect(isLost(G, DEFAULT_LITIGATION_SETTINGS.lossOutcomes)).toBe(false);
  });

  it('names the cases that break the carry-over (结案 before 收到)', () => {
    const bad = lc({ caseNo: 'X', receivedDate: '2019-05-01', concludedDate: '2019-04-01', outcome: 'dismissClaim' });
    const s = computeLitigationYearFigures({ cases: [bad], year: 2019, settings: DEFAULT_LITIGATION_SETTINGS }).all;
    expect(s.invariant).toEqual({ holds: false, broken: ['X'] });
  });
});

describe('行政应诉 report sentences', () => {
  const organs = DEFAULT_SETTINGS.organNames;
  it('2019 of the example, with the 负责人 rate or the agency rate as 设置 chooses', () => {
    expect(litigationReportSentences(figures(2019), organs).join('')).toBe(
      '2019年，丹阳市人民法院共受理行政诉讼4件，结案3件（含2018年结转），开庭审理2件，行政机关败诉0件。镇江市中级人民法院受理以丹阳市人民政府为被告的行政诉讼案件共2件，其中已审结1件，出庭应诉率50%。',
    );
    const agency = figures(2019, { ...DEFAULT_LITIGATION_SETTINGS, reportRate: 'agency' });
    expect(litigationReportSentences(agency, organs)[1]).toBe(
      '镇江市中级人民法院受理以丹阳市人民政府为被告的行政诉讼案件共2件，其中已审结1件，出庭应诉率100%。',
    );
  });

  it('2020: court names from the settings; the intermediate court, with nothing received or concluded, is left out', () => {
    const f = figures(2020, { ...DEFAULT_LITIGATION_SETTINGS, localCourt: LOCAL });
    expect(litigationReportSentences(f, organs)).toEqual([
      '2020年，丹阳市人民法院共受理行政诉讼0件，结案1件（含2019年结转），开庭审理1件，行政机关败诉1件。',
    ]);
    expect(intermediateCourtSentence(f, organs)).toBe('镇江市中级人民法院受理以丹阳市人民政府为被告的行政诉讼案件共0件，其中已审结0件。');
    expect(litigationReportSentences(computeLitigationYearFigures({ cases: [], year: 2021, settings: DEFAULT_LITIGATION_SETTINGS }), organs)).toEqual(
      [],
    );
  });

  it('reproduces the reference report word for word from hand-made records', () => {
    const cases = [];
    // 丹阳市人民法院: 30 cases of 2018 concluded in 2019; 101 received in 2019, 80 of them concluded in 2019 (110 in all);
    // 70 of the 2019 cases heard; 14 judgments revoking the act.
    for (let i = 0; i < 30; i++) cases.push(lc({ receivedDate: '2018-10-08', concludedDate: '2019-01-20', outcome: 'dismissClaim' }));
    for (let i = 0; i < 101; i++) {
      cases.push(
        lc({
          receivedDate: '2019-02-11',
          concludedDate: i < 80 ? '2019-09-20' : null,
          outcome: i < 80 ? (i < 14 ? 'revoke' : 'dismissClaim') : null,
          hearings: i < 70 ? [hearing('2019-05-15', '分管副局长')] : [],
        }),
      );
    }
    // 镇江市中级人民法院, 丹阳市人民政府 as defendant: 64 received, 23 concluded; the 负责人 at every hearing.
    for (let i = 0; i < 64; i++) {
      cases.push(
        lc({
          ...gov,
          receivedDate: '2019-03-04',
          concludedDate: i < 23 ? '2019-11-18' : null,
          outcome: i < 23 ? 'dismissClaim' : null,
          hearings: i < 40 ? [hearing('2019-06-12', '副市长')] : [],
        }),
      );
    }
    const f = computeLitigationYearFigures({ cases, year: 2019, settings: DEFAULT_LITIGATION_SETTINGS });
    expect(litigationReportSentences(f, organs).join('')).toBe(
      '2019年，丹阳市人民法院共受理行政诉讼101件，结案110件（含2018年结转），开庭审理70件，行政机关败诉14件。镇江市中级人民法院受理以丹阳市人民政府为被告的行政诉讼案件共64件，其中已审结23件，出庭应诉率100%。',
    );
  });
});
