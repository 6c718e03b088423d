import { addDays, formatChineseDate, type DateStr } from '../dates';
import { deadlineFrom, type Deadline } from '../deadline';
import { uncoveredYears, type Pause, type WorkCalendar } from '../calendar/working-days';
import { lawForDate, MAX_EXTENSION_DAYS } from './lifecycle';
import type { ReviewCase, ReviewEvent, ReviewLaw, ReviewLetter, ReviewStepKind } from './types';

/**
 * Statutory deadlines of a review case (domain.md §1 "Deadlines").
 *
 * Counting follows calendar/working-days.ts: the start day is not counted; calendar-day periods whose last day is
 * a weekend or holiday roll forward to the next working day; paused days ([from, to], both ends included) are
 * not counted.
 *
 * Which law:
 * - acceptance, correction notice and correction material: the law in force on the receipt date (the period
 *   starts then, and its end must not move when the acceptance is recorded later);
 * - decision: `c.law` (chosen by the acceptance date).
 *
 * Which deadlines are listed:
 * - acceptance: always (once the application has a receipt date);
 * - correction notice: when a correction request exists (met / missed by its date), or while the case still
 *   awaits a decision on acceptance and the notice window has not yet closed (afterwards there is nothing left
 *   to do: the acceptance deadline carries the overdue warning);
 * - correction material (2023 law only; the old law leaves the period to the notice): when a correction request
 *   exists, unless the application ended (不予受理 / 告知 / 撤回) without the material coming back;
 * - decision: once the case is accepted.
 *
 * Clock stops: 补正 runs from the correctionRequest date to the correctionReturned date (or to the first
 * accept / reject / redirect / withdrawal, if the return was never recorded); 中止 runs from the suspend date to
 * the resume date (or to the conclusion). Still open → due null, state 'paused'.
 *
 * Decision period: 60 days (普通程序, and after 简易→普通, counted from the acceptance date) plus the sum of the
 * extensions, capped at 30; 30 days for 简易程序 under the 2023 law, where extensions are ignored (lifecycle.ts
 * refuses them anyway); a 'simple' procedure under the old law is counted as ordinary. The period is one block
 * of 60 + extension days: the rollover only applies to its final last day.
 */

export type DeadlineKind = 'acceptance' | 'correctionNotice' | 'correctionMaterial' | 'decision' | 'letterAnswer';
export type CaseDeadline = Deadline<DeadlineKind>;
export { isBreached, isDueWithin, isOverdue, type DeadlineState } from '../deadline';

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  acceptance: '受理审查期限',
  correctionNotice: '补正通知期限',
  correctionMaterial: '补正材料提交期限',
  decision: '审理期限',
  letterAnswer: '意见书反馈期限',
};

interface PeriodRule {
  days: number;
  unit: 'working' | 'calendar';
}

/** 5 days to decide on acceptance. Old law: calendar days as domain.md states (but see 行政复议法（2017）第四十条第二款). */
export const ACCEPTANCE_PERIOD: Record<ReviewLaw, PeriodRule> = {
  old: { days: 5, unit: 'calendar' },
  law2023: { days: 5, unit: 'working' },
};
/** 5 days to send the correction notice. */
export const CORRECTION_NOTICE_PERIOD: Record<ReviewLaw, PeriodRule> = {
  old: { days: 5, unit: 'calendar' },
  law2023: { days: 5, unit: 'working' },
};
/** 2023 law: the applicant has 10 working days to supply the material. */
export const CORRECTION_MATERIAL_PERIOD: PeriodRule = { days: 10, unit: 'working' };
export const DECISION_DAYS = { ordinary: 60, simple: 30, maxExtension: MAX_EXTENSION_DAYS } as const;
export const LETTER_ANSWER_DAYS = 60;

const LAW_NAME: Record<ReviewLaw, string> = { old: '原行政复议法', law2023: '2023年修订的行政复议法' };
const DECIDING_KINDS: ReviewStepKind[] = ['accept', 'reject', 'redirect', 'withdrawBeforeAcceptance'];
const NON_ACCEPTANCE_KINDS: ReviewStepKind[] = ['reject', 'redirect', 'withdrawBeforeAcceptance'];

