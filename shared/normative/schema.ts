/**
 * Validation of the four normative-document forms (zod, messages in Chinese naming their field), in the style of
 * review/schema.ts: every field's errors and the cross-field rules on the fields that are well-formed, all reported at once.
 *
 * Date rules: no date may lie after today except 施行日期 and 有效期至 (and a cleanup's new 有效期至). 施行日期
 * may not precede 公布日期 (a document takes effect once published; its 有效期 is counted from the 施行日期), and
 * 有效期至 must be after both.
 */
import { z } from 'zod';
import { optionalDate, optionalText, requiredDate, requiredText } from '../field-schemas';
import type { DateStr } from '../dates';
import { parseEachField, type FieldError, type Validated } from '../review/schema';
import { deriveExpiry, docNoKey } from './validity';
import {
  DOCUMENT_STATUS_LABELS,
  type CleanupBatch,
  type CleanupResult,
  type FilingReview,
  type LegalityReview,
  type NormativeDocument,
} from './types';

export type DocumentFields = Pick<
  NormativeDocument,
  'title' | 'docNo' | 'issuer' | 'publishDate' | 'effectiveDate' | 'statedExpiry' | 'status' | 'note' | 'docNoKey' | 'expiryDate'
>;
export type LegalityFields = Pick<
  LegalityReview,
  | 'title'
  | 'kind'
  | 'draftingUnit'
  | 'submittedDate'
  | 'completedDate'
  | 'opinion'
  | 'problems'
  | 'handler'
  | 'docNo'
  | 'publishDate'
  | 'documentId'
  | 'note'
>;
export type FilingFields = Pick<
  FilingReview,
  'title' | 'docNo' | 'issuer' | 'publishDate' | 'filedDate' | 'result' | 'problems' | 'corrected' | 'handler' | 'note'
>;
export type CleanupFields = Pick<CleanupBatch, 'name' | 'scope' | 'completedDate' | 'items' | 'note'>;

export const DOCUMENT_FIELD_LABELS: Record<keyof DocumentFields, string> = {
  title: '文件名称',
  docNo: '文号',
  issuer: '制定机关',
  publishDate: '公布日期',
  effectiveDate: '施行日期',
  statedExpiry: '有效期至',
  status: '状态',
  note: '备注',
  docNoKey: '文号',
  expiryDate: '有效期至',
};
export const LEGALITY_FIELD_LABELS: Record<keyof LegalityFields, string> = {
  title: '文件名称',
  kind: '审核类型',
  draftingUnit: '起草单位',
  submittedDate: '送审日期',
  completedDate: '审核完成日期',
  opinion: '审核意见',
  problems: '主要问题',
  handler: '承办人',
  docNo: '文号',
  publishDate: '公布日期',
  documentId: '被修订文件',
  note: '备注',
};
/** The fields a clerk fills in, in the order of the form. */
export const LEGALITY_FIELD_NAMES = Object.keys(LEGALITY_FIELD_LABELS) as (keyof LegalityFields)[];
export const FILING_FIELD_LABELS: Record<keyof FilingFields, string> = {
  title: '文件名称',
  docNo: '文号',
  issuer: '制定机关',
  publishDate: '公布日期',
  filedDate: '报备日期',
  result: '审查结果',
  problems: '发现问题',
  corrected: '是否已纠正',
  handler: '承办人',
  note: '备注',
};
export const CLEANUP_FIELD_LABELS: Record<keyof CleanupFields, string> = {
  name: '清理批次名称',
  scope: '清理范围',
  completedDate: '清理完成日期',
  items: '清理文件',
  note: '备注',
};

/** An optional choice: '', null or missing → null. */
const optionalEnum = <T extends string>(values: readonly [T, ...T[]], message: string) =>
  z
    .union([z.enum(values), z.literal(''), z.null()], { error: message })
    .optional()
    .transform((v): T | null => (v ? v : null));

function notAfterToday(errors: FieldError[], field: string, label: string, date: DateStr | null, today: DateStr): void {
  if (date && date > today) errors.push({ field, message: `${label}（${date}）晚于今天` });
}

