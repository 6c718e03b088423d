/**
 * 有效期 of normative documents (domain.md §2: default 5 years, 2 for 暂行/试行, or as stated) and the 文号 key
 * that makes a 文号 unique within one issuing body.
 *
 * Period rule (used for every derived 有效期至, including the cleanup's 延长有效期):
 * - A validity of N years counted from a start date S (施行日期, else 公布日期; S itself is the first day in force)
 *   ends on the day before the Nth anniversary of S: 2019-03-01, 5 years → 2024-02-29.
 * - Feb-29 rule: when the anniversary has no corresponding day (S = 29 February, target year not a leap year), the
 *   anniversary is the last day of that month (民法典第二百零二条: 没有对应日的，月末日为期间的最后一日), i.e. 28
 *   February, and the validity ends the day before: 2020-02-29, 2 years → 2022-02-27.
 * - Month arithmetic (the six-month warning window) clamps the same way: 2019-08-31 + 6 months = 2020-02-29.
 */
import { addDays, daysInMonth, monthOf, yearOf, type DateStr } from '../dates';
import type { NormativeDocument } from './types';

export const DEFAULT_VALIDITY_YEARS = 5;
export const PROVISIONAL_VALIDITY_YEARS = 2;
/** How far ahead the 即将到期 list looks. */
export const EXPIRY_WARNING_MONTHS = 6;

/** Titles containing 暂行 or 试行 are provisional (2 years); all others 5 years. */
export function isProvisionalTitle(title: string): boolean {
  return /暂行|试行/.test(title);
}

export function defaultValidityYears(title: string): number {
  return isProvisionalTitle(title) ? PROVISIONAL_VALIDITY_YEARS : DEFAULT_VALIDITY_YEARS;
}

/** The same day `months` months later (or earlier, when negative); a day the target month lacks becomes its last day. */
export function addMonthsClamped(date: DateStr, months: number): DateStr {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of a validity of `years` years whose first day is `start` (see the period rule above). */
export function validityEnd(start: DateStr, years: number): DateStr {
  return addDays(addMonthsClamped(start, years * 12), -1);
}

export interface ExpiryInput {
  title: string;
  effectiveDate: DateStr | null;
  publishDate: DateStr;
  statedExpiry?: DateStr | null;
}

/** 有效期至: the stated one, else the default validity counted from 施行日期 (or 公布日期 when there is none). */
export function deriveExpiry(input: ExpiryInput): DateStr {
  if (input.statedExpiry) return input.statedExpiry;
  return validityEnd(input.effectiveDate ?? input.publishDate, defaultValidityYears(input.title));
}

type ExpiryView = Pick<NormativeDocument, 'status' | 'expiryDate'>;

/**
 * 即将到期: a document still 有效 whose 有效期至 lies in [today, today + months]. Both ends are included: a document
 * expiring today is still in force today and still listed; one expiring exactly six months ahead is listed.
 */
export function isExpiringWithin(doc: ExpiryView, today: DateStr, months = EXPIRY_WARNING_MONTHS): boolean {
  return doc.status === 'valid' && doc.expiryDate >= today && doc.expiryDate <= addMonthsClamped(today, months);
}

/**
 * A document still marked 有效 whose 有效期至 has passed (the day after 有效期至 or later): the registry should
 * mark it 失效 or a cleanup should extend it. Documents with another status are not "past expiry" here, since
 * their status already says they are no longer (or not simply) in force.
 */
export function isPastExpiry(doc: ExpiryView, today: DateStr): boolean {
  return doc.status === 'valid' && doc.expiryDate < today;
}

const OPEN_BRACKETS = /[〔[［(（【﹝]/g;
const CLOSE_BRACKETS = /[〕\]］)）】﹞]/g;

function normalizeText(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(OPEN_BRACKETS, '〔')
    .replace(CLOSE_BRACKETS, '〕');
}

/** The 文号 in a comparable form: 丹政发[2019]第05号 → 丹政发〔2019〕5号. */
export function normalizeDocNo(docNo: string): string {
  return normalizeText(docNo).replace(/第?0*(\d+)号/g, '$1号');
}

/**
 * The uniqueness key of a 文号 within its issuing body: the normalised issuer and 文号 joined by '|'. Spaces
 * (also full-width), bracket styles 〔〕[]［］()（）【】, full-width digits, a 第 before the number and leading
 * zeros of the number are ignored, so that 丹政发〔2019〕5号 and 丹政发[2019]第05号 of the same issuer collide.
 */
export function docNoKey(issuer: string, docNo: string): string {
  return `${normalizeText(issuer)}|${normalizeDocNo(docNo)}`;
}
