/**
 * 规范性文件, 合法性审核 and 备案审查 rows → records, through the ledgers' own validators.
 * Keys: 文件库 by 制定机关 + 文号 (docNoKey); 合法性审核 by 文件名称 + 送审日期; 备案审查 by 文件名称 + 报备日期.
 *
 * 有效期至: the export writes the derived 有效期至 of every document; a date equal to the default validity
 * (5 years, 2 for 暂行/试行) is taken as "not stated", so that the round trip leaves statedExpiry null.
 * 合法性审核: a published draft is linked to the registry document of the government with that 文号 (or, without a
 * 文号, with that 文件名称 and 公布日期). When there is none (a ledger kept before the app, whose documents are not in
 * the file), the row registers the document — 文号, 公布日期, the government as 制定机关, as issuing a reviewed
 * draft does on the page — or, as the clerk chooses (RowReader.linkLater), stays unlinked for the clerk to link later.
 * Either way it counts: reviews by 审核完成日期, 新制定 and 重新修订 by 公布日期.
 */
import { isDateStr } from '../dates';
import { savingClashAmong } from '../ledgers/checks';
import { validateDocumentFields, validateFilingReviewFields, validateLegalityReviewFields, LEGALITY_FIELD_NAMES } from '../normative/schema';
import { documentFromIssuedReview } from '../normative/legality';
import { deriveExpiry, docNoKey } from '../normative/validity';
import {
  DOCUMENT_STATUS_LABELS,
  type DocumentStatus,
  type FilingResult,
  type FilingReview,
  type LegalityOpinion,
  type LegalityReview,
  type LegalityReviewKind,
  type NormativeDocument,
} from '../normative/types';
import { titleKey } from './cells';
import { sameContent, stampFor, type ImportContext } from './context';
import { documentTitleKey, filingDocNoKey, type Built, type DocumentLink, type Refs } from './refs';
import type { RowReader } from './rows';

type Choices<T> = readonly (readonly [T, readonly string[]])[];

function required(r: RowReader, key: string): string {
  const t = r.text(key);
  if (!t && !r.hasIssue(key)) r.issue(key, `${r.header(key)}不能为空`);
  return t;
}

function requiredDate(r: RowReader, key: string): string | null {
  const d = r.date(key);
  if (!d && !r.hasIssue(key)) r.issue(key, `${r.header(key)}不能为空`);
  return d;
}

// ——— 文件库 ———

const STATUS_CHOICES: Choices<DocumentStatus> = [
  ['valid', [DOCUMENT_STATUS_LABELS.valid, '现行有效', '继续有效']],
  ['amended', [DOCUMENT_STATUS_LABELS.amended, '修改', '已修订']],
  ['repealed', [DOCUMENT_STATUS_LABELS.repealed, '已废止']],
  ['expired', [DOCUMENT_STATUS_LABELS.expired, '已失效', '宣布失效']],
];

export function documentKey(r: RowReader): string | null {
  const docNo = required(r, 'docNo');
  const issuer = required(r, 'issuer');
  return docNo && issuer ? docNoKey(issuer, docNo) : null;
}

const DOCUMENT_FIELDS = ['title', 'docNo', 'issuer', 'publishDate', 'effectiveDate', 'statedExpiry', 'status', 'note'] as const;

