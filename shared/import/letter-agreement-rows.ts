/**
 * 复议文书 and 行政协议 rows → records, through validateLetterFields and validateAgreementFields.
 * Keys: 复议文书 by 文号 (compared like 案号: brackets, spaces, 第 and leading zeros ignored); 行政协议 by 协议名称 +
 * 收件日期.
 */
import { validateAgreementFields, AGREEMENT_FIELD_NAMES } from '../agreements/schema';
import { AGREEMENT_CATEGORIES, SIGNING_CAPACITY_LABELS, type AgreementReview, type SigningCapacity } from '../agreements/types';
import { normalizeCaseNo } from '../review/case-number';
import { validateLetterFields } from '../review/letter-schema';
import type { ReviewLetter } from '../review/types';
import { isProblem, pickChoice, titleKey, cellText } from './cells';
import { sameContent, stampFor, type ImportContext } from './context';
import type { Built, Refs } from './refs';
import type { RowReader } from './rows';

type Choices<T> = readonly (readonly [T, readonly string[]])[];

// ——— 复议文书 ———

const KIND_CHOICES: Choices<'opinion' | 'suggestion'> = [
  ['opinion', ['意见书', '行政复议意见书', '复议意见书', '意见']],
  ['suggestion', ['建议书', '行政复议建议书', '复议建议书', '建议']],
];

export function letterKey(r: RowReader): string | null {
  const docNo = r.text('docNo');
  if (!docNo) {
    if (!r.hasIssue('docNo')) r.issue('docNo', `${r.header('docNo')}不能为空`);
    return null;
  }
  return normalizeCaseNo(docNo);
}

const LETTER_FIELDS = ['kind', 'docNo', 'caseId', 'issueDate', 'recipient', 'answerDate', 'note'] as const;

export function buildLetter(r: RowReader, existing: ReviewLetter | null, ctx: ImportContext, refs: Refs): Built<ReviewLetter> | null {
  const input: Record<string, unknown> = existing
    ? Object.fromEntries(LETTER_FIELDS.map((k) => [k, existing[k]]))
    : { caseId: null, answerDate: null, note: '' };
  if (r.has('kind')) input.kind = r.choice('kind', KIND_CHOICES, '意见书、建议书') ?? undefined;
  input.docNo = r.text('docNo');
  if (existing && normalizeCaseNo(String(input.docNo)) === normalizeCaseNo(existing.docNo)) input.docNo = existing.docNo;
  if (r.has('caseNo')) {
    const caseNo = r.text('caseNo');
    if (!caseNo) input.caseId = r.keep('caseNo', null, existing?.caseId ?? null);
    else {
      const c = refs.cases.get(normalizeCaseNo(caseNo));
      if (c) input.caseId = c.id;
      else r.issue('caseNo', `台账中没有案号为“${caseNo}”的案件（本次导入的行政复议表中也没有）`);
    }
  }
  if (r.has('issueDate')) input.issueDate = r.date('issueDate');
  if (r.has('answerDate')) input.answerDate = r.date('answerDate');
  if (r.has('recipient')) input.recipient = r.text('recipient');
  if (r.has('note')) input.note = r.text('note');
  r.keepStored(input, existing, ['kind', 'recipient', 'answerDate', 'note']);
  const result = validateLetterFields(input, ctx.today);
  if (!result.ok) r.addFieldErrors(result.errors, (f) => (f === 'caseId' ? 'caseNo' : f));
  if (!result.ok || !r.ok) return null;
  const record = stampFor<ReviewLetter>(result.value, existing, ctx);
  return { record, changed: !existing || !sameContent(record, existing) };
}

// ——— 行政协议 ———

const SIGNING_CHOICES: Choices<SigningCapacity> = [
  ['government', [SIGNING_CAPACITY_LABELS.government, '市政府', '以市人民政府名义', '市人民政府', '政府']],
  ['town', [SIGNING_CAPACITY_LABELS.town, '镇（区、街道）', '以镇名义', '以街道名义', '以区名义', '镇', '区', '街道', '乡镇']],
  ['department', [SIGNING_CAPACITY_LABELS.department, '市政府组成部门', '以部门名义', '部门', '市级部门']],
];
const CATEGORY_CHOICES: Choices<string> = [
  ...AGREEMENT_CATEGORIES.map((c) => [c, [c]] as const),
  ['政府和社会资本合作', ['PPP', '政府和社会资本合作（PPP）', 'PPP项目']],
  ['建设工程（投资500万元以上）', ['建设工程', '建设工程（投资500万元及以上）']],
  ['国有自然资源使用权出让', ['国有土地使用权出让', '土地出让', '国有资源使用权出让']],
];
const OPINION_CHOICES: Choices<'approve' | 'approveAfterChanges' | 'reject'> = [
  ['approve', ['同意签订', '同意', '可以签订']],
  ['approveAfterChanges', ['修改后签订', '修改后同意', '修改完善后签订']],
  ['reject', ['不宜签订', '不同意', '不同意签订']],
];

export function agreementKey(r: RowReader): string | null {
  const name = r.text('name');
  const received = r.date('receivedDate');
  if (!name && !r.hasIssue('name')) r.issue('name', `${r.header('name')}不能为空`);
  if (!received && !r.hasIssue('receivedDate')) r.issue('receivedDate', `${r.header('receivedDate')}不能为空`);
  return name && received ? `${titleKey(name)}|${received}` : null;
}

const AGREEMENT_FIELDS = AGREEMENT_FIELD_NAMES;
const AGREEMENT_TEXT = ['name', 'submittingUnit', 'counterparty', 'problems', 'handler', 'note'] as const;

export function buildAgreement(r: RowReader, existing: AgreementReview | null, ctx: ImportContext): Built<AgreementReview> | null {
  const input: Record<string, unknown> = existing
    ? Object.fromEntries(AGREEMENT_FIELDS.map((k) => [k, existing[k]]))
    : { amount: null, opinionDate: null, opinion: null, problems: '', note: '' };
  for (const k of AGREEMENT_TEXT) if (r.has(k)) input[k] = r.text(k);
  if (existing && titleKey(String(input.name)) === titleKey(existing.name)) input.name = existing.name;
  if (r.has('signingCapacity')) {
    const t = r.text('signingCapacity');
    input.signingCapacity = t ? (pickChoice(t, SIGNING_CHOICES) ?? t) : undefined;
  }
  if (r.has('category')) {
    const t = r.text('category');
    input.category = t ? (pickChoice(t, CATEGORY_CHOICES) ?? t) : undefined;
  }
  if (r.has('opinion')) input.opinion = r.choice('opinion', OPINION_CHOICES, '同意签订、修改后签订、不宜签订');
  if (r.has('receivedDate')) input.receivedDate = r.date('receivedDate');
  if (r.has('opinionDate')) input.opinionDate = r.date('opinionDate');
  if (r.has('amount')) {
    const cell = r.raw('amount');
    if (typeof cell === 'number') input.amount = cell;
    else {
      const t = cellText(cell);
      if (isProblem(t)) r.issue('amount', t.problem);
      else input.amount = t === '' ? null : t;
    }
  }
  r.keepStored(input, existing, [
    'submittingUnit',
    'counterparty',
    'problems',
    'handler',
    'note',
    'opinion',
    'opinionDate',
    'amount',
    'signingCapacity',
    'category',
  ]);
  const result = validateAgreementFields(input, ctx.today);
  if (!result.ok) r.addFieldErrors(result.errors);
  if (!result.ok || !r.ok) return null;
  const record = stampFor<AgreementReview>(result.value, existing, ctx);
  return { record, changed: !existing || !sameContent(record, existing) };
}
