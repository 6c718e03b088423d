import { z } from 'zod';
import { optionalDate, optionalText, requiredDate, requiredText } from '../field-schemas';
import type { DateStr } from '../dates';
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
  docNo: requiredText(L.docNo, 60),
  caseId: z
    .string()
    .nullish()
    .transform((v) => v || null),
  issueDate: requiredDate(L.issueDate),
  recipient: requiredText(L.recipient, 100),
  answerDate: optionalDate(L.answerDate),
  note: optionalText(L.note),
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
