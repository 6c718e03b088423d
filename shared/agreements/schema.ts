import { z } from 'zod';
import { isBlank, optionalDate, optionalText, requiredDate, requiredText } from '../field-schemas';
import type { DateStr } from '../dates';
import type { BaseRecord } from '../record';
import { parseEachField, type Validated } from '../review/schema';
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_OPINION_LABELS,
  AGREEMENT_OPINIONS,
  SIGNING_CAPACITIES,
  SIGNING_CAPACITY_LABELS,
  type AgreementCategory,
  type AgreementOpinion,
  type AgreementReview,
  type SigningCapacity,
} from './types';

/** The fields the clerk fills in (domain.md §3): an AgreementReview without id, timestamps and soft delete. */
export type AgreementFields = Omit<AgreementReview, keyof BaseRecord>;

/** Chinese names of the ledger fields, used in every message and as column headers. */
export const AGREEMENT_FIELD_LABELS: Record<keyof AgreementFields, string> = {
  name: '协议名称',
  signingCapacity: '签订名义',
  submittingUnit: '送审单位',
  counterparty: '相对方',
  category: '协议类别',
  amount: '金额（万元）',
  receivedDate: '收件日期',
  opinionDate: '出具意见日期',
  opinion: '审查意见',
  problems: '主要问题',
  handler: '承办人',
  note: '备注',
};
/** The fields a clerk fills in, in the order of the form. */
export const AGREEMENT_FIELD_NAMES = Object.keys(AGREEMENT_FIELD_LABELS) as (keyof AgreementFields)[];
const L = AGREEMENT_FIELD_LABELS;

/** Amounts are kept to 4 decimals of 万元, i.e. to the yuan. */
export const AMOUNT_DECIMALS = 4;
/** 1万亿元: a larger figure is almost surely entered in 元 instead of 万元. */
export const MAX_AMOUNT_WAN = 100_000_000;

export const AMOUNT_MESSAGES = {
  invalid: `${L.amount}必须是不小于0的数字`,
  decimals: `${L.amount}最多保留${AMOUNT_DECIMALS}位小数`,
  tooLarge: `${L.amount}超过1万亿元，请确认单位是万元`,
} as const;
type AmountProblem = keyof typeof AMOUNT_MESSAGES;

/** Full-width digits, point, comma, minus and spaces → ASCII; '万元' suffix dropped. */
function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－−]/g, '-')
    .replace(/[\s\u3000]/g, '')
    .replace(/万元$/, '');
}

/** Plain decimal, or thousands grouped by commas in threes ('1,200.5'); no exponent. */
const AMOUNT_RE = /^(-?)((?:\d{1,3}(?:,\d{3})+)|\d*)(?:\.(\d*))?$/;

/** The amount in units of 0.0001万元 (= 1 yuan), or the reason it is refused; null = not filled in. */
export function readAmountUnits(input: unknown): bigint | null | AmountProblem {
  if (input === undefined || input === null) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return 'invalid';
    const units = Math.round(input * 10 ** AMOUNT_DECIMALS);
    // Spreadsheet doubles such as 0.30000000000000004 are taken as 0.3 (noise below 0.001元); a real fifth decimal is refused.
    if (Math.abs(units - input * 10 ** AMOUNT_DECIMALS) > 1e-3) return 'decimals';
    if (units > MAX_AMOUNT_WAN * 10 ** AMOUNT_DECIMALS) return 'tooLarge';
    return BigInt(units);
  }
  if (typeof input !== 'string') return 'invalid';
  const text = normalizeNumberText(input);
  if (text === '') return null;
  const m = AMOUNT_RE.exec(text);
  if (!m || (m[2] === '' && !m[3])) return 'invalid';
  const whole = m[2].replace(/,/g, '') || '0';
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (m[1] === '-' && (/[1-9]/.test(whole) || fraction !== '')) return 'invalid';
  if (fraction.length > AMOUNT_DECIMALS) return 'decimals';
  const units = BigInt(whole) * 10n ** BigInt(AMOUNT_DECIMALS) + BigInt(fraction.padEnd(AMOUNT_DECIMALS, '0'));
  if (units > BigInt(MAX_AMOUNT_WAN) * 10n ** BigInt(AMOUNT_DECIMALS)) return 'tooLarge';
  return units;
}

/** 0.0001万元 units → the nearest number (exactly what parseFloat gives for the decimal text). */
export function unitsToNumber(units: bigint): number {
  return Number(units) / 10 ** AMOUNT_DECIMALS;
}

/**
 * 金额（万元） from a form, a spreadsheet cell or a stored number.
 * '12.5', '1,200', '１２', '１２．５', ' 30 万元' → numbers; '', null, undefined → null (not stated);
 * 'abc', '-3', '1,2', '1e3', more than 4 decimals, over 1万亿元 → 'invalid'.
 */
