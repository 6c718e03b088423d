/**
 * The litigation record as the clerk fills it in, checked field by field and across fields. Every message names its
 * field in Chinese. Used by the form (through the repository) and by the import.
 */
import { isDateStr, type DateStr } from '../dates';
import type { BaseRecord } from '../record';
import { normalizeCaseNo } from '../review/case-number';
import type { FieldError, Validated } from '../review/schema';
import {
  APPEAL_DECISION_LABELS,
  APPEAL_DECISIONS,
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  INSTANCE_LABELS,
  LITIGATION_INSTANCES,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  PLAINTIFF_TYPE_LABELS,
  PLAINTIFF_TYPES,
  type Hearing,
  type LitigationCase,
} from './types';

export type LitigationFields = Omit<LitigationCase, keyof BaseRecord | 'caseNoKey'>;

export const LITIGATION_FIELD_LABELS: Record<keyof LitigationFields, string> = {
  caseNo: '案号',
  instance: '审级',
  earlierInstanceId: '前审案件',
  court: '法院',
  plaintiff: '原告',
  plaintiffType: '原告类型',
  plaintiffCount: '原告人数',
  defendant: '被告',
  defendantKind: '被告类别',
  coDefendant: '共同被告',
  reviewCaseId: '关联复议案件',
  thirdParty: '第三人',
  actName: '被诉行政行为',
  actDocNo: '行为文号',
  actDate: '行为作出日期',
  actCategory: '行为类别',
  field: '管理领域',
  claims: '诉讼请求',
  compensationClaimed: '一并请求行政赔偿',
  receivedDate: '收到应诉通知书日期',
  defenceDate: '答辩状及证据提交日期',
  hearings: '开庭',
  concludedDate: '结案日期',
  outcome: '结案方式',
  servedDate: '裁判文书送达日期',
  appealDecision: '是否上诉',
  lostOverride: '是否败诉（人工认定）',
  lostOverrideReason: '人工认定理由',
  judicialSuggestion: '司法建议',
  handler: '承办人',
  counsel: '代理律师 / 法律顾问',
  note: '备注',
};

/** The fields of the registration form, in label order (the hearings are kept on the record page). */
export const LITIGATION_FORM_FIELDS = (Object.keys(LITIGATION_FIELD_LABELS) as (keyof LitigationFields)[]).filter((k) => k !== 'hearings');
const L = LITIGATION_FIELD_LABELS;

/** 案号 key: full/half width, brackets, spaces, 第 and leading zeros of the number ignored (like 行政复议 案号). */
export function litigationCaseNoKey(caseNo: string): string {
  return normalizeCaseNo(caseNo).replace(/第?0*(\d+)号$/, '$1号');
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** A choice given as its code or its label. */
function pick<T extends string>(v: unknown, codes: readonly T[], labels: Record<T, string>): T | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  return codes.find((c) => c === t || labels[c] === t);
}

const fmtHearing = (i: number) => `第${i + 1}次开庭`;

/**
 * Validates the fields. Cross-field rules: no date after today except a scheduled hearing (which then has no
 * appearance recorded); 答辩 and hearings not before the case was received; 结案日期 not before 收到日期 nor before
 * a hearing; 结案方式 and 结案日期 together; 送达 not before 结案; 负责人出庭 names the 负责人; a 一审 links no earlier
 * instance, a 二审 or 再审 should; a 人工认定 of 败诉 gives its reason.
 */
