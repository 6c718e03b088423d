/** Field-level differences between two versions of a record, for the change history (修改记录). */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

const IGNORED = new Set(['updatedAt', 'createdAt', 'id', 'caseNoKey', 'docNoKey', 'history', 'events']);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? v.map(show).join('、') : '（空）';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function diffRecords(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  labels: Record<string, string>,
  valueText: (field: string, value: unknown) => string | undefined = () => undefined,
): FieldChange[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (IGNORED.has(k) || !(k in labels)) continue;
    const a = before[k];
    const b = after[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out.push({ field: k, label: labels[k], before: valueText(k, a) ?? show(a), after: valueText(k, b) ?? show(b) });
  }
  return out;
}
