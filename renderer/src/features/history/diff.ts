/** Field-level differences between two versions of a record, for the change history (修改记录). */
import type { ChangeLogEntry } from '../../../../shared/record';
import { OUTCOME_LABELS, PROCEDURE_LABELS, STEP_LABELS, type ReviewEvent } from '../../../../shared/review/types';
import { ledgerOf, type ValueText } from './ledgers';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** A change that is not "old → new" (a step added or taken back): read as `label：text`. */
  text?: string;
}

const IGNORED = new Set(['updatedAt', 'createdAt', 'id', 'caseNoKey', 'docNoKey', 'history', 'events', 'deleted']);

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
  valueText: ValueText = () => undefined,
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

/** One step as the clerk reads it: 受理（2019-03-10，普通程序）. */
export function stepText(e: ReviewEvent): string {
  const parts: string[] = [e.date];
  if (e.deemed) parts.push('视为受理');
  if (e.procedure) parts.push(PROCEDURE_LABELS[e.procedure] ?? e.procedure);
  if (e.extensionDays) parts.push(`延长${e.extensionDays}日`);
  if (e.outcome) parts.push(`审理结果：${OUTCOME_LABELS[e.outcome] ?? e.outcome}`);
  if (e.compensation) parts.push('一并决定赔偿');
  if (e.correctedBeforeTermination) parts.push('改正后终止');
  if (e.note) parts.push(`说明：${e.note}`);
  return `${STEP_LABELS[e.kind] ?? e.kind}（${parts.join('，')}）`;
}

/** The steps of a review case's timeline added, taken back or corrected between two versions (matched by step id). */
export function diffTimeline(before: ReviewEvent[], after: ReviewEvent[]): FieldChange[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const out: FieldChange[] = [];
  for (const e of before) {
    if (!now.has(e.id)) out.push({ field: 'events', label: '撤回步骤', before: '', after: '', text: stepText(e) });
  }
  for (const e of after) {
    const was = old.get(e.id);
    if (!was) {
      out.push({ field: 'events', label: '新增步骤', before: '', after: '', text: stepText(e) });
    } else if (stepText(was) !== stepText(e)) {
      out.push({ field: 'events', label: `更正步骤“${STEP_LABELS[e.kind] ?? e.kind}”`, before: stepText(was), after: stepText(e) });
    }
  }
  return out;
}

function eventsOf(r: unknown): ReviewEvent[] | null {
  const events = (r as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? (events as ReviewEvent[]) : null;
}

/**
 * What one change-log entry changed, in Chinese: the fields (labels and values in words, not codes) and, for a
 * review case, the steps of its timeline. A creation or a deletion is described by its summary alone.
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
  const eb = eventsOf(before);
  const ea = eventsOf(after);
  if (eb && ea) out.push(...diffTimeline(eb, ea));
  return out;
}

/** One change as a line of text (CSV export, search). */
export function changeLineText(c: FieldChange): string {
  return c.text !== undefined ? `${c.label}：${c.text}` : `${c.label}：${c.before} → ${c.after}`;
}
