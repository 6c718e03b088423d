/**
 * 行政应诉 rows → records through validateLitigationFields. Key: the court's 案号 (litigationCaseNoKey). Re-importing a
 * case takes only the columns the sheet has; hearings are read from 开庭日期 (several separated by ；) with
 * 负责人出庭 / 出庭负责人 / 机关出庭 given per hearing in the same order (one value applies to every hearing).
 * 关联复议案号 links the 行政复议 case of that 案号; 前审案号 is read but the link is made on the record page.
 */
import { pickChoice } from '../import/cells';
import { sameContent, stampFor, type ImportContext } from '../import/context';
import type { Built, Refs } from '../import/refs';
import type { RowReader } from '../import/rows';
import { parseDateCell } from '../import/dates';
import { normalizeCaseNo } from '../review/case-number';
import { isLost } from './counts';
import { litigationCaseNoKey, validateLitigationFields, type LitigationFields } from './schema';
import {
  APPEAL_DECISION_LABELS,
  DEFENDANT_KIND_LABELS,
  INSTANCE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  PLAINTIFF_TYPE_LABELS,
  type Hearing,
  type LitigationCase,
} from './types';

type Choices<T> = readonly (readonly [T, readonly string[]])[];
const fromLabels = <T extends string>(labels: Record<T, string>, extra: Partial<Record<T, string[]>> = {}): Choices<T> =>
  (Object.keys(labels) as T[]).map((k) => [k, [labels[k], ...(extra[k] ?? [])]] as const);

const INSTANCES = fromLabels(INSTANCE_LABELS, { first: ['第一审', '一审案件'], second: ['第二审', '上诉'], retrial: ['再审审查', '申请再审'] });
const PLAINTIFFS = fromLabels(PLAINTIFF_TYPE_LABELS, { natural: ['个人', '公民'], organization: ['法人', '其他组织', '单位', '企业'] });
const DEFENDANTS = fromLabels(DEFENDANT_KIND_LABELS, {
  government: ['市人民政府', '政府', '市政府本级'],
  department: ['部门', '市级部门', '市政府组成部门'],
  town: ['镇', '街道', '区', '乡镇'],
});
const OUTCOMES = fromLabels(LITIGATION_OUTCOME_LABELS, {
  dismissClaim: ['驳回诉讼请求', '驳回原告诉讼请求', '判决驳回'],
  revoke: ['撤销'],
  partialRevoke: ['部分撤销'],
  orderPerform: ['责令履行', '判决履行', '履行法定职责'],
  confirmIllegal: ['确认违法'],
  confirmInvalid: ['确认无效'],
  alter: ['变更'],
  payment: ['给付', '判决赔偿'],
  agreementPerform: ['行政协议履行', '补偿'],
  appealDismissed: ['驳回上诉', '维持原判', '驳回上诉，维持原判'],
  dismissSuit: ['驳回起诉'],
  withdrawVoluntary: ['撤诉', '准许撤诉', '原告撤诉'],
  withdrawAfterChange: ['改变行为后撤诉', '被告改变行政行为后撤诉'],
  terminate: ['终结诉讼'],
  remand: ['发回重审'],
});
const APPEALS = fromLabels(APPEAL_DECISION_LABELS, { appealed: ['上诉', '是'], notAppealed: ['未上诉', '否'] });

export function litigationKey(r: RowReader): string | null {
  const caseNo = r.text('caseNo');
  if (!caseNo) {
    if (r.ok) r.issue('caseNo', `${r.header('caseNo')}不能为空`);
    return null;
  }
  return litigationCaseNoKey(caseNo);
}

const TEXT = [
  'caseNo',
  'court',
  'plaintiff',
  'defendant',
  'coDefendant',
  'thirdParty',
  'actName',
  'actDocNo',
  'actCategory',
  'field',
  'claims',
  'judicialSuggestion',
  'handler',
  'counsel',
  'lostOverrideReason',
  'note',
] as const;
const DATES = ['actDate', 'receivedDate', 'defenceDate', 'concludedDate', 'servedDate'] as const;

