import dayjs, { type Dayjs } from 'dayjs';
import { isDateStr, todayInChina, type DateStr } from '../../../shared/dates';

/**
 * What the clerk typed into a date field when it is not a date (2026-02-30, 2026-13-01, 三月五日). The date picker
 * alone would drop such text and keep its previous value (often today); the form keeps this instead, so that the
 * validators refuse the field with its own message.
 */
export class TypedDate {
  constructor(readonly text: string) {}
}

/** A date field's value in a form: a date, the typed text that is not one, or nothing. */
export type DateValue = Dayjs | TypedDate | null | undefined;

const TYPED_DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;

/** Typed text as a date: 2019-03-05, 2019-3-5, 2019/3/5, 2019.3.5, 2019年3月5日, 20190305 (full-width digits too); null if it is none. */
export function parseTypedDate(text: string): DateStr | null {
  const plain = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = TYPED_DATE_RE.exec(plain) ?? COMPACT_DATE_RE.exec(plain);
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isDateStr(date) ? date : null;
}

/** A form's date value as the validators take it: 'YYYY-MM-DD', the typed text that is not a date (they refuse it), or null. */
export function toDateStr(d: DateValue): DateStr | null {
  if (d instanceof TypedDate) return d.text;
  return d ? d.format('YYYY-MM-DD') : null;
}

export function fromDateStr(s: DateStr | null | undefined): Dayjs | null {
  return s ? dayjs(s, 'YYYY-MM-DD') : null;
}

export function today(): DateStr {
  return todayInChina();
}
