/**
 * The import plan of a whole file: every data row of every chosen sheet, classified as 新增 / 更新 / 未变 / 有误,
 * and the records to write. Sheets are planned in ledger order (行政复议 before 复议文书, 规范性文件 before 合法性审核
 * and 清理) so that rows can refer to records created by earlier sheets of the same file.
 *
 * Keys (re-importing updates by key instead of duplicating): 行政复议 案号; 复议文书 文号; 规范性文件 制定机关 + 文号;
 * 合法性审核 文件名称 + 送审日期; 备案审查 文件名称 + 报备日期; 清理 批次 + 文号; 行政协议 协议名称 + 收件日期.
 * Records in the 回收站 are not matched (a new record is created, as the ledger pages would). Two rows of the
 * file with the same key: the second is a bad row.
 */
import type { AgreementReview } from '../agreements/types';
import { describeRecordChange } from '../ledgers/describe';
import type { FieldChange } from '../ledgers/history';
import { buildLitigation, litigationKey } from '../litigation/import-rows';
import type { LitigationCase } from '../litigation/types';
import { ledgerOfSheet, type LedgerTable, type RecordOf } from '../ledgers/registry';
import type { FilingReview, LegalityReview, NormativeDocument } from '../normative/types';
import { docNoKey } from '../normative/validity';
import type { BaseRecord } from '../record';
import { normalizeCaseNo } from '../review/case-number';
import type { ReviewCase, ReviewLetter } from '../review/types';
import { titleKey } from './cells';
import { applyCleanupRow, applyCompletedBatches, cleanupKey, type CleanupOutcome, type CleanupState } from './cleanup-rows';
import { sameContent, type ImportContext } from './context';
import { detectLayout, layoutHash, missingRequired, rowTexts, type MappingMemory, type SheetLayout } from './detect';
import { agreementKey, buildAgreement, buildLetter, letterKey } from './letter-agreement-rows';
import { buildDocument, buildFilingReview, buildLegalityReview, documentKey, filingKey, legalityKey } from './normative-rows';
import { KeyedRecords, makeRefs, updateRefs, type Built, type DocumentLink, type Refs } from './refs';
import { buildCase, caseKey } from './review-rows';
import { RowReader, rowHasData } from './rows';
import { SHEET_KINDS, SHEET_LABELS, type SheetKind, type RawSheet, type RawWorkbook, type RowIssue } from './types';

/** The stored records of every ledger (or the part of them that existingNeeds names). */
export type ExistingData = { [T in LedgerTable]: RecordOf<T>[] };

export type RowAction = 'create' | 'update' | 'unchanged' | 'invalid';
export const ROW_ACTION_LABELS: Record<RowAction, string> = { create: '新增', update: '更新', unchanged: '未变', invalid: '有误' };

export interface PlannedRow {
  sheet: string;
  row: number;
  ledger: SheetKind;
  /** The row's key as written (案号, 文号, 名称…), for the preview. */
  label: string;
  action: RowAction;
  issues: RowIssue[];
  /** The record the row creates, updates or matches (its table's id), or null for a bad row or a 清理 row. */
  recordId: string | null;
  /** What the write changes in the stored record (an update): fields and steps, before → after, as 修改记录 words them. */
  changes: FieldChange[];
  /**
   * What the file would remove besides: cells left blank where the ledger has a date, a step, an outcome or a text.
   * Kept unless the clerk applies them for this row (PlanOptions.applyRemovals); empty when there are none.
   */
  removals: FieldChange[];
  /** The clerk chose to apply this row's removals. */
  removalsApplied: boolean;
  /** Why the removals cannot be applied (the case's steps would not hold), or null. */
  removalBlocked: string | null;
  /** 合法性审核: its published document is not in the registry; registered with the row or linked later (PlanOptions.linkLater). */
  documentLink: DocumentLink | null;
}