const split = (t: string) =>
  t
    .split(/[；;、，,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function readHearings(r: RowReader, existing: Hearing[], ctx: ImportContext): Hearing[] | null {
  const dates = split(r.text('hearingDates'));
  const per = (key: string) => split(r.text(key));
  const heads = per('headAppeared');
  const names = per('headName');
  const agency = per('agencyAppeared');
  const out: Hearing[] = [];
  for (const [i, raw] of dates.entries()) {
    const date = parseDateCell(raw);
    if (typeof date !== 'string') {
      r.issue('hearingDates', `第${i + 1}个开庭日期“${raw}”无法识别`);
      return null;
    }
    const at = <T>(list: T[]) => (list.length === 1 ? list[0] : list[i]);
    const yes = (v: string | undefined) => v !== undefined && /^(是|有|√|出庭|y|yes|1)$/i.test(v);
    const old = existing.find((h) => h.date === date);
    out.push({
      id: old?.id ?? ctx.newId(),
      date,
      headAppeared: yes(at(heads)),
      headName: at(names) ?? '',
      agencyAppeared: yes(at(agency)) || yes(at(heads)),
      note: old?.note ?? '',
    });
  }
  return out;
}

export function buildLitigation(r: RowReader, existing: LitigationCase | null, ctx: ImportContext, refs: Refs): Built<LitigationCase> | null {
  const input: Record<string, unknown> = existing
    ? { ...existing }
    : { instance: 'first', plaintiffType: 'natural', defendantKind: 'department', hearings: [], compensationClaimed: false, lostOverride: null };
  // A column left blank where the case has a value keeps it (RowReader.keep: a removal the clerk may apply).
  for (const k of TEXT) if (r.has(k)) input[k] = r.text(k);
  r.keepStored(
    input,
    existing,
    TEXT.filter((k) => k !== 'caseNo'),
  );
  if (existing && litigationCaseNoKey(String(input.caseNo)) === existing.caseNoKey) input.caseNo = existing.caseNo;
  for (const k of DATES) if (r.has(k)) input[k] = r.keep(k, r.date(k), existing?.[k] ?? undefined);
  const choose = <T extends string>(key: string, target: keyof LitigationCase & string, table: Choices<T>) => {
    if (!r.has(key)) return;
    const t = r.text(key);
    const stored = existing?.[target] as string | null | undefined;
    if (t) input[target] = pickChoice(t, table) ?? t;
    // Blank: an outcome or appeal decision is taken away only when the clerk applies the row's removals; a choice
    // every case has (审级, 原告类型, 被告类别) keeps the stored one or, for a new case, its first value.
    else if (target === 'outcome' || target === 'appealDecision') input[target] = r.keep(key, null, stored ?? undefined);
    else if (!existing) input[target] = undefined;
  };
  choose('instance', 'instance', INSTANCES);
  choose('plaintiffType', 'plaintiffType', PLAINTIFFS);
  choose('defendantKind', 'defendantKind', DEFENDANTS);
  choose('outcome', 'outcome', OUTCOMES);
  choose('appealDecision', 'appealDecision', APPEALS);
  if (r.has('plaintiffCount')) input.plaintiffCount = r.wholeNumber('plaintiffCount') ?? existing?.plaintiffCount ?? 1;
  if (r.has('compensationClaimed'))
    input.compensationClaimed = r.yesNo('compensationClaimed') ?? (r.applyRemovals ? false : (existing?.compensationClaimed ?? false));
  if (r.has('lost')) {
    const v = r.yesNo('lost');
    if (v === null) input.lostOverride = r.keep('lost', null, existing?.lostOverride ?? undefined);
    else {
      // The export writes 是否败诉 for every concluded case: a value the 设置 rule gives anyway, with no 败诉认定理由,
      // is not a finding by hand. One that differs from the rule is, and then needs its reason (the validation says so).
      const ruled = isLost({ ...(input as unknown as LitigationCase), lostOverride: null }, ctx.settings.litigation.lossOutcomes);
      const reason = String(input.lostOverrideReason ?? '').trim();
      input.lostOverride = v === ruled && !reason ? null : v;
    }
  }
  if (r.has('reviewCaseNo')) {
    const no = r.text('reviewCaseNo');
    if (!no) input.reviewCaseId = r.keep('reviewCaseNo', null, existing?.reviewCaseId ?? undefined);
    else {
      const c = refs.cases.get(normalizeCaseNo(no));
      if (c) input.reviewCaseId = c.id;
      else r.issue('reviewCaseNo', `台账中没有案号为“${no}”的行政复议案件`);
    }
  }
  if (r.has('hearingDates')) {
    const hearings = readHearings(r, existing?.hearings ?? [], ctx);
    if (hearings)
      input.hearings = r.keep('hearingDates', hearings.length ? hearings : null, existing?.hearings.length ? existing.hearings : undefined) ?? [];
  }
  if (!r.ok) return null;
  const result = validateLitigationFields(input, ctx.today);
  if (!result.ok) {
    const column: Record<string, string> = {
      hearings: 'hearingDates',
      lostOverride: 'lost',
      reviewCaseId: 'reviewCaseNo',
      earlierInstanceId: 'earlierInstanceNo',
    };
    r.addFieldErrors(result.errors, (f) => column[f] ?? f);
    return null;
  }
  const fields: LitigationFields = result.value;
  const record = stampFor<LitigationCase>({ ...fields, caseNoKey: litigationCaseNoKey(fields.caseNo) }, existing, ctx);
  return { record, changed: !existing || !sameContent(record, existing) };
}
