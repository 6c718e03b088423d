/**
 * 行政应诉 deadlines (行政诉讼法 arts. 67, 85): 答辩状 and evidence within 15 days of receiving the copy of the
 * complaint; an appeal within 15 days of a 判决 and 10 days of a 裁定 being served; and the hearings still to come.
 * Calendar days, the start day not counted; a last day that is a day off runs to the next working day.
 */
import type { WorkCalendar } from '../calendar/working-days';
import { diffDays, formatChineseDate, type DateStr } from '../dates';
import { deadlineFrom, type Deadline } from '../deadline';
import { outcomeForm, type LitigationCase } from './types';

export const DEFENCE_DAYS = 15;
export const APPEAL_DAYS = { judgment: 15, ruling: 10 } as const;

export type LitigationDeadlineKind = 'defence' | 'appeal' | 'hearing';

function rolled(cal: WorkCalendar, start: DateStr, days: number): { due: DateStr; note: string } {
  const due = cal.addCalendarDays(start, days)!;
  const last = cal.addCalendarDays(start, days, [], { rollover: false })!;
  return { due, note: last !== due ? `；期限末日${formatChineseDate(last)}为休息日，顺延至${formatChineseDate(due)}` : '' };
}

/** 答辩状及证据: 15 days from 收到应诉通知书 (起诉状副本). */
export function defenceDeadline(c: LitigationCase, cal: WorkCalendar, today: DateStr): Deadline<LitigationDeadlineKind> {
  const { due, note } = rolled(cal, c.receivedDate, DEFENCE_DAYS);
  return deadlineFrom(
    'defence',
    '提交答辩状及证据',
    due,
    c.defenceDate,
    today,
    `行政诉讼法第六十七条：收到起诉状副本之日起${DEFENCE_DAYS}日内${note}`,
  );
}

/** 上诉期: from the service of a first-instance 判决 (15 days) or 裁定 (10 days); null when there is none to decide on. */
export function appealDeadline(c: LitigationCase, cal: WorkCalendar, today: DateStr): Deadline<LitigationDeadlineKind> | null {
  if (!c.outcome || !c.servedDate || c.instance === 'second') return null;
  const form = outcomeForm(c.outcome);
  if (form === 'none') return null;
  const days = APPEAL_DAYS[form];
  const { due, note } = rolled(cal, c.servedDate, days);
  const d = deadlineFrom(
    'appeal',
    '决定是否上诉',
    due,
    c.appealDecision ? c.servedDate : null,
    today,
    `行政诉讼法第八十五条：${form === 'judgment' ? '判决书' : '裁定书'}送达之日起${days}日内${note}`,
  );
  return d;
}

/** Every hearing from today on, as a date on 待办. */
export function hearingItems(c: LitigationCase, today: DateStr): Deadline<LitigationDeadlineKind>[] {
  return c.hearings
    .filter((h) => h.date >= today)
    .map((h) => ({ kind: 'hearing', label: '开庭', due: h.date, daysLeft: diffDays(today, h.date), state: 'open', basis: `${c.court}开庭` }));
}

/** Every deadline of a case that 待办 and the record page show. */
export function litigationDeadlines(c: LitigationCase, cal: WorkCalendar, today: DateStr): Deadline<LitigationDeadlineKind>[] {
  const out: Deadline<LitigationDeadlineKind>[] = [];
  if (!c.concludedDate || c.defenceDate) out.push(defenceDeadline(c, cal, today));
  const appeal = appealDeadline(c, cal, today);
  if (appeal) out.push(appeal);
  if (!c.concludedDate) out.push(...hearingItems(c, today));
  return out;
}