/** The identity of a planned row across re-plans (sheet name and row number). */
export function plannedRowId(row: Pick<PlannedRow, 'sheet' | 'row'>): string {
  return `${row.sheet}#${row.row}`;
}

export interface PlanOptions {
  /** plannedRowId of the rows whose removals the clerk ticked: their blank cells clear what the ledger has. */
  applyRemovals?: ReadonlySet<string>;
  /** plannedRowId of the 合法性审核 rows whose document, not in the registry, is linked later instead of registered. */
  linkLater?: ReadonlySet<string>;
  /** New 清理 batches that are complete are applied with the import unless this is set (the clerk checks them first). */
  keepCleanupDrafts?: boolean;
}

export interface PlannedWrite {
  table: LedgerTable;
  record: BaseRecord;
  /** The stored version (null for a new record). */
  before: BaseRecord | null;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Bad rows (not imported). */
  skipped: number;
}

/** A sheet as offered to the clerk: the detected (or remembered) layout, or why it cannot be imported. */
export interface SheetSelection {
  sheet: RawSheet;
  /** null = not imported. */
  layout: SheetLayout | null;
  /** Why the sheet is not imported by default (empty, no recognisable header). */
  problem: string | null;
}

export interface ImportPlan {
  fileName: string;
  rows: PlannedRow[];
  writes: PlannedWrite[];
  counts: ImportCounts;
  issues: RowIssue[];
  /** The 清理 batches the import writes: applied with it, or left for the clerk (and why). */
  cleanup: CleanupOutcome[];
}

/** The first layouts of a workbook's sheets: remembered, detected, or a problem message. */
export function initialSelections(wb: RawWorkbook, memory: MappingMemory = {}): SheetSelection[] {
  return wb.sheets.map((sheet) => {
    const hasData = sheet.rows.some((row) => row.some((c) => c !== null && c !== undefined && !(typeof c === 'string' && c.trim() === '')));
    if (!hasData) return { sheet, layout: null, problem: `工作表“${sheet.name}”是空的` };
    const layout = detectLayout(sheet, memory);
    if (!layout) {
      return {
        sheet,
        layout: null,
        problem: `工作表“${sheet.name}”中找不到可识别的表头（如“案号、收到日期”“文件名称、文号、制定机关、公布日期”“协议名称、收件日期”），可手动选择台账和表头所在行`,
      };
    }
    return { sheet, layout, problem: null };
  });
}

/** Why a chosen layout cannot be planned (required columns not mapped), or null. */
export function layoutProblem(layout: SheetLayout): string | null {
  const missing = missingRequired(layout.ledger, layout.columns);
  return missing.length ? `${SHEET_LABELS[layout.ledger]}表缺少必需的列：${missing.join('、')}` : null;
}

/** How the rows of a sheet whose row is one record (all but cleanupItems) are keyed and built. */
interface SimpleLedger<T extends BaseRecord> {
  indexKey: (r: T) => string;
  rowKey: (r: RowReader) => string | null;
  build: (r: RowReader, existing: T | null, ctx: ImportContext, refs: Refs) => Built<T> | null;
  labelKey: string;
  keyName: string;
}

