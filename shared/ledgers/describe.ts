/**
 * What changes between two versions of a record, in the words of 修改记录: the labelled fields (values by their
 * labels) and whatever the ledger words apart (a review case's timeline steps). The history pages
 * (renderer/src/features/history/diff.ts) and the import preview read changes the same way.
 */
import { diffRecords, valueTextOf, type FieldChange } from './history';
import { ledgerOf } from './registry';

export function describeRecordChange(table: string, before: object | null, after: object | null): FieldChange[] {
  const def = ledgerOf(table);
  if (!def || !before || !after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out = diffRecords(b, a, def.labels, valueTextOf(def.values, def.history.valueText));
  if (def.history.steps) out.push(...def.history.steps(b, a));
  return out;
}
