/**
 * The columns of the ledger sheets of the year-end workbook, and how one record becomes one row.
 *
 * The export writes these sheets and the import of a later issue reads them back, so the headers here are a
 * contract: change a header and old workbooks no longer import. Values are the Chinese labels the clerk reads,
 * never codes; the label maps below are exported so that the importer can map a label back to its code.
 *
 * Date columns carry 'YYYY-MM-DD' strings (or null); the workbook writer turns them into real Excel dates with
 * dateStrToUtcDate, and the reader turns the Date it gets back into a string with utcDateToDateStr. Both go
 * through UTC midnight, so no machine's time zone can move 2019-12-31 into 2020 or 2019-12-30.
 */
import { AGREEMENT_OPINION_LABELS, SIGNING_CAPACITY_LABELS, type AgreementReview } from './agreements/types';
import type { DateStr } from './dates';
import {
  CLEANUP_RESULT_LABELS,
  DOCUMENT_STATUS_LABELS,
  FILING_RESULT_LABELS,
  LEGALITY_OPINION_LABELS,
  LEGALITY_REVIEW_KIND_LABELS,
  type CleanupBatch,
  type CleanupItem,
  type FilingReview,
  type LegalityReview,
  type NormativeDocument,
} from './normative/types';
import {
  APPLICANT_TYPE_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  type LetterKind,
  type NonAcceptanceKind,
  type ReviewCase,
  type ReviewLetter,
  type ReviewProcedure,
  type ReviewStepKind,
} from './review/types';

export type ColumnKind = 'text' | 'date' | 'number';

export interface LedgerColumn {
  header: string;
  kind: ColumnKind;
}

/** One cell: text, a number, a 'YYYY-MM-DD' string in a date column, or null (left empty). */
export type LedgerCell = string | number | null;

/** Row layout of every sheet of the workbook: a title row naming the organ and the year, then the headers. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

const text = (header: string): LedgerColumn => ({ header, kind: 'text' });
const date = (header: string): LedgerColumn => ({ header, kind: 'date' });
const number = (header: string): LedgerColumn => ({ header, kind: 'number' });

// ---- value labels used only in the workbook (the UI words are longer) ----

export const YES = '是';
export const NO = '否';
export const NON_ACCEPTANCE_EXPORT_LABELS: Record<NonAcceptanceKind, string> = {
  reject: '不予受理',
  redirect: '告知',
  withdrawBeforeAcceptance: '受理前撤回',
};
export const PROCEDURE_EXPORT_LABELS: Record<ReviewProcedure, string> = { ordinary: '普通', simple: '简易' };
export const LETTER_KIND_EXPORT_LABELS: Record<LetterKind, string> = { opinion: '意见书', suggestion: '建议书' };

// ---- 行政复议 ----

export const REVIEW_CASE_COLUMNS: readonly LedgerColumn[] = [
  text('案号'),
  text('申请人'),
  text('申请人类型'),
  text('被申请人'),
  text('行为类别'),
  text('管理领域'),
  text('受理点'),
  date('收到日期'),
  date('补正通知日期'),
  date('补正材料收到日期'),
  date('受理日期'),
  text('未受理情形'),
  date('未受理日期'),
  text('程序'),
  date('中止日期'),
  date('恢复日期'),
  date('延期日期'),
  date('听证日期'),
  date('审结日期'),
  text('审理结果'),
  text('赔偿'),
  text('承办人'),
  text('备注'),
  text('被申请行为'),
  text('复议请求'),
  text('第三人'),
  text('办理状态'),
  number('延长天数'),
];

function firstEventDate(c: ReviewCase, kind: ReviewStepKind): DateStr | null {
  return c.events.find((e) => e.kind === kind)?.date ?? null;
}

/**
 * 中止 / 恢复 are the first suspension and resumption; 延期 is the (only) extension, 延长天数 its days; 赔偿 is printed
 * for concluded cases; 办理状态 is derived from the steps (the import does not read it back).
 */
export function reviewCaseRow(c: ReviewCase): LedgerCell[] {
  return [
    c.caseNo,
    c.applicant,
    APPLICANT_TYPE_LABELS[c.applicantType] ?? '',
    c.respondent,
    c.actCategory,
    c.field,
    c.intakePoint,
    c.receivedDate || null,
    c.correctionRequestDate ?? firstEventDate(c, 'correctionRequest'),
    c.correctionReturnedDate ?? firstEventDate(c, 'correctionReturned'),
    c.acceptedDate,
    c.nonAcceptance ? NON_ACCEPTANCE_EXPORT_LABELS[c.nonAcceptance] : '',
    c.nonAcceptanceDate,
    c.procedure ? PROCEDURE_EXPORT_LABELS[c.procedure] : '',
    firstEventDate(c, 'suspend'),
    firstEventDate(c, 'resume'),
    firstEventDate(c, 'extend'),
    c.hearingDate ?? firstEventDate(c, 'hearing'),
    c.concludedDate,
    c.outcome ? OUTCOME_LABELS[c.outcome] : '',
    c.concludedDate ? (c.compensation ? YES : NO) : '',
    c.handler,
    c.note,
    c.actName,
    c.request,
    c.thirdParty,
    STATUS_LABELS[c.status] ?? '',
    firstEventDate(c, 'extend') ? (c.extensionDays ?? null) : null,
  ];
}

