/** 合法性审核: reviews of drafts of the government's own documents, declared once (see shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { linkText } from '../ledgers/history';
import { choices, DATE_NOTE, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedEnum, storedRecord, storedText } from '../ledgers/stored';
import { openAt } from '../ledgers/year';
import { LEGALITY_REVIEW_COLUMNS } from '../ledger-columns';
import { LEGALITY_FIELD_LABELS } from './schema';
import { LEGALITY_OPINION_LABELS, LEGALITY_REVIEW_KIND_LABELS, type LegalityReview } from './types';

const L = LEGALITY_FIELD_LABELS;

/** Completed or published in Y, or submitted by 31 December Y and not completed by then. */
export function isLegalityReviewOfYear(r: LegalityReview, year: number): boolean {
  return isInYear(r.completedDate, year) || isInYear(r.publishDate, year) || openAt(r.submittedDate, r.completedDate, yearEnd(year));
}

export const legalityLedger = defineLedger<LegalityReview>()({
  table: 'legalityReviews',
  indexes: 'id, submittedDate, completedDate, publishDate, documentId, deleted, awaiting, *yearSpan',
  name: '合法性审核',
  labels: LEGALITY_FIELD_LABELS,
  values: { kind: LEGALITY_REVIEW_KIND_LABELS, opinion: LEGALITY_OPINION_LABELS },
  schema: storedRecord({
    title: storedText(L.title),
    kind: storedEnum(L.kind, ['new', 'revision']),
    draftingUnit: storedText(L.draftingUnit),
    submittedDate: requiredDate('送审日期'),
    completedDate: optionalDate('审核完成日期'),
    opinion: storedEnum(L.opinion, ['legal', 'legalAfterChanges', 'illegal']),
    problems: storedText(L.problems),
    handler: storedText(L.handler),
    docNo: storedText(L.docNo),
    publishDate: optionalDate('公布日期'),
    documentId: storedText(L.documentId).nullable(),
    note: storedText(L.note),
  }),
  title: (r) => `《${r.title ?? ''}》`,
  searchFields: ['draftingUnit', 'docNo'],
  route: () => '/normative/legality',
  // The 文号 of the document it issues is checked by the document ledger's rule, when the document is registered.
  unique: null,
  references: [
    {
      target: 'normativeDocuments',
      ids: (r) => (r.documentId ? [r.documentId] : []),
      index: 'documentId',
      requiredOnRestore: false,
      goneText: () => '该合法性审核关联的文件已删除。请先恢复该文件',
      holdsText: (r) => `合法性审核《${r.title}》关联了此文件`,
    },
  ],
  awaiting: { index: 'awaiting', rule: (r) => r.deleted === 0 && !r.completedDate },
  inYear: isLegalityReviewOfYear,
  yearSpan: (r) => ({ dates: [r.submittedDate, r.completedDate, r.publishDate], open: !!r.submittedDate && !r.completedDate }),
  sheet: {
    kind: 'legalityReviews',
    sheetName: '合法性审核台账',
    title: '规范性文件合法性审核台账',
    templateName: '合法性审核',
    columns: LEGALITY_REVIEW_COLUMNS,
    fields: [
      field('title', '文件名称', ['名称', '草案名称', '文件标题', '送审文件名称'], REQUIRED),
      field('kind', '类型', ['审核类型', '类别']),
      field('draftingUnit', '起草单位', ['送审单位', '起草部门']),
      field('submittedDate', '送审日期', ['收件日期', '送审时间'], REQUIRED),
      field('completedDate', '审核完成日期', ['完成日期', '审核日期', '出具意见日期', '办结日期']),
      field('opinion', '审核意见', ['审核结论', '审核结果']),
      field('publishDate', '公布日期', ['发布日期', '印发日期']),
      field('handler', '承办人', ['经办人', '审核人']),
      field('docNo', '文号', ['发文字号', '公布文号']),
      field('problems', '主要问题', ['存在问题', '发现问题'], OPTIONAL),
      field('note', '备注', ['说明'], OPTIONAL),
    ],
    nameHint: /合法性审核/,
    notes: {
      文件名称: '必填；文件名称+送审日期相同的视为同一记录',
      类型: choices(['新制定', '重新修订']),
      起草单位: '必填',
      送审日期: `必填；${DATE_NOTE}`,
      审核意见: `${choices(Object.values(LEGALITY_OPINION_LABELS))}；须同时填审核完成日期`,
      公布日期: '已公布的填写；须同时填审核完成日期',
      承办人: '必填',
      文号: '已公布文件的文号；文件库中没有该文件时，导入预览中可选择登记入文件库或以后关联',
    },
    sample: ({ docTitle, docNo }) => ({
      文件名称: docTitle,
      类型: '新制定',
      起草单位: '住房和城乡建设局',
      送审日期: '2024-01-08',
      审核完成日期: '2024-01-19',
      审核意见: '修改后合法',
      公布日期: '2024-02-01',
      承办人: '王芳',
      文号: docNo,
    }),
  },
  yearSheet: null,
  history: {
    valueText: linkText('documentId', '已关联文件库中的文件'),
    steps: null,
  },
});