/** A registry document as the 文号 uniqueness check needs it. */
export interface DocNoHolder {
  id: string;
  title: string;
  docNoKey: string;
  deleted: 0 | 1;
}

/** 文号 duplicated within one issuing body: the message, or null. Documents in the 回收站 collide as well. */
function duplicateDocNo(key: string, docNo: string, label: string, existing: readonly DocNoHolder[], selfId: string | null): string | null {
  const other = existing.find((d) => d.docNoKey === key && d.id !== selfId);
  if (!other) return null;
  const bin = other.deleted === 1 ? '（该文件在回收站中，可恢复后使用）' : '';
  return `${label}（${docNo}）与同一制定机关的《${other.title}》重复${bin}`;
}

// ——— 文件库 ———

const documentSchema = z.object({
  title: requiredText(DOCUMENT_FIELD_LABELS.title),
  docNo: requiredText(DOCUMENT_FIELD_LABELS.docNo, 60),
  issuer: requiredText(DOCUMENT_FIELD_LABELS.issuer, 100),
  publishDate: requiredDate(DOCUMENT_FIELD_LABELS.publishDate),
  effectiveDate: optionalDate(DOCUMENT_FIELD_LABELS.effectiveDate),
  statedExpiry: optionalDate(DOCUMENT_FIELD_LABELS.statedExpiry),
  status: z
    .enum(['valid', 'amended', 'repealed', 'expired'], {
      error: `${DOCUMENT_FIELD_LABELS.status}必须是${Object.values(DOCUMENT_STATUS_LABELS).join('、')}之一`,
    })
    .default('valid'),
  note: optionalText(DOCUMENT_FIELD_LABELS.note),
});

export interface DocumentCheckOptions {
  /** The registry, for the 文号 uniqueness check. */
  existing?: readonly DocNoHolder[];
  /** The document being edited (not compared with itself). */
  editingId?: string | null;
}

/** The registry form; adds the derived docNoKey and expiryDate. */
export function validateDocumentFields(input: unknown, today: DateStr, options: DocumentCheckOptions = {}): Validated<DocumentFields> {
  const { value: v, errors } = parseEachField(documentSchema.shape, input);
  const L = DOCUMENT_FIELD_LABELS;
  notAfterToday(errors, 'publishDate', L.publishDate, v.publishDate ?? null, today);
  if (v.effectiveDate && v.publishDate && v.effectiveDate < v.publishDate) {
    errors.push({ field: 'effectiveDate', message: `${L.effectiveDate}（${v.effectiveDate}）不能早于${L.publishDate}（${v.publishDate}）` });
  }
  if (v.statedExpiry && v.publishDate) {
    if (v.statedExpiry <= v.publishDate) {
      errors.push({ field: 'statedExpiry', message: `${L.statedExpiry}（${v.statedExpiry}）必须晚于${L.publishDate}（${v.publishDate}）` });
    } else if (v.effectiveDate && v.statedExpiry <= v.effectiveDate) {
      errors.push({ field: 'statedExpiry', message: `${L.statedExpiry}（${v.statedExpiry}）必须晚于${L.effectiveDate}（${v.effectiveDate}）` });
    }
  }
  const key = v.issuer && v.docNo ? docNoKey(v.issuer, v.docNo) : null;
  const dup = key && v.docNo ? duplicateDocNo(key, v.docNo, L.docNo, options.existing ?? [], options.editingId ?? null) : null;
  if (dup) errors.push({ field: 'docNo', message: dup });
  if (errors.length || key === null) return { ok: false, errors };
  const fields = v as z.output<typeof documentSchema>;
  return { ok: true, value: { ...fields, docNoKey: key, expiryDate: deriveExpiry(fields) } };
}

// ——— 合法性审核 ———