export function buildDocument(r: RowReader, existing: NormativeDocument | null, ctx: ImportContext): Built<NormativeDocument> | null {
  const input: Record<string, unknown> = existing
    ? Object.fromEntries(DOCUMENT_FIELDS.map((k) => [k, existing[k]]))
    : { effectiveDate: null, statedExpiry: null, status: 'valid', note: '' };
  for (const k of ['title', 'docNo', 'issuer', 'note'] as const) if (r.has(k)) input[k] = r.text(k);
  if (existing && docNoKey(String(input.issuer), String(input.docNo)) === existing.docNoKey) {
    input.issuer = existing.issuer;
    input.docNo = existing.docNo;
  }
  for (const k of ['publishDate', 'effectiveDate'] as const) if (r.has(k)) input[k] = r.date(k);
  if (r.has('status'))
    input.status = r.choice('status', STATUS_CHOICES, Object.values(DOCUMENT_STATUS_LABELS).join('、')) ?? existing?.status ?? 'valid';
  if (r.has('statedExpiry')) {
    const expiry = r.date('statedExpiry');
    const title = String(input.title ?? '');
    const publishDate = input.publishDate as string | null;
    const byDefault =
      publishDate && isDateStr(publishDate)
        ? deriveExpiry({ title, publishDate, effectiveDate: (input.effectiveDate as string | null) ?? null, statedExpiry: null })
        : null;
    // The export writes the effective 有效期至: unchanged from the stored one means the stored statedExpiry stands.
    if (existing && expiry === existing.expiryDate) input.statedExpiry = existing.statedExpiry;
    else input.statedExpiry = expiry && expiry !== byDefault ? expiry : null;
  }
  r.keepStored(input, existing, ['note', 'effectiveDate', 'statedExpiry']);
  const result = validateDocumentFields(input, ctx.today);
  if (!result.ok) r.addFieldErrors(result.errors, (f) => (f === 'docNoKey' ? 'docNo' : f === 'expiryDate' ? 'statedExpiry' : f));
  if (!result.ok || !r.ok) return null;
  const v = result.value;
  const fields = { ...v, status: v.status ?? 'valid', history: existing?.history ?? [] };
  const draft = stampFor<NormativeDocument>(fields, existing, ctx);
  if (existing && sameContent(draft, existing, ['history'])) return { record: draft, changed: false };
  const line = (kind: 'registered' | 'edited' | 'statusChanged', detail: string) => ({
    date: kind === 'registered' ? v.publishDate : ctx.today,
    kind,
    detail,
    recordedBy: ctx.actor,
    recordedAt: ctx.now,
  });
  const history = !existing
    ? [line('registered', '导入登记')]
    : existing.status !== draft.status
      ? [
          ...existing.history,
          line('statusChanged', `导入：状态由“${DOCUMENT_STATUS_LABELS[existing.status]}”改为“${DOCUMENT_STATUS_LABELS[draft.status]}”`),
        ]
      : [...existing.history, line('edited', '导入修改文件信息')];
  return { record: { ...draft, history }, changed: true };
}

// ——— 合法性审核 ———

const KIND_CHOICES: Choices<LegalityReviewKind> = [
  ['new', ['新制定', '新制订', '制定', '新']],
  ['revision', ['重新修订', '修订', '修订后重新发布']],
];
const LEGALITY_OPINION_CHOICES: Choices<LegalityOpinion> = [
  ['legal', ['合法']],
  ['legalAfterChanges', ['修改后合法', '基本合法', '修改完善后合法']],
  ['illegal', ['不合法', '违法']],
];

export function legalityKey(r: RowReader): string | null {
  const title = required(r, 'title');
  const submitted = requiredDate(r, 'submittedDate');
  return title && submitted ? `${titleKey(title)}|${submitted}` : null;
}

const LEGALITY_FIELDS = LEGALITY_FIELD_NAMES;

