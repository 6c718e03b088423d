import { describe, expect, it } from 'vitest';
import { makeWorkCalendar } from '../calendar/working-days';
import { SEED_HOLIDAYS } from '../calendar/holidays';
import { appealDeadline, defenceDeadline, hearingItems } from './deadlines';
import { hearing, litigationCase as lc } from './fixture.test-util';
import { earlierInstanceProblem, litigationCaseNoKey, validateLitigationFields } from './schema';

const TODAY = '2019-12-31';
const base = {
  caseNo: '（2019）苏1181行初12号',
  instance: '一审',
  court: '丹阳市人民法院',
  plaintiff: '张三',
  plaintiffType: '自然人',
  defendant: '丹阳市人民政府',
  defendantKind: '市政府',
  actName: '房屋征收补偿决定',
  actCategory: '行政征收',
  field: '住建',
  receivedDate: '2019-03-05',
  handler: '王芳',
  hearings: [],
};
const errorsOf = (over: Record<string, unknown>) => {
  const r = validateLitigationFields({ ...base, ...over }, TODAY);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('validateLitigationFields', () => {
  it('accepts labels for codes and a scheduled hearing', () => {
    const r = validateLitigationFields({ ...base, hearings: [{ date: '2020-01-08' }] }, TODAY);
    expect(r.ok && r.value).toMatchObject({
      instance: 'first',
      plaintiffType: 'natural',
      defendantKind: 'government',
      hearings: [{ date: '2020-01-08' }],
    });
  });

  it('refuses bad input with messages naming the field', () => {
    expect(errorsOf({ concludedDate: '2019-03-01', outcome: '判决驳回诉讼请求' })).toEqual([
      '结案日期（2019-03-01）不能早于收到应诉通知书日期（2019-03-05）',
    ]);
    expect(errorsOf({ hearings: [{ date: '2019-03-01' }] })).toEqual(['第1次开庭日期（2019-03-01）不能早于收到应诉通知书日期（2019-03-05）']);
    expect(errorsOf({ hearings: [{ date: '2019-05-01', headAppeared: true, headName: ' ' }] })).toEqual([
      '第1次开庭：已勾选负责人出庭，出庭负责人姓名不能为空',
    ]);
    expect(errorsOf({ receivedDate: '2020-01-02' })).toEqual(['收到应诉通知书日期（2020-01-02）晚于今天']);
    expect(errorsOf({ hearings: [{ date: '2020-01-08', headAppeared: true, headName: '李' }] })).toEqual([
      '第1次开庭（2020-01-08）尚未进行，不能填写出庭情况',
    ]);
    expect(errorsOf({ outcome: 'revoke' })).toEqual(['已填写结案方式，结案日期不能为空']);
    expect(errorsOf({ caseNo: '' })).toEqual(['案号不能为空']);
    expect(errorsOf({ concludedDate: '2019-06-01', outcome: 'revoke', lostOverride: false })).toEqual(['人工认定是否败诉时，人工认定理由不能为空']);
  });

  it('keys 案号 across full and half width, spaces and leading zeros', () => {
    expect(litigationCaseNoKey('（2019）苏1181行初12号')).toBe(litigationCaseNoKey('(2019) 苏1181行初012号'));
    expect(litigationCaseNoKey('（２０１９）苏１１８１行初１２号')).toBe(litigationCaseNoKey('(2019)苏1181行初12号'));
    expect(litigationCaseNoKey('（2019）苏1181行初12号')).not.toBe(litigationCaseNoKey('（2019）苏1181行初13号'));
  });
});

describe('earlierInstanceProblem', () => {
  const first = lc({ caseNo: '（2019）苏1181行初12号', plaintiff: '张三', defendant: '丹阳市人民政府', receivedDate: '2019-03-05' });
  const appeal = { instance: 'second' as const, plaintiff: '张三', defendant: '丹阳市人民政府', receivedDate: '2019-08-01' };
  it('accepts the 一审 of the same dispute', () => expect(earlierInstanceProblem(appeal, first)).toBeNull());
  it('refuses a 二审 as the earlier instance of a 二审, another dispute, and a gone case', () => {
    expect(earlierInstanceProblem(appeal, { ...first, instance: 'second' })).toBe(
      '前审案件（（2019）苏1181行初12号）是二审案件，二审只能关联一审案件',
    );
    expect(earlierInstanceProblem(appeal, { ...first, plaintiff: '李四' })).toBe(
      '前审案件（（2019）苏1181行初12号）的原告、被告与本案不同，不是同一纠纷的前审',
    );
    expect(earlierInstanceProblem(appeal, undefined)).toBe('前审案件不存在或已删除');
  });
});

describe('行政应诉 deadlines (calendar days, rolled to a working day)', () => {
  const cal = makeWorkCalendar(SEED_HOLIDAYS);
  it('答辩状: 15 days; received 2019-09-16, the 15th day is 国庆 2019-10-01, so 2019-10-08', () => {
    const d = defenceDeadline(lc({ receivedDate: '2019-09-16', defenceDate: null }), cal, '2019-09-20');
    expect(d).toMatchObject({ due: '2019-10-08', state: 'open' });
    expect(d.basis).toContain('顺延至2019年10月8日');
    expect(defenceDeadline(lc({ receivedDate: '2019-03-01', defenceDate: '2019-03-10' }), cal, TODAY)).toMatchObject({
      due: '2019-03-18',
      state: 'met',
    });
  });
  it('上诉: 15 days after a 判决 is served, 10 after a 裁定; none for a 二审 or 调解', () => {
    const j = lc({ concludedDate: '2019-06-01', outcome: 'dismissClaim', servedDate: '2019-06-03' });
    expect(appealDeadline(j, cal, '2019-06-05')).toMatchObject({ due: '2019-06-18', state: 'open' });
    expect(appealDeadline({ ...j, outcome: 'dismissSuit' }, cal, '2019-06-05')).toMatchObject({ due: '2019-06-13' });
    expect(appealDeadline({ ...j, appealDecision: 'notAppealed' }, cal, '2019-06-05')?.state).toBe('met');
    expect(appealDeadline({ ...j, instance: 'second' }, cal, '2019-06-05')).toBeNull();
    expect(appealDeadline({ ...j, outcome: 'mediation' }, cal, '2019-06-05')).toBeNull();
  });
  it('hearings from today on are 待办 dates', () => {
    const c = lc({ hearings: [hearing('2019-05-01', '李'), { ...hearing('2019-06-10', null), agencyAppeared: false }] });
    expect(hearingItems(c, '2019-06-05').map((d) => [d.due, d.daysLeft])).toEqual([['2019-06-10', 5]]);
  });
});
