/**
 * Calendar dates as 'YYYY-MM-DD' strings (China Standard Time, no time of day).
 * All arithmetic goes through a day number computed in UTC so that no machine's
 * time zone can move a date into another day or year.
 */
export type DateStr = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function isDateStr(value: unknown): value is DateStr {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function toDayNumber(date: DateStr): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function fromDayNumber(day: number): DateStr {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: DateStr, days: number): DateStr {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days (positive when b is later). */
export function diffDays(a: DateStr, b: DateStr): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(date: DateStr): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: DateStr): number {
  return Number(date.slice(5, 7));
}

export function isInYear(date: DateStr | undefined | null, year: number): boolean {
  return !!date && yearOf(date) === year;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: DateStr): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** 0 = Sunday … 6 = Saturday of a day number (day 0, 1970-01-01, was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearEnd(year: number): DateStr {
  return `${year}-12-31`;
}

export function yearStart(year: number): DateStr {
  return `${year}-01-01`;
}

/** Today's date in China Standard Time, whatever the machine's time zone. */
export function todayInChina(now: Date = new Date()): DateStr {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China calendar day begins, as the change log writes times (UTC ISO). */
export function chinaDayStartIso(date: DateStr): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS).toISOString();
}

/**
 * A timestamp (ISO 8601, as records and the change log store them) in China Standard Time, whatever the machine's
 * time zone: 'YYYY-MM-DD HH:mm:ss', or 'YYYY-MM-DD HH:mm' to the minute. Text that is not a timestamp comes back as is.
 */
export function formatChinaTime(iso: string, precision: 'second' | 'minute' = 'second'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const text = new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
  return precision === 'minute' ? text.slice(0, 16) : text;
}

/** The China calendar day of a timestamp (ISO 8601): 2026-03-04T19:18:00Z, 03:18 in Beijing, is 2026-03-05. */
export function chinaDateOf(iso: string): DateStr {
  return formatChinaTime(iso).slice(0, 10);
}

/** '2019-03-05' → '2019年3月5日' */
export function formatChineseDate(date: DateStr): string {
  return `${yearOf(date)}年${monthOf(date)}月${Number(date.slice(8, 10))}日`;
}

export function maxDate(a: DateStr, b: DateStr): DateStr {
  return a >= b ? a : b;
}
