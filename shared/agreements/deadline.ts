import { diffDays, formatChineseDate, isDateStr, type DateStr } from '../dates';
import { deadlineFrom, type Deadline } from '../deadline';
import { uncoveredYears, type WorkCalendar } from '../calendar/working-days';
import { DEFAULT_AGREEMENT_PERIODS, type AgreementReview } from './types';

/**
 * The review period of an agreement (domain.md §3; the period is the setting AgreementPeriods.reviewWorkingDays).
 *
 * Counting follows calendar/working-days.ts: the 收件日期 itself is not counted, the period ends on the Nth
 * working day after it (weekends and holidays skipped, 调休 working days counted). The deadline is met when the
 * 出具意见日期 is on or before the due date, missed when it is later, open while there is no opinion.
 */

export type AgreementDeadlineKind = 'agreementReview';
export type AgreementDeadline = Deadline<AgreementDeadlineKind>;
export const AGREEMENT_DEADLINE_LABEL = '审查期限';

/** Longest period the settings may hold (a typo guard; the usual value is 5–15 working days). */
export const MAX_REVIEW_WORKING_DAYS = 60;

/** Whether a configured review period can be used: a whole number of working days from 1 to MAX_REVIEW_WORKING_DAYS. */
export function isValidReviewPeriod(workingDays: unknown): workingDays is number {
  return typeof workingDays === 'number' && Number.isInteger(workingDays) && workingDays >= 1 && workingDays <= MAX_REVIEW_WORKING_DAYS;
}

const fmt = formatChineseDate;

/**
 * 审查期限 of one agreement: 收件日期 + `workingDays` working days.
 * An unusable `workingDays` (not a whole number from 1 to 60) falls back to the default (7) and the basis says so,
 * so that a bad setting never breaks the ledger. A missing or invalid 收件日期 gives due null (state 'paused').
 */
export function agreementDeadline(
  a: Pick<AgreementReview, 'receivedDate' | 'opinionDate'>,
  cal: WorkCalendar,
  today: DateStr,
  workingDays: number,
): AgreementDeadline {
  const label = AGREEMENT_DEADLINE_LABEL;
  if (!isDateStr(a.receivedDate)) {
    return deadlineFrom('agreementReview', label, null, null, today, '收件日期缺失或无效，无法计算审查期限');
  }
  const valid = isValidReviewPeriod(workingDays);
  const days = valid ? workingDays : DEFAULT_AGREEMENT_PERIODS.reviewWorkingDays;
  const due = cal.addWorkingDays(a.receivedDate, days);
  const done = a.opinionDate && isDateStr(a.opinionDate) ? a.opinionDate : null;

  let basis = `自收件之日起${days}个工作日内出具审查意见（审查期限按设置为${days}个工作日，收件当日不计入）`;
  if (!valid) basis += `；设置的审查期限（${String(workingDays)}）无效，按默认${days}个工作日计算`;
  const missing = uncoveredYears(cal, a.receivedDate, due ?? a.receivedDate);
  if (missing.length > 0) basis += `；注意：${missing.join('、')}年节假日安排尚未录入，期限仅按周末推算`;
  if (done && due) {
    if (done <= due) basis += `；已于${fmt(done)}出具意见`;
    else basis += `；${fmt(done)}出具意见，超过期限${diffDays(due, done)}日`;
  }
  return deadlineFrom('agreementReview', label, due, done, today, basis);
}
