/**
 * 报备期限 of 备案审查 (domain.md §2): a town's or department's document is to be filed within `filingDays` days
 * after its 公布日期 (setting, default 30).
 *
 * Counting: plain calendar days, the 公布日期 itself not counted, and no rollover when the last day falls on a
 * weekend or holiday (the brief defines on time as 报备日期 ≤ 公布日期 + filingDays): published 2019-03-01, 30 days →
 * due 2019-03-31; filed 2019-03-31 is on time, 2019-04-01 is late.
 */
import { addDays, formatChineseDate, type DateStr } from '../dates';
import { deadlineFrom, type Deadline } from '../deadline';
import type { FilingReview } from './types';

export type FilingDeadlineKind = 'filing';
export const FILING_DEADLINE_LABEL = '报备期限';

/** The last day on which the document may be filed on time. */
export function filingDue(publishDate: DateStr, filingDays: number): DateStr {
  if (!Number.isInteger(filingDays) || filingDays < 0) throw new Error(`报备期限必须是不小于0的整数：${filingDays}`);
  return addDays(publishDate, filingDays);
}

/** 按时报备: 报备日期 ≤ 公布日期 + filingDays. */
export function isFiledOnTime(f: Pick<FilingReview, 'publishDate' | 'filedDate'>, filingDays: number): boolean {
  return f.filedDate <= filingDue(f.publishDate, filingDays);
}

/** The filing deadline as every ledger shows it; met / missed by the 报备日期. */
export function filingDeadline(f: Pick<FilingReview, 'publishDate' | 'filedDate'>, today: DateStr, filingDays: number): Deadline<FilingDeadlineKind> {
  const due = filingDue(f.publishDate, filingDays);
  const basis = `自公布之日（${formatChineseDate(f.publishDate)}）起${filingDays}日内报送备案`;
  return deadlineFrom('filing', FILING_DEADLINE_LABEL, due, f.filedDate || null, today, basis);
}