export function parseAmount(input: unknown): number | null | 'invalid' {
  const r = readAmountUnits(input);
  if (r === null) return null;
  return typeof r === 'bigint' ? unitsToNumber(r) : 'invalid';
}

/** Half-width brackets → full-width, spaces dropped, so that '建设工程(投资500万元以上)' matches. */
const normalizeChoice = (v: unknown) =>
  typeof v === 'string'
    ? v
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/[\s\u3000]/g, '')
    : v;

/** A choice given as its code or its Chinese label; blank → undefined. */
function choice<T extends string>(codes: readonly T[], labels: Record<T, string>) {
  return (v: unknown): unknown => {
    if (isBlank(v)) return undefined;
    const n = normalizeChoice(v);
    const byLabel = codes.find((c) => labels[c] === n);
    return byLabel ?? n;
  };
}

const categoryLabels = Object.fromEntries(AGREEMENT_CATEGORIES.map((c) => [c, c])) as Record<AgreementCategory, string>;

const agreementSchema = z.object({
  name: requiredText(L.name),
  signingCapacity: z.preprocess(
    choice(SIGNING_CAPACITIES, SIGNING_CAPACITY_LABELS),
    z.enum(SIGNING_CAPACITIES as [SigningCapacity, ...SigningCapacity[]], {
      error: (iss) =>
        iss.input === undefined
          ? `${L.signingCapacity}不能为空`
          : `${L.signingCapacity}必须是${SIGNING_CAPACITIES.map((c) => SIGNING_CAPACITY_LABELS[c]).join('、')}之一`,
    }),
  ),
  submittingUnit: requiredText(L.submittingUnit, 100),
  counterparty: requiredText(L.counterparty),
  category: z.preprocess(
    choice(AGREEMENT_CATEGORIES, categoryLabels),
    z.enum(AGREEMENT_CATEGORIES, {
      error: (iss) => (iss.input === undefined ? `${L.category}不能为空` : `${L.category}必须是${AGREEMENT_CATEGORIES.join('、')}之一`),
    }),
  ),
  amount: z
    .unknown()
    .optional()
    .transform((v, ctx): number | null => {
      const r = readAmountUnits(v);
      if (typeof r === 'bigint') return unitsToNumber(r);
      if (r !== null) ctx.addIssue({ code: 'custom', message: AMOUNT_MESSAGES[r] });
      return null;
    }),
  receivedDate: requiredDate(L.receivedDate),
  opinionDate: optionalDate(L.opinionDate),
  opinion: z.preprocess(
    choice(AGREEMENT_OPINIONS, AGREEMENT_OPINION_LABELS),
    z
      .enum(AGREEMENT_OPINIONS as [AgreementOpinion, ...AgreementOpinion[]], {
        error: `${L.opinion}必须是${AGREEMENT_OPINIONS.map((o) => AGREEMENT_OPINION_LABELS[o]).join('、')}之一`,
      })
      .optional()
      .transform((v) => v ?? null),
  ),
  problems: optionalText(L.problems),
  handler: requiredText(L.handler, 50),
  note: optionalText(L.note),
});

/**
 * Validates the ledger fields; every message names its field in Chinese.
 * Choices may be given as codes ('government') or labels ('以市政府名义', '同意签订'); the amount as a number or text.
 * Cross-field rules (checked on the fields that are well-formed, with the others' errors, so all come at once): no date after today; 出具意见日期 not before
 * 收件日期; 审查意见 and 出具意见日期 filled in together.
 */
export function validateAgreementFields(input: unknown, today: DateStr): Validated<AgreementFields> {
  const { value: v, errors } = parseEachField(agreementSchema.shape, input);
  if (v.receivedDate && v.receivedDate > today) errors.push({ field: 'receivedDate', message: `${L.receivedDate}（${v.receivedDate}）晚于今天` });
  if (v.opinionDate && v.opinionDate > today) {
    errors.push({ field: 'opinionDate', message: `${L.opinionDate}（${v.opinionDate}）晚于今天` });
  }
  if (v.opinionDate && v.receivedDate && v.opinionDate < v.receivedDate) {
    errors.push({
      field: 'opinionDate',
      message: `${L.opinionDate}（${v.opinionDate}）不能早于${L.receivedDate}（${v.receivedDate}）`,
    });
  }
  if (v.opinion && v.opinionDate === null) {
    errors.push({ field: 'opinionDate', message: `已填写${L.opinion}，${L.opinionDate}不能为空` });
  }
  if (v.opinionDate && v.opinion === null) {
    errors.push({ field: 'opinion', message: `已填写${L.opinionDate}，${L.opinion}不能为空` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: v as AgreementFields };
}