const LL = LEGALITY_FIELD_LABELS;
const legalitySchema = z.object({
  title: requiredText(LL.title),
  kind: z.enum(['new', 'revision'], { error: `${LL.kind}必须是新制定或重新修订` }),
  draftingUnit: requiredText(LL.draftingUnit, 100),
  submittedDate: requiredDate(LL.submittedDate),
  completedDate: optionalDate(LL.completedDate),
  opinion: optionalEnum(['legal', 'legalAfterChanges', 'illegal'] as const, `${LL.opinion}必须是合法、修改后合法或不合法`),
  problems: optionalText(LL.problems),
  handler: requiredText(LL.handler, 50),
  docNo: optionalText(LL.docNo, 60),
  publishDate: optionalDate(LL.publishDate),
  documentId: z
    .union([z.string(), z.null()], { error: `${LL.documentId}不正确` })
    .optional()
    .transform((v) => (v ? v.trim() || null : null)),
  note: optionalText(LL.note),
});

export interface LegalityCheckOptions {
  /** The registry, for the 文号 uniqueness check of the issued document. */
  existing?: readonly DocNoHolder[];
  /** The government's name as 制定机关 (needed, with `existing`, for the 文号 check). */
  issuer?: string;
  /**
   * The published document is not in the registry and is linked later (an import of a ledger kept before the app):
   * the 文号 and, for a 重新修订, the document may be missing until the clerk links it.
   */
  linkLater?: boolean;
}

export function validateLegalityReviewFields(input: unknown, today: DateStr, options: LegalityCheckOptions = {}): Validated<LegalityFields> {
  const { value: v, errors } = parseEachField(legalitySchema.shape, input);
  notAfterToday(errors, 'submittedDate', LL.submittedDate, v.submittedDate ?? null, today);
  notAfterToday(errors, 'completedDate', LL.completedDate, v.completedDate ?? null, today);
  notAfterToday(errors, 'publishDate', LL.publishDate, v.publishDate ?? null, today);
  if (v.completedDate && v.submittedDate && v.completedDate < v.submittedDate) {
    errors.push({ field: 'completedDate', message: `${LL.completedDate}（${v.completedDate}）不能早于${LL.submittedDate}（${v.submittedDate}）` });
  }
  if (v.completedDate && v.opinion === null) errors.push({ field: 'opinion', message: `已填写${LL.completedDate}，${LL.opinion}不能为空` });
  if (v.opinion && v.completedDate === null) errors.push({ field: 'completedDate', message: `已选择${LL.opinion}，${LL.completedDate}不能为空` });
  if (v.publishDate) {
    if (v.completedDate === null) errors.push({ field: 'publishDate', message: `${LL.publishDate}：审核尚未完成，请先填写${LL.completedDate}` });
    else if (v.completedDate && v.publishDate < v.completedDate) {
      errors.push({ field: 'publishDate', message: `${LL.publishDate}（${v.publishDate}）不能早于${LL.completedDate}（${v.completedDate}）` });
    }
    if (v.opinion === 'illegal') errors.push({ field: 'publishDate', message: `${LL.opinion}为不合法的草案不能登记${LL.publishDate}` });
    if (v.docNo === '' && !options.linkLater) errors.push({ field: 'docNo', message: `已填写${LL.publishDate}，${LL.docNo}不能为空` });
    if (v.kind === 'revision' && v.documentId === null && !options.linkLater) {
      errors.push({ field: 'documentId', message: `重新修订的文件公布时须选择${LL.documentId}` });
    }
  }
  if (v.docNo && options.issuer && options.existing) {
    const dup = duplicateDocNo(docNoKey(options.issuer, v.docNo), v.docNo, LL.docNo, options.existing, v.documentId ?? null);
    if (dup) errors.push({ field: 'docNo', message: dup });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: v as LegalityFields };
}

// ——— 备案审查 ———

