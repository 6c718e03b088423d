import type { DateStr } from '../dates';
import type { BaseRecord } from '../record';

/** 规范性文件 status in the registry. */
export type DocumentStatus = 'valid' | 'amended' | 'repealed' | 'expired';
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  valid: '有效',
  amended: '已修改',
  repealed: '废止',
  expired: '失效',
};

export type DocumentEventKind = 'registered' | 'revised' | 'cleanup' | 'statusChanged' | 'edited';

/** One line of a document's history (what happened to it, when, who recorded it). */
export interface DocumentEvent {
  date: DateStr;
  kind: DocumentEventKind;
  detail: string;
  recordedBy: string;
  recordedAt: string;
}

/** A document of the registry (文件库). */
export interface NormativeDocument extends BaseRecord {
  title: string;
  docNo: string;
  /** 制定机关 */
  issuer: string;
  /** docNoKey(issuer, docNo): 文号 is unique within one issuing body. */
  docNoKey: string;
  publishDate: DateStr;
  effectiveDate: DateStr | null;
  /** 有效期至 as stated in the document; null = derived (5 years, 2 for 暂行/试行). */
  statedExpiry: DateStr | null;
  /** Derived and stored for indexing: statedExpiry or the default validity from effectiveDate/publishDate. */
  expiryDate: DateStr;
  status: DocumentStatus;
  history: DocumentEvent[];
  note: string;
}

export type LegalityReviewKind = 'new' | 'revision';
export const LEGALITY_REVIEW_KIND_LABELS: Record<LegalityReviewKind, string> = { new: '新制定', revision: '重新修订' };

export type LegalityOpinion = 'legal' | 'legalAfterChanges' | 'illegal';
export const LEGALITY_OPINION_LABELS: Record<LegalityOpinion, string> = {
  legal: '合法',
  legalAfterChanges: '修改后合法',
  illegal: '不合法',
};

/** 合法性审核 of a draft of the government's own document. */
export interface LegalityReview extends BaseRecord {
  title: string;
  kind: LegalityReviewKind;
  /** 起草单位 (送审单位) */
  draftingUnit: string;
  submittedDate: DateStr;
  completedDate: DateStr | null;
  opinion: LegalityOpinion | null;
  problems: string;
  handler: string;
  /** Once the document is issued: its 文号 and 公布日期. */
  docNo: string;
  publishDate: DateStr | null;
  /** The registry document: the one revised (kind 'revision'), or the one registered when issued. */
  documentId: string | null;
  note: string;
}

export type FilingResult = 'filed' | 'notFiled' | 'resubmit';
export const FILING_RESULT_LABELS: Record<FilingResult, string> = {
  filed: '予以备案',
  notFiled: '不予备案',
  resubmit: '补充修改后重报',
};

/** 备案审查 of a document issued by a town or department. */
export interface FilingReview extends BaseRecord {
  title: string;
  docNo: string;
  issuer: string;
  publishDate: DateStr;
  /** 报备日期 */
  filedDate: DateStr;
  result: FilingResult | null;
  /** 发现问题; empty when none. */
  problems: string;
  /** Whether the problems found were corrected; null when there were none or it is not known yet. */
  corrected: boolean | null;
  handler: string;
  note: string;
}

export type CleanupResult = 'continue' | 'extend' | 'amend' | 'repeal' | 'expire';
export const CLEANUP_RESULTS: CleanupResult[] = ['continue', 'extend', 'amend', 'repeal', 'expire'];
export const CLEANUP_RESULT_LABELS: Record<CleanupResult, string> = {
  continue: '继续有效',
  extend: '延长有效期',
  amend: '修改',
  repeal: '废止',
  expire: '宣布失效',
};

export interface CleanupItem {
  documentId: string;
  result: CleanupResult | null;
  /** For 'extend': the new 有效期至; null = the default validity counted from the batch's completion date. */
  newExpiry: DateStr | null;
}

/** 清理: a cleanup campaign. */
export interface CleanupBatch extends BaseRecord {
  name: string;
  /** 清理范围, the words the report uses, e.g. "2017年清理后确认有效、延期或修改的规范性文件和…发布的规范性文件". */
  scope: string;
  completedDate: DateStr;
  items: CleanupItem[];
  /** Set when the results were applied to the registry (one transaction). */
  appliedAt: string | null;
  note: string;
}

export interface NormativePeriods {
  /** 合法性审核 period in working days. */
  legalityReviewWorkingDays: number;
  /** 报备 period in days after 公布日期. */
  filingDays: number;
}

export const DEFAULT_NORMATIVE_PERIODS: NormativePeriods = { legalityReviewWorkingDays: 15, filingDays: 30 };