// ---- 复议文书 ----

export const REVIEW_LETTER_COLUMNS: readonly LedgerColumn[] = [
  text('文书类型'),
  text('文号'),
  text('关联案号'),
  date('发出日期'),
  text('收文单位'),
  date('反馈日期'),
];

/** `caseNoById` should hold every case (a letter may concern a case of an earlier year). */
export function reviewLetterRow(l: ReviewLetter, caseNoById: ReadonlyMap<string, string>): LedgerCell[] {
  return [
    LETTER_KIND_EXPORT_LABELS[l.kind] ?? '',
    l.docNo,
    l.caseId ? (caseNoById.get(l.caseId) ?? '') : '',
    l.issueDate || null,
    l.recipient,
    l.answerDate,
  ];
}

// ---- 规范性文件 ----

export const NORMATIVE_DOCUMENT_COLUMNS: readonly LedgerColumn[] = [
  text('文件名称'),
  text('文号'),
  text('制定机关'),
  date('公布日期'),
  date('施行日期'),
  date('有效期至'),
  text('状态'),
];

/** 有效期至 is the effective expiry (the stated one, or the default validity derived from the dates). */
export function normativeDocumentRow(d: NormativeDocument): LedgerCell[] {
  return [d.title, d.docNo, d.issuer, d.publishDate || null, d.effectiveDate, d.expiryDate || null, DOCUMENT_STATUS_LABELS[d.status] ?? ''];
}

// ---- 合法性审核 ----

export const LEGALITY_REVIEW_COLUMNS: readonly LedgerColumn[] = [
  text('文件名称'),
  text('类型'),
  text('起草单位'),
  date('送审日期'),
  date('审核完成日期'),
  text('审核意见'),
  date('公布日期'),
  text('承办人'),
  text('文号'),
];

export function legalityReviewRow(r: LegalityReview): LedgerCell[] {
  return [
    r.title,
    LEGALITY_REVIEW_KIND_LABELS[r.kind] ?? '',
    r.draftingUnit,
    r.submittedDate || null,
    r.completedDate,
    r.opinion ? LEGALITY_OPINION_LABELS[r.opinion] : '',
    r.publishDate,
    r.handler,
    r.docNo,
  ];
}

// ---- 备案审查 ----

export const FILING_REVIEW_COLUMNS: readonly LedgerColumn[] = [
  text('文件名称'),
  text('文号'),
  text('制定机关'),
  date('公布日期'),
  date('报备日期'),
  text('审查结果'),
  text('发现问题'),
  text('是否纠正'),
];

/** 是否纠正 is empty when nothing was found or it is not known yet (corrected === null). */
export function filingReviewRow(r: FilingReview): LedgerCell[] {
  return [
    r.title,
    r.docNo,
    r.issuer,
    r.publishDate || null,
    r.filedDate || null,
    r.result ? FILING_RESULT_LABELS[r.result] : '',
    r.problems,
    r.corrected === null ? '' : r.corrected ? YES : NO,
  ];
}

// ---- 文件清理 ----

export const CLEANUP_ITEM_COLUMNS: readonly LedgerColumn[] = [
  text('清理批次'),
  date('批次完成日期'),
  text('文件名称'),
  text('文号'),
  text('清理结果'),
  text('清理范围'),
];

export function cleanupItemRow(batch: CleanupBatch, item: CleanupItem, doc: NormativeDocument): LedgerCell[] {
  return [batch.name, batch.completedDate || null, doc.title, doc.docNo, item.result ? CLEANUP_RESULT_LABELS[item.result] : '', batch.scope];
}

// ---- 行政协议 ----

export const AGREEMENT_REVIEW_COLUMNS: readonly LedgerColumn[] = [
  text('协议名称'),
  text('签订名义'),
  text('送审单位'),
  text('相对方'),
  text('协议类别'),
  number('金额（万元）'),
  date('收件日期'),
  date('出具意见日期'),
  text('审查意见'),
  text('主要问题'),
  text('承办人'),
];

export function agreementReviewRow(a: AgreementReview): LedgerCell[] {
  return [
    a.name,
    SIGNING_CAPACITY_LABELS[a.signingCapacity] ?? '',
    a.submittingUnit,
    a.counterparty,
    a.category,
    typeof a.amount === 'number' && Number.isFinite(a.amount) ? a.amount : null,
    a.receivedDate || null,
    a.opinionDate,
    a.opinion ? AGREEMENT_OPINION_LABELS[a.opinion] : '',
    a.problems,
    a.handler,
  ];
}

// The sheets themselves (name, title, columns) are declared by each ledger: LEDGER_SHEETS in shared/ledgers/registry.ts.

export function headersOf(columns: readonly LedgerColumn[]): string[] {
  return columns.map((c) => c.header);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → the Date at UTC midnight of that day (what the workbook stores as a whole-day serial). */
export function dateStrToUtcDate(d: DateStr): Date {
  const m = DATE_RE.exec(d);
  if (!m) throw new Error(`Not a date: ${d}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The inverse of dateStrToUtcDate: the calendar day a workbook date cell holds, read in UTC. */
export function utcDateToDateStr(d: Date): DateStr {
  return d.toISOString().slice(0, 10);
}
