/**
 * The shape of a record as it is stored (and as a backup, a restore and later replication carry it). Deliberately
 * a shape/type check, not the forms' validators: those judge a clerk's input against today's rules (dates not
 * after today, required texts), and a stored record must pass exactly as it was kept, even one entered under older
 * rules. Checked: the id, timestamps and soft-delete flag, the type of every field the app reads when present, and
 * that every date is a real 'YYYY-MM-DD' day (deadlines and year figures are computed from them).
 *
 * Every message is a phrase that completes "「台账」第N条记录（编号 …）的…" (see recordProblem).
 */
import { z } from 'zod';
import { isDateStr } from '../dates';

const text = z.string({ error: '不是文字' });

/** A text field (missing in records kept before the field existed). */
export const storedText = (label: string) => z.string({ error: `${label}不是文字` }).optional();
export const storedNumber = (label: string) => z.number({ error: `${label}不是数字` }).nullish();
export const storedBoolean = (label: string) => z.boolean({ error: `${label}不是“是/否”` }).nullish();
export const storedEnum = <T extends string>(label: string, values: readonly [T, ...T[]]) => z.enum(values, { error: `${label}的值无效` }).nullish();
/** A date every record of the ledger has. */
export const requiredDate = (label: string) => z.string({ error: `${label}缺失或不是有效日期` }).refine(isDateStr, `${label}缺失或不是有效日期`);
/** A date that may be missing or null, and is a real day when present. */
export const optionalDate = (label: string) =>
  z
    .string({ error: `${label}不是有效日期` })
    .refine(isDateStr, `${label}不是有效日期`)
    .nullish();

/** A list of items (a case's timeline, a batch's documents); `label` names it in messages. */
export function storedList<S extends z.ZodRawShape>(label: string, item: S) {
  return z
    .array(z.looseObject(item, { error: '无效' }), { error: `${label}不是列表` })
    .nullish()
    .describe(label);
}

/** Fields every stored record carries (design.md): UUID id, timestamps, soft delete. */
const BASE = {
  id: z.string({ error: '编号（id）缺失' }).min(1, '编号（id）缺失'),
  createdAt: text.min(1),
  updatedAt: text.min(1),
  deleted: z.union([z.literal(0), z.literal(1)], { error: '删除标记无效（应为 0 或 1）' }),
};

/** A stored record of a ledger: the base fields and `shape`; fields the schema does not name are kept as they are. */
export function storedRecord<S extends z.ZodRawShape>(shape: S) {
  return z.looseObject({ ...BASE, ...shape }, { error: '不是有效的记录' });
}

export type StoredSchema = ReturnType<typeof storedRecord>;

/**
 * The problem with one stored record, in Chinese, or null. `where` names the record ("「行政复议案件」第3条记录").
 */
export function recordProblem(schema: StoredSchema, row: unknown, where: string): string | null {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return `${where}不是有效的记录`;
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0) return `${where}缺少编号（id）`;
  const named = `${where}（编号 ${r.id}）`;
  if (typeof r.createdAt !== 'string' || !r.createdAt || typeof r.updatedAt !== 'string' || !r.updatedAt) return `${named}缺少创建或修改时间`;
  const result = schema.safeParse(row);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const [field, index] = issue.path;
  if (typeof field === 'string' && typeof index === 'number') {
    const list = schema.shape[field]?.description ?? field;
    const at = `${named}${list}第${index + 1}项`;
    return issue.path.length === 2 ? `${at}${issue.message}` : `${at}的${issue.message}`;
  }
  return `${named}的${issue.message}`;
}