// biome-ignore lint/suspicious/noExplicitAny: one entry per sheet kind, each of its own record type.
const SIMPLE: { [K in Exclude<SheetKind, 'cleanupItems'>]: SimpleLedger<any> } = {
  reviewCases: {
    indexKey: (c: ReviewCase) => normalizeCaseNo(c.caseNo),
    rowKey: caseKey,
    build: (r, existing: ReviewCase | null, ctx) => {
      const b = buildCase(r, existing, ctx);
      return b && { record: b.record, changed: !existing || !b.stepsKept || !sameContent(b.record, existing, ['events']) };
    },
    labelKey: 'caseNo',
    keyName: '案号',
  },
  reviewLetters: {
    indexKey: (l: ReviewLetter) => normalizeCaseNo(l.docNo),
    rowKey: letterKey,
    build: buildLetter,
    labelKey: 'docNo',
    keyName: '文号',
  },
  normativeDocuments: {
    indexKey: (doc: NormativeDocument) => docNoKey(doc.issuer, doc.docNo),
    rowKey: documentKey,
    build: (r, e, ctx) => buildDocument(r, e, ctx),
    labelKey: 'docNo',
    keyName: '制定机关和文号',
  },
  legalityReviews: {
    indexKey: (l: LegalityReview) => `${titleKey(l.title)}|${l.submittedDate}`,
    rowKey: legalityKey,
    build: buildLegalityReview,
    labelKey: 'title',
    keyName: '文件名称和送审日期',
  },
  filingReviews: {
    indexKey: (f: FilingReview) => `${titleKey(f.title)}|${f.filedDate}`,
    rowKey: filingKey,
    build: buildFilingReview,
    labelKey: 'title',
    keyName: '文件名称和报备日期',
  },
  agreementReviews: {
    indexKey: (a: AgreementReview) => `${titleKey(a.name)}|${a.receivedDate}`,
    rowKey: agreementKey,
    build: (r, e, ctx) => buildAgreement(r, e, ctx),
    labelKey: 'name',
    keyName: '协议名称和收件日期',
  },
  litigationCases: {
    indexKey: (c: LitigationCase) => c.caseNoKey,
    rowKey: litigationKey,
    build: buildLitigation,
    labelKey: 'caseNo',
    keyName: '案号',
  },
};

/** The sheets that are imported, in ledger order. */
function chosenSheets(selections: readonly SheetSelection[]): (SheetSelection & { layout: SheetLayout })[] {
  return selections
    .filter((s): s is SheetSelection & { layout: SheetLayout } => !!s.layout && !layoutProblem(s.layout))
    .sort((a, b) => SHEET_KINDS.indexOf(a.layout.ledger) - SHEET_KINDS.indexOf(b.layout.ledger));
}

/**
 * What planImport reads of the stored records for these selections; the rest of ExistingData may be left empty.
 * 行政复议 cases are only ever looked up by 案号 key (their own rows, and the 案号 of 复议文书 rows), so only the
 * cases with those keys are needed, not the whole ledger; the other tables are read whole when a sheet needs them.
 */
export interface ExistingNeeds {
  /** Tables read whole. */
  tables: Exclude<keyof ExistingData, 'reviewCases'>[];
  /** normalizeCaseNo of every 案号 a row of the chosen sheets can look up: the cases with these caseNoKeys. */
  caseKeys: string[];
}

/** The tables each ledger's rows look into (besides 行政复议 cases by key). */
const TABLES_READ: Record<SheetKind, ExistingNeeds['tables']> = {
  reviewCases: [],
  reviewLetters: ['reviewLetters'],
  normativeDocuments: ['normativeDocuments'],
  legalityReviews: ['legalityReviews', 'normativeDocuments'],
  filingReviews: ['filingReviews'],
  cleanupItems: ['cleanupBatches', 'normativeDocuments'],
  agreementReviews: ['agreementReviews'],
  litigationCases: ['litigationCases'],
};

export function existingNeeds(selections: readonly SheetSelection[]): ExistingNeeds {
  const tables = new Set<ExistingNeeds['tables'][number]>();
  const caseKeys = new Set<string>();
  for (const { sheet, layout } of chosenSheets(selections)) {
    const { ledger, headerRow, columns } = layout;
    for (const t of TABLES_READ[ledger]) tables.add(t);
    // 行政复议 rows are matched by caseKey(), 复议文书 rows name their case, 行政应诉 rows their 关联复议案号: all normalizeCaseNo(text).
    const caseColumn = ledger === 'litigationCases' ? 'reviewCaseNo' : 'caseNo';
    if ((ledger !== 'reviewCases' && ledger !== 'reviewLetters' && ledger !== 'litigationCases') || !columns.includes(caseColumn)) continue;
    const headers = rowTexts(sheet, headerRow);
    for (let n = headerRow + 1; n <= sheet.rows.length; n++) {
      const cells = sheet.rows[n - 1];
      if (!rowHasData(cells, columns)) continue;
      const caseNo = new RowReader(ledger, sheet.name, n, cells, columns, headers).text(caseColumn);
      if (caseNo) caseKeys.add(normalizeCaseNo(caseNo));
    }
  }
  return { tables: [...tables], caseKeys: [...caseKeys] };
}

