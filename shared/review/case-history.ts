/** How the steps of a review case's timeline read in 修改记录. Only the review-case ledger uses this wording. */
import type { FieldChange } from '../ledgers/history';
import { OUTCOME_LABELS, PROCEDURE_LABELS, STEP_LABELS, type ReviewEvent } from './types';

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
export function diffTimeline(before: readonly ReviewEvent[], after: readonly ReviewEvent[]): FieldChange[] {
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
