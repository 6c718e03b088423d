/**
 * How a ledger's changes read in 修改记录: the words of one field's value, and the shape of one line of a change.
 * Pure: the renderer's history pages only display what these functions say.
 */

/** One changed field (or one step of a case's timeline) between two versions of a record. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** A change that is not "old → new" (a step added or taken back): read as `label：text`. */
  text?: string;
}

/** The Chinese text of a value of `field`, or undefined to show the value as it is. */
export type ValueText = (field: string, value: unknown) => string | undefined;

/** How every value of a ledger reads: its coded values by their labels, then the ledger's own extra words. */
export function valueTextOf(values: Readonly<Record<string, Readonly<Record<string, string>>>>, extra: ValueText | null): ValueText {
  return (f, v) => {
    if (typeof v === 'string' && Object.hasOwn(values, f)) return Object.hasOwn(values[f], v) ? values[f][v] : v;
    return extra ? extra(f, v) : undefined;
  };
}

/** A link to another record cannot be looked up here (synchronously): say whether there is one. */
export function linkText(field: string, linked: string): ValueText {
  return (f, v) => (f === field ? (v ? linked : '（未关联）') : undefined);
}

/** Fields that never show in a diff: bookkeeping, derived keys, and lists that have their own wording. */
const IGNORED = new Set(['updatedAt', 'createdAt', 'id', 'caseNoKey', 'docNoKey', 'history', 'events', 'deleted']);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? v.map(show).join('、') : '（空）';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The labelled fields that differ between two versions, their values in words. */
export function diffRecords(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  labels: Record<string, string>,
  valueText: ValueText = () => undefined,
): FieldChange[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (IGNORED.has(k) || !Object.hasOwn(labels, k)) continue;
    const a = before[k];
    const b = after[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out.push({ field: k, label: labels[k], before: valueText(k, a) ?? show(a), after: valueText(k, b) ?? show(b) });
  }
  return out;
}
