/**
 * What the change history, the recycle bin and undo need to know about each table the change log names: its Chinese
 * name, the labels of its fields, how its values read in Chinese, how a record is named, and where its page is. The
 * ledgers' entries come from the registry (shared/ledgers/registry.ts); the settings and the 'import' pseudo-table
 * (one entry per imported file) are described here.
 */
import { valueTextOf, type FieldChange, type ValueText } from '../../../../shared/ledgers/history';
import { LEDGERS as REGISTRY, type AnyLedger, type LedgerTable } from '../../../../shared/ledgers/registry';
import type { ChangeAction } from '../../../../shared/record';
import { DENOMINATOR_LABELS, OUTCOME_LABELS, type CorrectionRateDefinition } from '../../../../shared/review/types';

export { isLedgerTable, LEDGER_TABLES, type LedgerTable } from '../../../../shared/ledgers/registry';
export type { ValueText } from '../../../../shared/ledgers/history';

/**
 * Every table the change log names: the ledgers, the settings, 'import' (the entry of an imported file; its
 * records have entries of their own carrying its id, and imports of earlier releases listed them in its
 * before/after as `records: [{table, id, action, record}]`) and 'backupRestore' (a restore from a backup).
 */
export type HistoryTable = LedgerTable | 'settings' | 'import' | 'backupRestore';

type Rec = Record<string, unknown>;

export interface LedgerDef {
  table: HistoryTable;
  label: string;
  labels: Record<string, string>;
  valueText: ValueText;
  /** Changes that are not field values (a case's timeline steps), or null. */
  steps: ((before: Rec, after: Rec) => FieldChange[]) | null;
  /** How the clerk names one record: 案号, 文号, 《文件名称》… */
  title: (record: Rec) => string;
  /** The hash route of the record's page (or of its list when it has no page); null when there is none. */
  route: ((id: string) => string) | null;
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

const str = (v: unknown) => (typeof v === 'string' ? v : '');

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
  if (f === 'organNames' && typeof v === 'object')
    return Object.values(v as Rec)
      .filter(Boolean)
      .join('，');
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

function fromRegistry(l: AnyLedger): LedgerDef {
  return {
    table: l.table as LedgerTable,
    label: l.name,
    labels: l.labels,
    valueText: valueTextOf(l.values, l.history.valueText),
    steps: l.history.steps,
    title: l.title,
    route: l.route,
  };
}

export const LEDGERS = {
  ...(Object.fromEntries(REGISTRY.map((l) => [l.table, fromRegistry(l)])) as Record<LedgerTable, LedgerDef>),
  settings: {
    table: 'settings',
    label: '设置',
    labels: SETTINGS_LABELS,
    valueText: settingsText,
    steps: null,
    title: () => '系统设置',
    route: () => '/settings',
  },
  import: {
    table: 'import',
    label: '数据导入',
    labels: {},
    valueText: () => undefined,
    steps: null,
    title: (r) => (r.fileName ? `《${str(r.fileName)}》` : '导入的文件'),
    route: null,
  },
  backupRestore: {
    table: 'backupRestore',
    label: '数据恢复',
    labels: {},
    valueText: () => undefined,
    steps: null,
    title: (r) => (r.source ? `备份“${str(r.source)}”` : '备份文件'),
    route: () => '/backup',
  },
} satisfies Record<HistoryTable, LedgerDef>;

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

const byTable = new Map<string, LedgerDef>(Object.values(LEDGERS).map((d) => [d.table, d]));

export function ledgerOf(table: string): LedgerDef | undefined {
  return byTable.get(table);
}

/** The name of the record an entry is about (from its newest known version). */
export function entryTitle(entry: { table: string; before: unknown; after: unknown; recordId: string }): string {
  const def = ledgerOf(entry.table);
  const rec = (entry.after ?? entry.before) as Rec | null;
  if (!def || !rec || typeof rec !== 'object') return entry.recordId;
  return def.title(rec);
}