/**
 * Plans the import of the chosen sheets (layout null = left out). Pure: nothing is written. `existing` must hold at
 * least what existingNeeds(selections) names (every stored record of those tables, every case with those keys).
 */
export function planImport(
  fileName: string,
  selections: readonly SheetSelection[],
  existing: ExistingData,
  ctx: ImportContext,
  opts: PlanOptions = {},
): ImportPlan {
  const refs = makeRefs(existing);
  const indexes = new Map<SheetKind, KeyedRecords<BaseRecord>>();
  const stored = new Map<string, BaseRecord>();
  const writes = new Map<string, PlannedWrite>();
  const rows: PlannedRow[] = [];
  const seen = new Map<string, { sheet: string; row: number }>();
  const cleanup: CleanupState = new Map();
  const chosen = chosenSheets(selections);

  for (const { sheet, layout } of chosen) {
    const { ledger, headerRow, columns } = layout;
    const headers = rowTexts(sheet, headerRow);
    const table = ledgerOfSheet(ledger).table as LedgerTable;
    const spec = ledger === 'cleanupItems' ? null : SIMPLE[ledger];
    if (spec && !indexes.has(ledger)) {
      const records = existing[table] as BaseRecord[];
      for (const rec of records) stored.set(rec.id, rec);
      indexes.set(ledger, new KeyedRecords(records, spec.indexKey));
    }
    for (let n = headerRow + 1; n <= sheet.rows.length; n++) {
      const cells = sheet.rows[n - 1];
      if (!rowHasData(cells, columns)) continue;
      const r = new RowReader(ledger, sheet.name, n, cells, columns, headers);
      const key = spec ? spec.rowKey(r) : cleanupKey(r);
      const label = spec ? r.peek(spec.labelKey) : `${r.peek('batchName')} ${r.peek('docNo') || r.peek('title')}`;
      let action: RowAction = 'invalid';
      let changes: FieldChange[] = [];
      let removals: FieldChange[] = [];
      let removalsApplied = false;
      let removalBlocked: string | null = null;
      let documentLink: DocumentLink | null = null;
      let recordId: string | null = null;
      const id = plannedRowId({ sheet: sheet.name, row: n });
      r.linkLater = !!opts.linkLater?.has(id);
      if (key !== null && r.ok) {
        const dup = seen.get(`${ledger}|${key}`);
        if (dup) {
          const where = dup.sheet === sheet.name ? `第${dup.row}行` : `工作表“${dup.sheet}”第${dup.row}行`;
          r.issue(null, `与${where}重复（${spec?.keyName ?? '清理批次和文号'}相同）`);
        } else seen.set(`${ledger}|${key}`, { sheet: sheet.name, row: n });
      }
      if (key !== null && r.ok) {
        if (spec) {
          const index = indexes.get(ledger)!;
          const current = index.get(key) ?? null;
          let built = spec.build(r, current, ctx, refs);
          if (built && r.removals.length && current) {
            // The same row with its blank cells taken as they are: what applying its removals would write.
            const full = new RowReader(ledger, sheet.name, n, cells, columns, headers);
            full.applyRemovals = true;
            full.linkLater = r.linkLater;
            spec.rowKey(full);
            const applied = spec.build(full, current, ctx, refs);
            if (applied && full.ok) {
              // The derived 办理状态 follows the steps: the steps themselves are what is removed.
              removals = describeRecordChange(table, built.record, applied.record).filter((c) => c.field !== 'status');
              if (removals.length && opts.applyRemovals?.has(id)) {
                built = applied;
                removalsApplied = true;
              }
            } else {
              removals = r.removals.map((k) => ({ field: k, label: r.header(k), before: '', after: '', text: '文件中为空，保留台账中的内容' }));
              removalBlocked = full.issues[0]?.message ?? '按文件删除后记录不成立';
            }
          }
          if (built) {
            const before = current ? (stored.get(current.id) ?? null) : null;
            action = !built.changed ? 'unchanged' : before ? 'update' : 'create';
            if (built.changed && before) changes = describeRecordChange(table, before, built.record);
            documentLink = built.documentLink ?? null;
            recordId = built.record.id;
            if (built.changed) {
              writes.set(built.record.id, { table, record: built.record, before });
              index.set(built.record);
              updateRefs(refs, table, built.record);
              for (const also of built.also ?? []) {
                writes.set(also.record.id, { table: also.table as LedgerTable, record: also.record, before: null });
                updateRefs(refs, also.table, also.record);
              }
            }
          }
        } else {
          action = applyCleanupRow(r, ctx, refs, cleanup) ?? 'invalid';
        }
      }
      if (!r.ok) action = 'invalid';
      if (action === 'invalid') {
        changes = [];
        removals = [];
        removalsApplied = false;
        removalBlocked = null;
        documentLink = null;
        recordId = null;
      }
      rows.push({
        sheet: sheet.name,
        row: n,
        recordId,
        ledger,
        label,
        action,
        issues: r.issues,
        changes,
        removals,
        removalsApplied,
        removalBlocked,
        documentLink,
      });
    }
  }
  const storedDocs = new Map((existing.normativeDocuments as NormativeDocument[]).map((d) => [d.id, d]));
  const documentById = (id: string) => (writes.get(id)?.record as NormativeDocument | undefined) ?? storedDocs.get(id);
  const applied = applyCompletedBatches(cleanup, documentById, ctx, !!opts.keepCleanupDrafts);
  for (const doc of applied.documents) {
    const planned = writes.get(doc.id);
    writes.set(doc.id, { table: 'normativeDocuments', record: doc, before: planned ? planned.before : (storedDocs.get(doc.id) ?? null) });
  }
  for (const { before, current } of cleanup.values()) writes.set(current.id, { table: 'cleanupBatches', record: current, before });

  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const row of rows) {
    if (row.action === 'create') counts.created++;
    else if (row.action === 'update') counts.updated++;
    else if (row.action === 'unchanged') counts.unchanged++;
    else counts.skipped++;
  }
  return { fileName, rows, writes: [...writes.values()], counts, issues: rows.flatMap((r) => r.issues), cleanup: applied.outcomes };
}

/** "新增N条，更新M条，未变K条，跳过J条" */
export function countsText(c: ImportCounts): string {
  return `新增${c.created}条，更新${c.updated}条，未变${c.unchanged}条，跳过${c.skipped}条`;
}

/** The change-log summary of an import. */
export function importSummary(fileName: string, c: ImportCounts): string {
  return `导入《${fileName}》：${countsText(c)}`;
}

/** The layouts to remember after an import (by the hash of each imported sheet's header row). */
export function layoutsToRemember(selections: readonly SheetSelection[]): Record<string, { ledger: SheetKind; columns: (string | null)[] }> {
  const out: Record<string, { ledger: SheetKind; columns: (string | null)[] }> = {};
  for (const s of selections) {
    if (!s.layout || layoutProblem(s.layout)) continue;
    out[layoutHash(rowTexts(s.sheet, s.layout.headerRow))] = { ledger: s.layout.ledger, columns: [...s.layout.columns] };
  }
  return out;
}
