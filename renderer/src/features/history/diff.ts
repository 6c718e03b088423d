/** Field-level differences between two versions of a record, for the change history (修改记录). */
import { diffRecords, type FieldChange, type ValueText } from '../../../../shared/ledgers/history';
import type { ChangeLogEntry } from '../../../../shared/record';
import { ledgerOf } from './ledgers';

export { diffRecords, type FieldChange } from '../../../../shared/ledgers/history';

/**
 * What one change-log entry changed, in Chinese: the fields (labels and values in words, not codes) and whatever the
 * entry's ledger words apart (the steps of a review case's timeline). A creation or a deletion is described by its
 * summary alone.
 */
export function describeChanges(
  entry: Pick<ChangeLogEntry, 'table' | 'before' | 'after'>,
  labels?: Record<string, string>,
  valueText?: ValueText,
): FieldChange[] {
  const def = ledgerOf(entry.table);
  const before = entry.before as Record<string, unknown> | null;
  const after = entry.after as Record<string, unknown> | null;
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const out = diffRecords(before, after, labels ?? def?.labels ?? {}, valueText ?? def?.valueText);
  if (def?.steps) out.push(...def.steps(before, after));
  return out;
}

/** One change as a line of text (CSV export, search). */
export function changeLineText(c: FieldChange): string {
  return c.text !== undefined ? `${c.label}：${c.text}` : `${c.label}：${c.before} → ${c.after}`;
}
