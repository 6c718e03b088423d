/**
 * What the change history, the recycle bin and undo need to know about each table: its Chinese name, the labels of
 * its fields, how its coded values read in Chinese, how a record is named, and where its page is.
 */
import { AGREEMENT_FIELD_LABELS } from '../../../../shared/agreements/schema';
import { AGREEMENT_OPINION_LABELS, SIGNING_CAPACITY_LABELS, type AgreementOpinion, type SigningCapacity } from '../../../../shared/agreements/types';
import { CLEANUP_FIELD_LABELS, DOCUMENT_FIELD_LABELS, FILING_FIELD_LABELS, LEGALITY_FIELD_LABELS } from '../../../../shared/normative/schema';
import {
  CLEANUP_RESULT_LABELS,
  DOCUMENT_STATUS_LABELS,
  FILING_RESULT_LABELS,
  LEGALITY_OPINION_LABELS,
  LEGALITY_REVIEW_KIND_LABELS,
  type CleanupItem,
  type CleanupResult,
  type DocumentStatus,
  type FilingResult,
  type LegalityOpinion,
  type LegalityReviewKind,
} from '../../../../shared/normative/types';
import type { ChangeAction } from '../../../../shared/record';
import { LETTER_FIELD_LABELS } from '../../../../shared/review/letter-schema';
import { CASE_FIELD_LABELS } from '../../../../shared/review/schema';
import {
  APPLICANT_TYPE_LABELS,
  DENOMINATOR_LABELS,
  LETTER_KIND_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  type ApplicantType,
  type CorrectionRateDefinition,
  type LetterKind,
  type ReviewStatus,
} from '../../../../shared/review/types';

/** The tables that hold ledger records (soft delete, recycle bin, undo). */
export const LEDGER_TABLES = [
  'reviewCases',
  'reviewLetters',
  'normativeDocuments',
  'legalityReviews',
  'filingReviews',
  'cleanupBatches',
  'agreementReviews',
] as const;
export type LedgerTable = (typeof LEDGER_TABLES)[number];

/**
 * Every table the change log names: the ledgers, the settings, 'import' (the entry of an imported file; its
 * records have entries of their own carrying its id, and imports of earlier releases listed them in its
 * before/after as `records: [{table, id, action, record}]`) and 'backupRestore' (a restore from a backup).
 */
export type HistoryTable = LedgerTable | 'settings' | 'import' | 'backupRestore';

export type ValueText = (field: string, value: unknown) => string | undefined;
type Rec = Record<string, unknown>;

export interface LedgerDef {
  table: HistoryTable;
  label: string;
  labels: Record<string, string>;
  valueText: ValueText;
  /** How the clerk names one record: 案号, 文号, 《文件名称》… */
  title: (record: Rec) => string;
  /** The hash route of the record's page (or of its list when it has no page). */
  route?: (id: string) => string;
}

export const ACTION_LABELS: Record<ChangeAction, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  step: '办理步骤',
  settings: '修改设置',
};

/** The action as the history shows it: a deletion that left no record behind reads 永久删除. */
export function actionLabel(entry: { action: ChangeAction; after: unknown }): string {
  if (entry.action === 'delete' && entry.after === null) return '永久删除';
  return ACTION_LABELS[entry.action] ?? entry.action;
}

function enumText<K extends string>(field: string, labels: Record<K, string>): ValueText {
  return (f, v) => (f === field && typeof v === 'string' ? (labels[v as K] ?? v) : undefined);
}

function combine(...fns: ValueText[]): ValueText {
  return (f, v) => {
    for (const fn of fns) {
      const t = fn(f, v);
      if (t !== undefined) return t;
    }
    return undefined;
  };
}