export function buildLegalityReview(r: RowReader, existing: LegalityReview | null, ctx: ImportContext, refs: Refs): Built<LegalityReview> | null {
  const input: Record<string, unknown> = existing
    ? Object.fromEntries(LEGALITY_FIELDS.map((k) => [k, existing[k]]))
    : { kind: 'new', completedDate: null, opinion: null, problems: '', docNo: '', publishDate: null, documentId: null, note: '' };
  for (const k of ['title', 'draftingUnit', 'handler', 'docNo', 'problems', 'note'] as const) if (r.has(k)) input[k] = r.text(k);
  if (existing && titleKey(String(input.title)) === titleKey(existing.title)) input.title = existing.title;
  for (const k of ['submittedDate', 'completedDate', 'publishDate'] as const) if (r.has(k)) input[k] = r.date(k);
  if (r.has('kind')) input.kind = r.choice('kind', KIND_CHOICES, '新制定、重新修订') ?? existing?.kind ?? 'new';
  if (r.has('opinion')) input.opinion = r.choice('opinion', LEGALITY_OPINION_CHOICES, '合法、修改后合法、不合法');
  r.keepStored(input, existing, ['draftingUnit', 'handler', 'docNo', 'problems', 'note', 'completedDate', 'publishDate', 'opinion']);
  const publishDate = input.publishDate as string | null;
  let unlinked = false;
  if (publishDate) {
    if (!input.docNo) {
      const byTitle = refs.documentsByTitle.get(documentTitleKey(ctx.government, String(input.title), publishDate));
      if (byTitle) input.docNo = byTitle.docNo;
    }
    const doc = input.docNo ? refs.documents.get(docNoKey(ctx.government, String(input.docNo))) : undefined;
    if (doc) input.documentId = doc.id;
    else if (!input.documentId) unlinked = true;
  }
  const result = validateLegalityReviewFields(input, ctx.today, { linkLater: unlinked });
  if (!result.ok) r.addFieldErrors(result.errors, (f) => (f === 'documentId' ? 'docNo' : f));
  if (!result.ok || !r.ok) return null;
  let record = stampFor<LegalityReview>(result.value, existing, ctx);
  let documentLink: DocumentLink | undefined;
  let registered: NormativeDocument | null = null;
  if (unlinked) {
    const canRegister = !!record.docNo;
    documentLink = { choice: canRegister && !r.linkLater ? 'register' : 'later', canRegister };
    if (documentLink.choice === 'register') {
      registered = stampFor<NormativeDocument>(documentFromIssuedReview(record, ctx.government, ctx.actor, ctx.now), null, ctx);
      record = { ...record, documentId: registered.id };
    }
  }
  return {
    record,
    changed: !existing || !sameContent(record, existing),
    also: registered ? [{ table: 'normativeDocuments', record: registered }] : undefined,
    documentLink,
  };
}

// ——— 备案审查 ———

const FILING_RESULT_CHOICES: Choices<FilingResult> = [
  ['filed', ['予以备案', '备案', '准予备案', '同意备案']],
  ['notFiled', ['不予备案']],
  ['resubmit', ['补充修改后重报', '修改后重报', '重报', '补正后重报']],
];

export function filingKey(r: RowReader): string | null {
  const title = required(r, 'title');
  const filed = requiredDate(r, 'filedDate');
  return title && filed ? `${titleKey(title)}|${filed}` : null;
}

const FILING_FIELDS = ['title', 'docNo', 'issuer', 'publishDate', 'filedDate', 'result', 'problems', 'corrected', 'handler', 'note'] as const;

export function buildFilingReview(r: RowReader, existing: FilingReview | null, ctx: ImportContext, refs: Refs): Built<FilingReview> | null {
  const input: Record<string, unknown> = existing
    ? Object.fromEntries(FILING_FIELDS.map((k) => [k, existing[k]]))
    : { result: null, problems: '', corrected: null, handler: '', note: '' };
  for (const k of ['title', 'docNo', 'issuer', 'problems', 'handler', 'note'] as const) if (r.has(k)) input[k] = r.text(k);
  if (existing && titleKey(String(input.title)) === titleKey(existing.title)) input.title = existing.title;
  for (const k of ['publishDate', 'filedDate'] as const) if (r.has(k)) input[k] = r.date(k);
  if (r.has('result')) input.result = r.choice('result', FILING_RESULT_CHOICES, '予以备案、不予备案、补充修改后重报');
  if (r.has('corrected')) input.corrected = r.yesNo('corrected');
  r.keepStored(input, existing, ['docNo', 'issuer', 'problems', 'handler', 'note', 'publishDate', 'result', 'corrected']);
  const result = validateFilingReviewFields(input, ctx.today);
  if (!result.ok) r.addFieldErrors(result.errors);
  if (!result.ok || !r.ok) return null;
  const record = stampFor<FilingReview>(result.value, existing, ctx);
  // The ledger's own 文号 rule, the one saving and restoring apply (shared/normative/filing-ledger.ts).
  const clash = savingClashAmong('filingReviews', record, refs.filingsByDocNo.getAll(filingDocNoKey(record)));
  if (clash) {
    r.issue(clash.field, clash.message);
    return null;
  }
  return { record, changed: !existing || !sameContent(record, existing) };
}
