/** 规范性文件清理: cleanup batches, each deciding the fate of a list of documents, declared once. */
import { isInYear } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { choices, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedEnum, storedList, storedRecord, storedText } from '../ledgers/stored';
import { CLEANUP_ITEM_COLUMNS } from '../ledger-columns';
import { CLEANUP_FIELD_LABELS } from './schema';
import { CLEANUP_RESULT_LABELS, CLEANUP_RESULTS, type CleanupBatch, type CleanupItem, type CleanupResult } from './types';

const L = CLEANUP_FIELD_LABELS;

function itemsText(items: readonly CleanupItem[]): string {
  if (items.length === 0) return '（无）';
  const counts = new Map<string, number>();
  for (const i of items) {
    const k = i.result ? CLEANUP_RESULT_LABELS[i.result as CleanupResult] : '未定';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return `共${items.length}件：${[...counts].map(([k, n]) => `${k}${n}件`).join('、')}`;
}

export const cleanupLedger = defineLedger<CleanupBatch>()({
  table: 'cleanupBatches',
  indexes: 'id, completedDate, deleted, *yearSpan',
  name: '规范性文件清理',
  labels: CLEANUP_FIELD_LABELS,
  // The items' results read in the summary of `items` (history.valueText).
  values: {},
  schema: storedRecord({
    name: storedText(L.name),
    scope: storedText(L.scope),
    completedDate: requiredDate('清理完成日期'),
    items: storedList('清理结果', {
      documentId: storedText('文件'),
      result: storedEnum('清理结果', CLEANUP_RESULTS as [CleanupResult, ...CleanupResult[]]),
      newExpiry: optionalDate('新的有效期'),
    }),
    appliedAt: storedText('应用时间').nullable(),
    note: storedText(L.note),
  }),
  title: (b) => `“${b.name ?? ''}”`,
  searchFields: [],
  route: (id) => `/normative/cleanup/${id}`,
  // Batches are named freely; the import matches them by name (shared/import/cleanup-rows.ts).
  unique: null,
  references: [
    {
      target: 'normativeDocuments',
      ids: (b) => (Array.isArray(b.items) ? b.items.map((i) => i.documentId) : []),
      index: null,
      requiredOnRestore: false,
      goneText: () => '该清理批次中的文件已删除。请先恢复该文件',
      holdsText: (b) => `清理批次“${b.name}”包含此文件`,
    },
  ],
  awaiting: null,
  // Completed in Y and applied to the registry: a batch not yet applied is a draft (normative/counts.ts).
  inYear: (b, year) => !!b.appliedAt && isInYear(b.completedDate, year),
  // Its documents are read through its reference (year-data.ts), whatever their own dates.
  yearSpan: (b) => ({ dates: [b.completedDate], open: false }),
  sheet: {
    kind: 'cleanupItems',
    sheetName: '文件清理台账',
    title: '规范性文件清理台账',
    templateName: '文件清理',
    columns: CLEANUP_ITEM_COLUMNS,
    fields: [
      field('batchName', '清理批次', ['批次', '批次名称', '清理批次名称', '清理名称'], REQUIRED),
      field('completedDate', '批次完成日期', ['清理完成日期', '完成日期', '清理日期']),
      field('title', '文件名称', ['名称', '文件标题']),
      field('docNo', '文号', ['发文字号']),
      field('result', '清理结果', ['清理意见', '处理意见', '清理情况'], REQUIRED),
      field('newExpiry', '延长后有效期至', ['新有效期至'], OPTIONAL),
      field('scope', '清理范围', ['清理对象', '范围']),
    ],
    nameHint: /清理/,
    notes: {
      清理批次: '必填，如2024年规范性文件清理',
      批次完成日期: '新批次必填',
      文号: '须是文件库或规范性文件表中的文件',
      清理结果: choices(Object.values(CLEANUP_RESULT_LABELS)),
      清理范围: '如市政府及市政府办公室制发的规范性文件（写入年度报告的清理表述）',
    },
    sample: ({ docTitle, docNo }) => ({
      清理批次: '2024年规范性文件清理',
      批次完成日期: '2024-11-30',
      文件名称: docTitle,
      文号: docNo,
      清理结果: '继续有效',
      清理范围: '市政府及市政府办公室制发的规范性文件',
    }),
  },
  yearSheet: null,
  history: {
    valueText: (f, v) => (f === 'items' && Array.isArray(v) ? itemsText(v as CleanupItem[]) : undefined),
    steps: null,
  },
});