const fmt = formatChineseDate;

/** Events by date; events of the same date keep their recorded order. */
function sortedEvents(c: ReviewCase): ReviewEvent[] {
  return [...(c.events ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function firstOf(events: readonly ReviewEvent[], kinds: readonly ReviewStepKind[]): ReviewEvent | undefined {
  return events.find((e) => kinds.includes(e.kind));
}

/** Pause intervals opened by `startKind` and closed by `endKind` or by any of `closers` (e.g. a conclusion ends a suspension). */
function collectPauses(
  events: readonly ReviewEvent[],
  startKind: ReviewStepKind,
  endKind: ReviewStepKind,
  closers: readonly ReviewStepKind[],
): Pause[] {
  const pauses: Pause[] = [];
  let open: DateStr | null = null;
  for (const e of events) {
    if (e.kind === startKind) {
      if (open === null) open = e.date;
    } else if (open !== null && (e.kind === endKind || closers.includes(e.kind))) {
      pauses.push({ from: open, to: e.date });
      open = null;
    }
  }
  if (open !== null) pauses.push({ from: open, to: null });
  return pauses;
}

function runPeriod(cal: WorkCalendar, start: DateStr, rule: PeriodRule, pauses: readonly Pause[] = []): DateStr | null {
  return rule.unit === 'working' ? cal.addWorkingDays(start, rule.days, pauses) : cal.addCalendarDays(start, rule.days, pauses);
}

function periodText(rule: PeriodRule): string {
  return rule.unit === 'working' ? `${rule.days}个工作日` : `${rule.days}日`;
}

function pauseNotes(pauses: readonly Pause[], closedName: string, openText: string): string {
  return pauses
    .map((p) => (p.to === null ? `；${openText}（自${fmt(p.from)}起），期限暂停计算` : `；${closedName}（${fmt(p.from)}至${fmt(p.to)}）不计入`))
    .join('');
}

/** Notes on a computed due date: the rollover of a calendar-day period, and years whose holidays are missing. */
function dueNotes(cal: WorkCalendar, start: DateStr, rule: PeriodRule, pauses: readonly Pause[], due: DateStr | null): string {
  let notes = '';
  if (due && rule.unit === 'calendar') {
    const lastDay = cal.addCalendarDays(start, rule.days, pauses, { rollover: false });
    if (lastDay && lastDay !== due) notes += `；期限末日${fmt(lastDay)}为休息日，顺延至${fmt(due)}`;
  }
  const missing = uncoveredYears(cal, start, due ?? start);
  if (missing.length > 0) notes += `；注意：${missing.join('、')}年节假日安排尚未录入，期限仅按周末推算`;
  return notes;
}

function makeDeadline(kind: DeadlineKind, due: DateStr | null, done: DateStr | null | undefined, today: DateStr, basis: string): CaseDeadline {
  return deadlineFrom(kind, DEADLINE_LABELS[kind], due, done, today, basis);
}

interface CaseFacts {
  events: ReviewEvent[];
  received: DateStr;
  intakeLaw: ReviewLaw;
  decided: ReviewEvent | undefined;
  correctionPauses: Pause[];
}

function caseFacts(c: ReviewCase): CaseFacts | null {
  const events = sortedEvents(c);
  const received = c.receivedDate || firstOf(events, ['receive'])?.date;
  if (!received) return null;
  return {
    events,
    received,
    intakeLaw: lawForDate(received),
    decided: firstOf(events, DECIDING_KINDS),
    correctionPauses: collectPauses(events, 'correctionRequest', 'correctionReturned', DECIDING_KINDS),
  };
}

function acceptanceDue(f: CaseFacts, cal: WorkCalendar): DateStr | null {
  return runPeriod(cal, f.received, ACCEPTANCE_PERIOD[f.intakeLaw], f.correctionPauses);
}

/**
 * 2023 law: the date from which an application is deemed accepted (视为受理) if no decision is made within the
 * acceptance period, i.e. the last day of that period. null under the old law, once a decision (受理, 不予受理, 告知,
 * 撤回) has been recorded, or while the clock is stopped for 补正. Compare it with today before offering it.
 */
export function deemedAcceptanceDate(c: ReviewCase, cal: WorkCalendar): DateStr | null {
  const f = caseFacts(c);
  if (f?.intakeLaw !== 'law2023' || f.decided) return null;
  return acceptanceDue(f, cal);
}

/**
 * When the case page offers 视为受理: the deemed acceptance date (deemedAcceptanceDate) once today has reached it,
 * for a case still awaiting a decision on acceptance; otherwise null.
 */
export function deemedAcceptanceOffer(c: ReviewCase, cal: WorkCalendar, today: DateStr): DateStr | null {
  if (c.status !== 'received') return null;
  const date = deemedAcceptanceDate(c, cal);
  return date !== null && date <= today ? date : null;
}

function acceptanceDeadline(f: CaseFacts, cal: WorkCalendar, today: DateStr): CaseDeadline {
  const rule = ACCEPTANCE_PERIOD[f.intakeLaw];
  const due = acceptanceDue(f, cal);
  const article = f.intakeLaw === 'law2023' ? '第三十条' : '第十七条';
  let basis = `自收到申请之日起${periodText(rule)}内审查决定是否受理（${LAW_NAME[f.intakeLaw]}${article}）`;
  basis += pauseNotes(f.correctionPauses, '补正期间', '正在等待补正材料');
  basis += dueNotes(cal, f.received, rule, f.correctionPauses, due);
  const lapsed = !f.decided && due !== null && f.intakeLaw === 'law2023' && today > due;
  if (f.decided?.kind === 'accept' && f.decided.deemed) basis += '；已视为受理';
  else if (lapsed) basis += `；审查期限已届满，未作出不予受理决定，自${fmt(due)}起视为受理`;
  const d = makeDeadline('acceptance', due, f.decided?.date, today, basis);
  return lapsed ? { ...d, lapsedText: '已届满，视为受理' } : d;
}

function correctionNoticeDeadline(f: CaseFacts, cal: WorkCalendar, today: DateStr): CaseDeadline | null {
  const request = firstOf(f.events, ['correctionRequest']);
  const rule = CORRECTION_NOTICE_PERIOD[f.intakeLaw];
  const due = runPeriod(cal, f.received, rule);
  if (!request && (f.decided || !due || today > due)) return null;
  const basis =
    (f.intakeLaw === 'law2023'
      ? `申请材料不齐全或者表述不清楚的，应当自收到申请之日起${periodText(rule)}内书面通知补正（${LAW_NAME.law2023}第三十一条）`
      : `申请材料不齐全或者表述不清楚的，可以自收到申请之日起${periodText(rule)}内书面通知补正（行政复议法实施条例第二十九条）`) +
    dueNotes(cal, f.received, rule, [], due);
  return makeDeadline('correctionNotice', due, request?.date, today, basis);
}

function correctionMaterialDeadline(f: CaseFacts, cal: WorkCalendar, today: DateStr): CaseDeadline | null {
  const request = firstOf(f.events, ['correctionRequest']);
  if (!request || f.intakeLaw !== 'law2023') return null;
  const after = f.events.filter((e) => e.date >= request.date);
  const returned = firstOf(after, ['correctionReturned']) ?? firstOf(after, ['accept']);
  if (!returned && firstOf(after, NON_ACCEPTANCE_KINDS)) return null;
  const rule = CORRECTION_MATERIAL_PERIOD;
  const due = runPeriod(cal, request.date, rule);
  const basis =
    `申请人应当自收到补正通知之日起${periodText(rule)}内提交补正材料，无正当理由逾期不补正的，视为放弃行政复议申请（${LAW_NAME.law2023}第三十一条）；自补正通知日期起算` +
    dueNotes(cal, request.date, rule, [], due);
  return makeDeadline('correctionMaterial', due, returned?.date, today, basis);
}

function decisionDeadline(c: ReviewCase, f: CaseFacts, cal: WorkCalendar, today: DateStr): CaseDeadline | null {
  const acceptEvent = firstOf(f.events, ['accept']);
  const accepted = c.acceptedDate || acceptEvent?.date;
  if (!accepted) return null;
  const law: ReviewLaw = c.law ?? lawForDate(accepted);
  const wasSimple = (acceptEvent?.procedure ?? c.procedure) === 'simple';
  const switched = f.events.some((e) => e.kind === 'toOrdinary');
  const simple = wasSimple && !switched && law === 'law2023';

  const extendEvents = f.events.filter((e) => e.kind === 'extend');
  const requested = extendEvents.length > 0 ? extendEvents.reduce((sum, e) => sum + (e.extensionDays ?? 0), 0) : (c.extensionDays ?? 0);
  const extension = simple ? 0 : Math.min(Math.max(requested, 0), DECISION_DAYS.maxExtension);

  const days = simple ? DECISION_DAYS.simple : DECISION_DAYS.ordinary + extension;
  const rule: PeriodRule = { days, unit: 'calendar' };
  const pauses = collectPauses(f.events, 'suspend', 'resume', ['conclude']);
  const due = runPeriod(cal, accepted, rule, pauses);
  const concluded = firstOf(f.events, ['conclude'])?.date ?? c.concludedDate;

  const article = law === 'law2023' ? '第六十二条' : '第三十一条';
  let basis: string;
  if (simple) basis = `简易程序：自受理之日起${DECISION_DAYS.simple}日内作出决定（${LAW_NAME.law2023}${article}）`;
  else if (wasSimple && switched) basis = `简易程序转为普通程序：自受理之日起${DECISION_DAYS.ordinary}日内作出决定（${LAW_NAME[law]}${article}）`;
  else basis = `自受理之日起${DECISION_DAYS.ordinary}日内作出决定（${LAW_NAME[law]}${article}）`;
  if (wasSimple && law === 'old') basis += '；原行政复议法无简易程序，按普通程序计算';
  if (extension > 0) basis += `；经批准延长${extension}日`;
  if (requested > DECISION_DAYS.maxExtension && !simple) basis += `（登记的延期合计${requested}日，超过${DECISION_DAYS.maxExtension}日的部分不计）`;
  if (simple && requested > 0) basis += '；简易程序不适用延期，登记的延期未计入';
  basis += pauseNotes(pauses, '中止期间', '中止审理中');
  basis += dueNotes(cal, accepted, rule, pauses, due);
  return makeDeadline('decision', due, concluded, today, basis);
}

/** Every deadline of the case that is worth showing (see the module comment), in procedural order. */
export function computeCaseDeadlines(c: ReviewCase, cal: WorkCalendar, today: DateStr): CaseDeadline[] {
  const f = caseFacts(c);
  if (!f) return [];
  const list: (CaseDeadline | null)[] = [
    acceptanceDeadline(f, cal, today),
    correctionNoticeDeadline(f, cal, today),
    correctionMaterialDeadline(f, cal, today),
    decisionDeadline(c, f, cal, today),
  ];
  return list.filter((d): d is CaseDeadline => d !== null);
}

/**
 * An opinion letter (意见书) must be answered within 60 days; counted from the issue date (the law counts from the
 * recipient's receipt, which is not recorded). With a calendar, a last day on a weekend or holiday rolls forward.
 * Suggestion letters (建议书) have no deadline: null.
 */
export function computeLetterDeadline(letter: ReviewLetter, today: DateStr, cal?: WorkCalendar): CaseDeadline | null {
  if (letter.kind !== 'opinion') return null;
  const law = lawForDate(letter.issueDate);
  const source = law === 'law2023' ? `${LAW_NAME.law2023}第七十六条` : '行政复议法实施条例第五十七条';
  const rule: PeriodRule = { days: LETTER_ANSWER_DAYS, unit: 'calendar' };
  const due = cal ? (runPeriod(cal, letter.issueDate, rule) as DateStr) : addDays(letter.issueDate, LETTER_ANSWER_DAYS);
  const notes = cal ? dueNotes(cal, letter.issueDate, rule, [], due) : '';
  const basis = `有关机关应当自收到意见书之日起${LETTER_ANSWER_DAYS}日内报送纠正情况（${source}）；自发文日期起算${notes}`;
  return makeDeadline('letterAnswer', due, letter.answerDate, today, basis);
}