/** A link to another record cannot be looked up here (synchronously): say whether there is one. */
function linkText(field: string, linked: string): ValueText {
  return (f, v) => (f === field ? (v ? linked : '（未关联）') : undefined);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function cleanupItemsText(items: CleanupItem[]): string {
  if (items.length === 0) return '（无）';
  const counts = new Map<string, number>();
  for (const i of items) {
    const k = i.result ? CLEANUP_RESULT_LABELS[i.result as CleanupResult] : '未定';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return `共${items.length}件：${[...counts].map(([k, n]) => `${k}${n}件`).join('、')}`;
}

const SETTINGS_LABELS: Record<string, string> = {
  organNames: '机关名称',
  correctionRate: '直接纠错率口径',
  normativePeriods: '规范性文件期限',
  agreementPeriods: '行政协议审查期限',
  holidays: '节假日安排',
  actCategories: '行为类别',
  fields: '管理领域',
  intakePoints: '受理点',
  operatorName: '操作人',
};

const settingsText: ValueText = (f, v) => {
  if (v === null || v === undefined) return undefined;
  if (f === 'organNames' && typeof v === 'object') return Object.values(v as Rec).filter(Boolean).join('，');
  if (f === 'holidays' && Array.isArray(v)) return `${v.length}条`;
  if (f === 'correctionRate' && typeof v === 'object') {
    const d = v as CorrectionRateDefinition;
    const outcomes = d.outcomes.map((o) => OUTCOME_LABELS[o] ?? o).join('、');
    return `纠错结果：${outcomes}；分母：${DENOMINATOR_LABELS[d.denominator] ?? d.denominator}${d.includeCorrectedTermination ? '；含改正后终止' : ''}`;
  }
  if (f === 'normativePeriods' && typeof v === 'object') {
    const p = v as Rec;
    return `合法性审核${p.legalityReviewWorkingDays}个工作日，报备${p.filingDays}日`;
  }
  if (f === 'agreementPeriods' && typeof v === 'object') return `审查${(v as Rec).reviewWorkingDays}个工作日`;
  return undefined;
};

export const LEDGERS: Record<HistoryTable, LedgerDef> = {
  reviewCases: {
    table: 'reviewCases',
    label: '行政复议案件',
    // The status is derived from the timeline, but it is what the clerk sees change.
    labels: { ...CASE_FIELD_LABELS, status: '办理状态' },
    valueText: combine(enumText<ApplicantType>('applicantType', APPLICANT_TYPE_LABELS), enumText<ReviewStatus>('status', STATUS_LABELS)),
    title: (r) => (r.applicant ? `${str(r.caseNo)}（申请人：${str(r.applicant)}）` : str(r.caseNo)),
    route: (id) => `/review/${id}`,
  },
  reviewLetters: {
    table: 'reviewLetters',
    label: '复议文书',
    labels: LETTER_FIELD_LABELS,
    valueText: combine(enumText<LetterKind>('kind', LETTER_KIND_LABELS), linkText('caseId', '已关联案件')),
    title: (r) => `${LETTER_KIND_LABELS[r.kind as LetterKind] ?? '文书'} ${str(r.docNo)}`,
    route: () => '/letters',
  },
  normativeDocuments: {
    table: 'normativeDocuments',
    label: '规范性文件',
    labels: DOCUMENT_FIELD_LABELS,
    valueText: enumText<DocumentStatus>('status', DOCUMENT_STATUS_LABELS),
    title: (r) => `《${str(r.title)}》${r.docNo ? `（${str(r.docNo)}）` : ''}`,
    route: (id) => `/normative/doc/${id}`,
  },
  legalityReviews: {
    table: 'legalityReviews',
    label: '合法性审核',
    labels: LEGALITY_FIELD_LABELS,
    valueText: combine(
      enumText<LegalityReviewKind>('kind', LEGALITY_REVIEW_KIND_LABELS),
      enumText<LegalityOpinion>('opinion', LEGALITY_OPINION_LABELS),
      linkText('documentId', '已关联文件库中的文件'),
    ),
    title: (r) => `《${str(r.title)}》`,
    route: () => '/normative/legality',
  },
  filingReviews: {
    table: 'filingReviews',
    label: '备案审查',
    labels: FILING_FIELD_LABELS,
    valueText: enumText<FilingResult>('result', FILING_RESULT_LABELS),
    title: (r) => `《${str(r.title)}》${r.docNo ? `（${str(r.docNo)}）` : ''}`,
    route: () => '/normative/filing',
  },
  cleanupBatches: {
    table: 'cleanupBatches',
    label: '文件清理',
    labels: CLEANUP_FIELD_LABELS,
    valueText: (f, v) => (f === 'items' && Array.isArray(v) ? cleanupItemsText(v as CleanupItem[]) : undefined),
    title: (r) => `“${str(r.name)}”`,
    route: (id) => `/normative/cleanup/${id}`,
  },
  agreementReviews: {
    table: 'agreementReviews',
    label: '行政协议',
    labels: AGREEMENT_FIELD_LABELS,
    valueText: combine(enumText<SigningCapacity>('signingCapacity', SIGNING_CAPACITY_LABELS), enumText<AgreementOpinion>('opinion', AGREEMENT_OPINION_LABELS)),
    title: (r) => str(r.name),
    route: (id) => `/agreements/${id}`,
  },
  settings: {
    table: 'settings',
    label: '设置',
    labels: SETTINGS_LABELS,
    valueText: settingsText,
    title: () => '系统设置',
    route: () => '/settings',
  },
  import: {
    table: 'import',
    label: '数据导入',
    labels: {},
    valueText: () => undefined,
    title: (r) => (r.fileName ? `《${str(r.fileName)}》` : '导入的文件'),
  },
  backupRestore: {
    table: 'backupRestore',
    label: '数据恢复',
    labels: {},
    valueText: () => undefined,
    title: (r) => (r.source ? `备份“${str(r.source)}”` : '备份文件'),
    route: () => '/backup',
  },
};

/** One record written by an import, as the import's log entry lists it. */
export interface ImportedRecord {
  table: string;
  id: string;
  action?: ChangeAction;
  record: Rec;
}

/** The records listed in one side (before/after) of an 'import' entry. */
export function importedRecords(side: unknown): ImportedRecord[] {
  const records = (side as { records?: unknown } | null)?.records;
  return Array.isArray(records) ? (records as ImportedRecord[]).filter((r) => r && typeof r.id === 'string') : [];
}

export function isLedgerTable(table: string): table is LedgerTable {
  return (LEDGER_TABLES as readonly string[]).includes(table);
}

export function ledgerOf(table: string): LedgerDef | undefined {
  return (LEDGERS as Record<string, LedgerDef | undefined>)[table];
}

/** The name of the record an entry is about (from its newest known version). */
export function entryTitle(entry: { table: string; before: unknown; after: unknown; recordId: string }): string {
  const def = ledgerOf(entry.table);
  const rec = (entry.after ?? entry.before) as Rec | null;
  if (!def || !rec || typeof rec !== 'object') return entry.recordId;
  return def.title(rec);
}