const FL = FILING_FIELD_LABELS;
const filingSchema = z.object({
  title: requiredText(FL.title),
  docNo: requiredText(FL.docNo, 60),
  issuer: requiredText(FL.issuer, 100),
  publishDate: requiredDate(FL.publishDate),
  filedDate: requiredDate(FL.filedDate),
  result: optionalEnum(['filed', 'notFiled', 'resubmit'] as const, `${FL.result}必须是予以备案、不予备案或补充修改后重报`),
  problems: optionalText(FL.problems),
  corrected: z
    .boolean({ error: `${FL.corrected}必须是是或否` })
    .nullish()
    .transform((v) => v ?? null),
  handler: optionalText(FL.handler, 50),
  note: optionalText(FL.note),
});

/** A `corrected` answer without any problem found is dropped (set to null): there is nothing to correct. */
export function validateFilingReviewFields(input: unknown, today: DateStr): Validated<FilingFields> {
  const { value: v, errors } = parseEachField(filingSchema.shape, input);
  notAfterToday(errors, 'publishDate', FL.publishDate, v.publishDate ?? null, today);
  notAfterToday(errors, 'filedDate', FL.filedDate, v.filedDate ?? null, today);
  if (v.filedDate && v.publishDate && v.filedDate < v.publishDate) {
    errors.push({ field: 'filedDate', message: `${FL.filedDate}（${v.filedDate}）不能早于${FL.publishDate}（${v.publishDate}）` });
  }
  if (errors.length) return { ok: false, errors };
  const fields = v as z.output<typeof filingSchema>;
  return { ok: true, value: { ...fields, corrected: fields.problems ? fields.corrected : null } };
}

// ——— 清理 ———

const CL = CLEANUP_FIELD_LABELS;
const cleanupSchema = z.object({
  name: requiredText(CL.name, 100),
  scope: optionalText(CL.scope, 500),
  completedDate: requiredDate(CL.completedDate),
  items: z
    .array(
      z.object({
        documentId: z
          .string({ error: `${CL.items}缺少文件` })
          .trim()
          .min(1, `${CL.items}缺少文件`),
        result: optionalEnum(
          ['continue', 'extend', 'amend', 'repeal', 'expire'] as const satisfies readonly CleanupResult[],
          `${CL.items}的清理结果不正确`,
        ),
        newExpiry: optionalDate(`${CL.items}的延长后有效期至`),
      }),
      { error: `${CL.items}格式不正确` },
    )
    .default([]),
  note: optionalText(CL.note),
});

export interface CleanupCheckOptions {
  /** The registry, to name documents in messages by title. */
  documents?: readonly Pick<NormativeDocument, 'id' | 'title'>[];
}

/**
 * The batch form. Items may still lack a result (checked when the batch is applied, see cleanup.ts); a new
 * 有效期至 is kept only for 'extend' and must be after the completion date.
 */
export function validateCleanupBatchFields(input: unknown, today: DateStr, options: CleanupCheckOptions = {}): Validated<CleanupFields> {
  const { value: parsed, errors } = parseEachField(cleanupSchema.shape, input);
  notAfterToday(errors, 'completedDate', CL.completedDate, parsed.completedDate ?? null, today);
  if (errors.length && (parsed.items === undefined || parsed.completedDate === undefined)) return { ok: false, errors };
  const v = parsed as z.output<typeof cleanupSchema>;
  const titles = new Map((options.documents ?? []).map((d) => [d.id, d.title]));
  const name = (id: string, index: number) => (titles.has(id) ? `《${titles.get(id)}》` : `第${index + 1}项`);
  const firstIndex = new Map<string, number>();
  const items = v.items.map((item, index) => {
    const first = firstIndex.get(item.documentId);
    if (first === undefined) firstIndex.set(item.documentId, index);
    else errors.push({ field: 'items', message: `${CL.items}：${name(item.documentId, index)}重复加入（第${first + 1}项与第${index + 1}项）` });
    const newExpiry = item.result === 'extend' ? item.newExpiry : null;
    if (newExpiry && newExpiry <= v.completedDate) {
      errors.push({
        field: 'items',
        message: `${CL.items}：${name(item.documentId, index)}延长后的有效期至（${newExpiry}）必须晚于${CL.completedDate}（${v.completedDate}）`,
      });
    }
    return { documentId: item.documentId, result: item.result, newExpiry };
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...v, items } };
}
