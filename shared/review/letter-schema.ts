import { z } from 'zod';
import { isDateStr, type DateStr } from '../dates';
import type { FieldError, Validated } from './schema';
import type { ReviewLetter } from './types';

export type LetterFields = Pick<ReviewLetter, 'kind' | 'docNo' | 'caseId' | 'issueDate' | 'recipient' | 'answerDate' | 'note'>;

export const LETTER_FIELD_LABELS: Record<keyof LetterFields, string> = {
  kind: '文书类型',
  docNo: '文号',
  caseId: '关联案件',
  issueDate: '发出日期',
  recipient: '收文单位',
  answerDate: '反馈日期',
  note: '备注',
};
const L = LETTER_FIELD_LABELS;

const letterSchema = z.object({
  kind: z.enum(['opinion', 'suggestion'], { error: `${L.kind}必须是意见书或建议书` }),
  docNo: z
    .string({ error: `${L.docNo}不能为空` })
    .trim()
    .min(1, `${L.docNo}不能为空`)
    .max(60, `${L.docNo}不能超过60个字`),
  caseId: z
    .string()
    .nullish()
    .transform((v) => v || null),
  issueDate: z.string({ error: `${L.issueDate}不能为空` }).refine(isDateStr, `${L.issueDate}不是有效日期`),
  recipient: z
    .string({ error: `${L.recipient}不能为空` })
    .trim()
    .min(1, `${L.recipient}不能为空`)
    .max(100, `${L.recipient}不能超过100个字`),
  answerDate: z
    .string()
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || isDateStr(v), `${L.answerDate}不是有效日期`),
  note: z.string().trim().max(2000, `${L.note}不能超过2000个字`).default(''),
});

export function validateLetterFields(input: unknown, today: DateStr): Validated<LetterFields> {
  const result = letterSchema.safeParse(input);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })) };
  }
  const v = result.data;
  const errors: FieldError[] = [];
  if (v.issueDate > today) errors.push({ field: 'issueDate', message: `${L.issueDate}（${v.issueDate}）晚于今天` });
  if (v.answerDate && v.answerDate < v.issueDate) {
    errors.push({ field: 'answerDate', message: `${L.answerDate}（${v.answerDate}）不能早于${L.issueDate}（${v.issueDate}）` });
  }
  if (v.answerDate && v.answerDate > today) errors.push({ field: 'answerDate', message: `${L.answerDate}（${v.answerDate}）晚于今天` });
  return errors.length ? { ok: false, errors } : { ok: true, value: v };
}