export function validateLitigationFields(input: unknown, today: DateStr): Validated<LitigationFields> {
  const o = (input ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  const req = (k: keyof LitigationFields, max = 200) => {
    const t = text(o[k]);
    if (!t) err(k, `${L[k]}不能为空`);
    else if (t.length > max) err(k, `${L[k]}不能超过${max}个字`);
    return t;
  };
  const opt = (k: keyof LitigationFields, max = 2000) => {
    const t = text(o[k]);
    if (t.length > max) err(k, `${L[k]}不能超过${max}个字`);
    return t;
  };
  const date = (k: keyof LitigationFields, required: boolean): DateStr | null => {
    const v = o[k];
    if (blank(v)) {
      if (required) err(k, `${L[k]}不能为空`);
      return null;
    }
    const t = text(v);
    if (!isDateStr(t)) {
      err(k, `${L[k]}不是有效日期（格式：2019-03-05）`);
      return null;
    }
    if (t > today) err(k, `${L[k]}（${t}）晚于今天`);
    return t;
  };
  const choice = <T extends string>(k: keyof LitigationFields, codes: readonly T[], labels: Record<T, string>, required: boolean): T | null => {
    if (blank(o[k])) {
      if (required) err(k, `${L[k]}不能为空`);
      return null;
    }
    const c = pick(o[k], codes, labels);
    if (!c) err(k, `${L[k]}必须是${codes.map((x) => labels[x]).join('、')}之一`);
    return c ?? null;
  };
  const bool = (k: keyof LitigationFields): boolean => o[k] === true;
  const link = (k: keyof LitigationFields): string | null => (typeof o[k] === 'string' && (o[k] as string) ? (o[k] as string) : null);

  const caseNo = req('caseNo', 60);
  const instance = choice('instance', LITIGATION_INSTANCES, INSTANCE_LABELS, true) ?? 'first';
  const earlierInstanceId = link('earlierInstanceId');
  const court = req('court', 60);
  const plaintiff = req('plaintiff');
  const plaintiffType = choice('plaintiffType', PLAINTIFF_TYPES, PLAINTIFF_TYPE_LABELS, true) ?? 'natural';
  let plaintiffCount = 1;
  if (!blank(o.plaintiffCount)) {
    const n = Number(text(o.plaintiffCount));
    if (!Number.isInteger(n) || n < 1 || n > 10000) err('plaintiffCount', `${L.plaintiffCount}必须是1到10000之间的整数`);
    else plaintiffCount = n;
  }
  const defendant = req('defendant', 100);
  const defendantKind = choice('defendantKind', DEFENDANT_KINDS, DEFENDANT_KIND_LABELS, true) ?? 'department';
  const receivedDate = date('receivedDate', true);
  const defenceDate = date('defenceDate', false);
  const concludedDate = date('concludedDate', false);
  const servedDate = date('servedDate', false);
  const actDate = date('actDate', false);
  const outcome = choice('outcome', LITIGATION_OUTCOMES, LITIGATION_OUTCOME_LABELS, false);
  const appealDecision = choice('appealDecision', APPEAL_DECISIONS, APPEAL_DECISION_LABELS, false);
  const lostOverride = o.lostOverride === true ? true : o.lostOverride === false ? false : null;
  const lostOverrideReason = opt('lostOverrideReason', 500);

  const hearings: Hearing[] = [];
  const rawHearings = Array.isArray(o.hearings) ? (o.hearings as Record<string, unknown>[]) : [];
  for (const [i, h] of rawHearings.entries()) {
    const where = fmtHearing(i);
    const d = text(h?.date);
    if (!d) {
      err('hearings', `${where}：开庭日期不能为空`);
      continue;
    }
    if (!isDateStr(d)) {
      err('hearings', `${where}：开庭日期不是有效日期（格式：2019-03-05）`);
      continue;
    }
    const headAppeared = h.headAppeared === true;
    const headName = text(h.headName);
    const agencyAppeared = h.agencyAppeared === true || headAppeared;
    if (receivedDate && d < receivedDate) err('hearings', `${where}日期（${d}）不能早于${L.receivedDate}（${receivedDate}）`);
    if (d > today && (headAppeared || agencyAppeared)) err('hearings', `${where}（${d}）尚未进行，不能填写出庭情况`);
    if (headAppeared && !headName) err('hearings', `${where}：已勾选负责人出庭，出庭负责人姓名不能为空`);
    if (concludedDate && d > concludedDate) err('hearings', `${where}日期（${d}）不能晚于${L.concludedDate}（${concludedDate}）`);
    hearings.push({
      id: text(h.id) || `h${i + 1}`,
      date: d,
      headAppeared,
      headName: headAppeared ? headName : '',
      agencyAppeared,
      note: text(h.note),
    });
  }
  hearings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  if (receivedDate && defenceDate && defenceDate < receivedDate) {
    err('defenceDate', `${L.defenceDate}（${defenceDate}）不能早于${L.receivedDate}（${receivedDate}）`);
  }
  if (receivedDate && concludedDate && concludedDate < receivedDate) {
    err('concludedDate', `${L.concludedDate}（${concludedDate}）不能早于${L.receivedDate}（${receivedDate}）`);
  }
  if (outcome && !concludedDate) err('concludedDate', `已填写${L.outcome}，${L.concludedDate}不能为空`);
  if (concludedDate && !outcome) err('outcome', `已填写${L.concludedDate}，${L.outcome}不能为空`);
  if (servedDate && !concludedDate) err('servedDate', `案件尚未结案，不能填写${L.servedDate}`);
  if (servedDate && concludedDate && servedDate < concludedDate) {
    err('servedDate', `${L.servedDate}（${servedDate}）不能早于${L.concludedDate}（${concludedDate}）`);
  }
  if (appealDecision && !concludedDate) err('appealDecision', `案件尚未结案，不能填写${L.appealDecision}`);
  if (instance === 'first' && earlierInstanceId) err('earlierInstanceId', `一审案件没有${L.earlierInstanceId}，请清除关联或改选审级`);
  if (lostOverride !== null && !lostOverrideReason) err('lostOverrideReason', `人工认定是否败诉时，${L.lostOverrideReason}不能为空`);
  if (lostOverride !== null && !concludedDate) err('lostOverride', `案件尚未结案，不能认定是否败诉`);

  const value: LitigationFields = {
    caseNo,
    instance,
    earlierInstanceId: instance === 'first' ? null : earlierInstanceId,
    court,
    plaintiff,
    plaintiffType,
    plaintiffCount,
    defendant,
    defendantKind,
    coDefendant: opt('coDefendant', 200),
    reviewCaseId: link('reviewCaseId'),
    thirdParty: opt('thirdParty', 200),
    actName: req('actName'),
    actDocNo: opt('actDocNo', 100),
    actDate,
    actCategory: req('actCategory', 50),
    field: req('field', 50),
    claims: opt('claims'),
    compensationClaimed: bool('compensationClaimed'),
    receivedDate: receivedDate ?? '',
    defenceDate,
    hearings,
    concludedDate,
    outcome,
    servedDate,
    appealDecision,
    lostOverride,
    lostOverrideReason: lostOverride === null ? '' : lostOverrideReason,
    judicialSuggestion: opt('judicialSuggestion'),
    handler: req('handler', 50),
    counsel: opt('counsel', 200),
    note: opt('note'),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/**
 * Whether `earlier` can be the earlier instance of a `instance` case with these parties: a 二审 follows a 一审, a 再审
 * a 一审 or 二审, of the same dispute (the same 原告 and 被告), received no later. The refusal names the field.
 */
export function earlierInstanceProblem(
  c: Pick<LitigationFields, 'instance' | 'plaintiff' | 'defendant' | 'receivedDate'>,
  earlier: LitigationCase | undefined,
): string | null {
  if (!earlier || earlier.deleted) return `${L.earlierInstanceId}不存在或已删除`;
  const allowed = c.instance === 'second' ? ['first'] : ['first', 'second'];
  if (!allowed.includes(earlier.instance)) {
    return `${L.earlierInstanceId}（${earlier.caseNo}）是${INSTANCE_LABELS[earlier.instance]}案件，${INSTANCE_LABELS[c.instance]}只能关联${allowed.map((a) => INSTANCE_LABELS[a as 'first']).join('或')}案件`;
  }
  const same = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');
  if (!same(earlier.plaintiff, c.plaintiff) || !same(earlier.defendant, c.defendant)) {
    return `${L.earlierInstanceId}（${earlier.caseNo}）的原告、被告与本案不同，不是同一纠纷的前审`;
  }
  if (c.receivedDate && earlier.receivedDate > c.receivedDate) {
    return `${L.earlierInstanceId}（${earlier.caseNo}）的收到日期晚于本案，不能作为前审`;
  }
  return null;
}
