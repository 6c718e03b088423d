/**
 * The zod builders of the fields every ledger's form and import share: a required or optional text with its length
 * limit, a required or optional date. Each names the field in its Chinese message (“申请人不能为空”,
 * “公布日期不是有效日期（格式：2019-03-05）”), so that a refusal always says which field and what is wrong.
 */
import { z } from 'zod';
import { isDateStr } from './dates';

/** Empty, null, undefined or a missing key all count as "not filled in". */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const dateMessage = (label: string): string => `${label}不是有效日期（格式：2019-03-05）`;

/** A text that must be filled in, trimmed, at most `max` characters. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label}不能为空` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过${max}个字`);

/** An optional text: missing, undefined or null (a cleared input) become ''. */
export const optionalText = (label: string, max = 2000) =>
  z
    .union([z.string(), z.null()], { error: `${label}必须是文字` })
    .optional()
    .transform((v) => (v ?? '').trim())
    .pipe(z.string().max(max, `${label}不能超过${max}个字`));

/** A date (YYYY-MM-DD) that must be filled in: blank says so, anything else that is not a date says that. */
export const requiredDate = (label: string) =>
  z
    .string({ error: (iss) => (isBlank(iss.input) ? `${label}不能为空` : dateMessage(label)) })
    .trim()
    .min(1, { message: `${label}不能为空`, abort: true })
    .refine(isDateStr, dateMessage(label));

/** An optional date: blank, null or missing → null. */
export const optionalDate = (label: string) =>
  z
    .union([z.string(), z.null()], { error: dateMessage(label) })
    .optional()
    .transform((v) => (v ? v.trim() || null : null))
    .refine((v) => v === null || isDateStr(v), dateMessage(label));
