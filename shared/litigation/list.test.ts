import { describe, expect, it } from 'vitest';
import { SEED_HOLIDAYS } from '../calendar/holidays';
import { makeWorkCalendar } from '../calendar/working-days';
import { appealDeadline, litigationDeadlines } from './deadlines';
import { hearing, litigationCase as lc } from './fixture.test-util';
import { inListState, litigationSearchText, matchesLitigationFilter, runningDeadlines } from './list';
import { DEFAULT_LOSS_OUTCOMES } from './types';

const cal = makeWorkCalendar(SEED_HOLIDAYS);
const TODAY = '2019-06-05';

// Received 2019-05-28, no 答辩 yet: the defence deadline runs (2019-06-12).
const awaitingDefence = lc({ caseNo: '（2019）苏1181行初12号', receivedDate: '2019-05-28', defenceDate: null, plaintiff: '张建国' });
// A 判决撤销 served 2019-06-03: the appeal period runs, and it is 败诉 by default.
const awaitingAppeal = lc({
  caseNo: '（2019）苏1181行初5号',
  receivedDate: '2019-02-01',
  concludedDate: '2019-06-01',
  outcome: 'revoke',
  servedDate: '2019-06-03',
  coDefendant: '丹阳市人民政府',
});
// Concluded, appeal decided.
const closed = lc({
  receivedDate: '2019-01-10',
  concludedDate: '2019-04-01',
  outcome: 'dismissClaim',
  servedDate: '2019-04-03',
  appealDecision: 'notAppealed',
});
// Open, 答辩 long overdue.
const overdue = lc({ receivedDate: '2019-04-01', defenceDate: null, hearings: [hearing('2019-06-20', null, false)] });

const dl = (c: ReturnType<typeof lc>) => litigationDeadlines(c, cal, TODAY);
const state = (c: ReturnType<typeof lc>, s: Parameters<typeof inListState>[2]) => inListState(c, dl(c), s, DEFAULT_LOSS_OUTCOMES);

describe('行政应诉 list states', () => {
  it('待答辩: the 15-day defence period runs (no 答辩 date yet)', () => {
    expect(state(awaitingDefence, 'defence')).toBe(true);
    expect(state(awaitingAppeal, 'defence')).toBe(false);
    expect(state(overdue, 'defence')).toBe(true);
  });
  it('待决定上诉: a first-instance 判决 or 裁定 served, no decision yet', () => {
    expect(state(awaitingAppeal, 'appeal')).toBe(true);
    expect(state(closed, 'appeal')).toBe(false);
    expect(state(awaitingDefence, 'appeal')).toBe(false);
  });
  it('审理中 / 已结案 / 败诉 / 已超期 (a hearing still to come is never overdue)', () => {
    expect([awaitingDefence, awaitingAppeal, closed, overdue].map((c) => state(c, 'open'))).toEqual([true, false, false, true]);
    expect([awaitingDefence, awaitingAppeal, closed, overdue].map((c) => state(c, 'concluded'))).toEqual([false, true, true, false]);
    expect([awaitingDefence, awaitingAppeal, closed, overdue].map((c) => state(c, 'lost'))).toEqual([false, true, false, false]);
    expect([awaitingDefence, awaitingAppeal, closed, overdue].map((c) => state(c, 'overdue'))).toEqual([false, false, false, true]);
  });
});

describe('a lapsed appeal period', () => {
  // A 判决 served 2019-04-03 with no decision recorded: the 15 days ran out on 2019-04-18.
  const lapsed = lc({ receivedDate: '2019-01-10', concludedDate: '2019-04-01', outcome: 'revoke', servedDate: '2019-04-03' });
  it('is neither 待决定上诉 nor 已超期, and not a running deadline', () => {
    expect(dl(lapsed).find((d) => d.kind === 'appeal')).toMatchObject({ state: 'open', due: '2019-04-18' });
    expect(state(lapsed, 'appeal')).toBe(false);
    expect(state(lapsed, 'overdue')).toBe(false);
    expect(runningDeadlines(dl(lapsed))).toEqual([]);
  });
});

describe('行政应诉 list filter', () => {
  it('searches 案号, 原告, 共同被告 … in lower case', () => {
    expect(litigationSearchText(awaitingAppeal)).toContain('丹阳市人民政府');
    expect(matchesLitigationFilter(awaitingDefence, dl(awaitingDefence), { q: '张建国' }, DEFAULT_LOSS_OUTCOMES)).toBe(true);
    expect(matchesLitigationFilter(awaitingAppeal, dl(awaitingAppeal), { q: '张建国' }, DEFAULT_LOSS_OUTCOMES)).toBe(false);
    expect(matchesLitigationFilter(awaitingAppeal, dl(awaitingAppeal), { q: '行初5号' }, DEFAULT_LOSS_OUTCOMES)).toBe(true);
  });
  it('combines court, year, 结案方式 and state', () => {
    const f = { court: '丹阳市人民法院', year: 2019, outcome: 'revoke' as const, state: 'appeal' as const };
    expect(matchesLitigationFilter(awaitingAppeal, dl(awaitingAppeal), f, DEFAULT_LOSS_OUTCOMES)).toBe(true);
    expect(matchesLitigationFilter(awaitingAppeal, dl(awaitingAppeal), { ...f, year: 2020 }, DEFAULT_LOSS_OUTCOMES)).toBe(false);
    expect(matchesLitigationFilter(awaitingAppeal, dl(awaitingAppeal), { ...f, outcome: 'dismissClaim' }, DEFAULT_LOSS_OUTCOMES)).toBe(false);
    expect(matchesLitigationFilter(awaitingAppeal, dl(awaitingAppeal), { ...f, court: '镇江市中级人民法院' }, DEFAULT_LOSS_OUTCOMES)).toBe(false);
  });
  it('the running deadlines, earliest first: 答辩 before a later hearing', () => {
    expect(runningDeadlines(dl(overdue)).map((d) => d.kind)).toEqual(['defence', 'hearing']);
    expect(runningDeadlines(dl(closed))).toEqual([]);
  });
});

describe('上诉期 rolled to a working day', () => {
  it('a 裁定 served 2019-09-21: the 10th day is 国庆 2019-10-01, so 2019-10-08', () => {
    const c = lc({ concludedDate: '2019-09-20', outcome: 'dismissSuit', servedDate: '2019-09-21' });
    const d = appealDeadline(c, cal, '2019-09-25')!;
    expect(d).toMatchObject({ due: '2019-10-08', state: 'open' });
    expect(d.basis).toBe('行政诉讼法第八十五条：裁定书送达之日起10日内；期限末日2019年10月1日为休息日，顺延至2019年10月8日');
  });
  it('a 判决 served on Friday 2019-06-14: the 15th day is Saturday 2019-06-29, so Monday 2019-07-01', () => {
    const c = lc({ concludedDate: '2019-06-13', outcome: 'revoke', servedDate: '2019-06-14' });
    expect(appealDeadline(c, cal, '2019-06-20')).toMatchObject({ due: '2019-07-01' });
  });
});
