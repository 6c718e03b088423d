import { toDateStr, type DateValue } from './dates';

/** Which fields of a form are what, for formInput. */
export interface FormInputSpec {
  /** Left empty → '' (the validators then name the missing field). */
  texts?: readonly string[];
  /** Choices and links left empty → null. */
  choices?: readonly string[];
  /** Required dates: 'YYYY-MM-DD', or '' when left empty (typed text that is no date is passed on as typed, to be refused). */
  requiredDates?: readonly string[];
  /** Optional dates: 'YYYY-MM-DD' or null. */
  dates?: readonly string[];
}

/**
 * The named fields of a form's values as the repositories take them: antd leaves an untouched field undefined and
 * a date as a Dayjs; the shared validators expect '' / null and 'YYYY-MM-DD'. Only the named fields are returned.
 */
export function formInput(values: object, spec: FormInputSpec): Record<string, unknown> {
  const v = values as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of spec.texts ?? []) out[k] = v[k] ?? '';
  for (const k of spec.choices ?? []) out[k] = v[k] ?? null;
  for (const k of spec.requiredDates ?? []) out[k] = toDateStr(v[k] as DateValue) ?? '';
  for (const k of spec.dates ?? []) out[k] = toDateStr(v[k] as DateValue);
  return out;
}
