import { z } from 'zod';
import { isBlank, optionalDate, optionalText, requiredText } from '../field-schemas';
import type { DateStr } from '../dates';
import { parseCaseNo } from './case-number';
import { RESPONDENT_LEVELS, type ReviewCaseFields } from './types';

/** Chinese names of the registration fields, used in every message. */
export const CASE_FIELD_LABELS: Record<keyof ReviewCaseFields, string> = {
  caseNo: '案号',
  caseYear: '案号年度',
  caseSeq: '案号序号',
  applicant: '申请人',
  applicantType: '申请人类型',
  applicantCount: '申请人数',
  respondent: '被申请人',
  respondentLevel: '被申请人层级',
  thirdParty: '第三人',
  actName: '被申请行为名称',
  actDocNo: '被申请行为文号',
  actDate: '被申请行为日期',
  actCategory: '行为类别',
  field: '管理领域',
  request: '复议请求',
  handler: '承办人',
  intakePoint: '受理点',
  incidentalReview: '附带审查规范性文件',
  note: '备注',
};

/** The registration fields a clerk types, in label order (案号年度 and 案号序号 follow from the 案号). */
export const CASE_TYPED_FIELDS = (Object.keys(CASE_FIELD_LABELS) as (keyof ReviewCaseFields)[]).filter((k) => k !== 'caseYear' && k !== 'caseSeq');

const L = CASE_FIELD_LABELS;

const caseFieldsObject = z.object({
  caseNo: requiredText(L.caseNo, 60),
  applicant: requiredText(L.applicant),
  applicantType: z.enum(['natural', 'organization'], {
    error: (iss) => (isBlank(iss.input) ? `${L.applicantType}不能为空` : `${L.applicantType}必须是自然人或法人或其他组织`),
  }),
  applicantCount: z
    .number({ error: (iss) => (isBlank(iss.input) ? `${L.applicantCount}不能为空` : `${L.applicantCount}必须是数字`) })
    .int(`${L.applicantCount}必须是整数`)
    .min(1, `${L.applicantCount}至少为1`)
    .max(100000, `${L.applicantCount}过大`),
  respondent: requiredText(L.respondent),
  respondentLevel: z.enum(RESPONDENT_LEVELS, { error: `${L.respondentLevel}不能为空` }),
  thirdParty: optionalText(L.thirdParty, 500),
  actName: optionalText(L.actName, 500),
  actDocNo: optionalText(L.actDocNo, 100),
  actDate: optionalDate(L.actDate),
  actCategory: requiredText(L.actCategory, 50),
  field: requiredText(L.field, 50),
  request: optionalText(L.request, 2000),
  handler: requiredText(L.handler, 50),
  intakePoint: requiredText(L.intakePoint, 50),
  incidentalReview: z.boolean().default(false),
  note: optionalText(L.note, 2000),
});

/** The 案号's year and sequence, read out of it when they can be. */
function withCaseNoParts(v: z.output<typeof caseFieldsObject>): ReviewCaseFields {
  const parsed = parseCaseNo(v.caseNo);
  return { ...v, caseYear: parsed?.year ?? 0, caseSeq: parsed?.seq ?? null } satisfies ReviewCaseFields;
}

export const reviewCaseFieldsSchema = caseFieldsObject.transform(withCaseNoParts);

export interface FieldError {
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Parses each field of an object schema on its own: the errors of every field, and the fields that did parse, so that
 * a validator's cross-field rules (dates after today, date order) run as well and the clerk sees every problem at once.
 */
export function parseEachField<S extends z.ZodRawShape>(
  shape: S,
  input: unknown,
): { value: Partial<{ [K in keyof S]: z.output<S[K]> }>; errors: FieldError[] } {
  const record = (input !== null && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const result = (schema as z.ZodType).safeParse(record[key]);
    if (result.success) value[key] = result.data;
    else for (const issue of result.error.issues) errors.push({ field: key, message: issue.message });
  }
  return { value: value as Partial<{ [K in keyof S]: z.output<S[K]> }>, errors };
}

/** Validates the registration fields; every message names its field in Chinese, all of them at once. */
export function validateCaseFields(input: unknown, today: DateStr): Validated<ReviewCaseFields> {
  const { value, errors } = parseEachField(caseFieldsObject.shape, input);
  if (value.actDate && value.actDate > today) errors.push({ field: 'actDate', message: `${L.actDate}（${value.actDate}）晚于今天` });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: withCaseNoParts(value as z.output<typeof caseFieldsObject>) };
}
