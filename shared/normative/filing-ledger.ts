/** 备案审查: documents issued by towns and departments and filed with the government, declared once. */
import { isInYear } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { choices, DATE_NOTE, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { requiredDate, storedBoolean, storedEnum, storedRecord, storedText } from '../ledgers/stored';
import { FILING_REVIEW_COLUMNS } from '../ledger-columns';
import { FILING_FIELD_LABELS } from './schema';
import { FILING_RESULT_LABELS, type FilingReview } from './types';
import { docNoKey } from './validity';

const L = FILING_FIELD_LABELS;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const filingLedger = defineLedger<FilingReview>()({
  table: 'filingReviews',
  indexes: 'id, filedDate, publishDate, deleted, *yearSpan',
  name: '备案审查',
  labels: FILING_FIELD_LABELS,
  values: { result: FILING_RESULT_LABELS },
  schema: storedRecord({
    title: storedText(L.title),
    docNo: storedText(L.docNo),
    issuer: storedText(L.issuer),
    publishDate: requiredDate('公布日期'),
    filedDate: requiredDate('报备日期'),
    result: storedEnum(L.result, ['filed', 'notFiled', 'resubmit']),
    problems: storedText(L.problems),
    corrected: storedBoolean(L.corrected),
    handler: storedText(L.handler),
    note: storedText(L.note),
  }),
  title: (r) => `《${str(r.title)}》${r.docNo ? `（${str(r.docNo)}）` : ''}`,
  searchFields: ['issuer'],
  route: () => '/normative/filing',
  unique: {
    field: 'docNo',
    // No 文号 index: the live filings are few enough to compare (and a filing without 文号 claims none).
    candidates: (f) => (str(f.docNo).trim() ? { index: 'deleted', value: 0 } : null),
    // One filing per 制定机关 + 文号, whatever its dates; a 补充修改后重报 files the same document again, so an
    // earlier filing sent back for resubmission is no clash.
    clashes: (f, other) => other.result !== 'resubmit' && docNoKey(other.issuer, other.docNo) === docNoKey(f.issuer, f.docNo),
    savingText: (f, clash) => `文号“${f.docNo}”已由${f.issuer}报备登记过（报备日期${clash.filedDate}）`,
    restoringText: (f, clash) => `文号“${f.docNo}”现在已由${f.issuer}报备登记在《${clash.title}》上`,
  },
  references: [],
  awaiting: null,
  inYear: (r, year) => isInYear(r.filedDate, year),
  yearSpan: (r) => ({ dates: [r.filedDate, r.publishDate], open: false }),
  sheet: {
    kind: 'filingReviews',
    sheetName: '备案审查台账',
    title: '规范性文件备案审查台账',
    templateName: '备案审查',
    columns: FILING_REVIEW_COLUMNS,
    fields: [
      field('title', '文件名称', ['名称', '文件标题'], REQUIRED),
      field('docNo', '文号', ['发文字号', '文件编号']),
      field('issuer', '制定机关', ['发文机关', '报备单位', '制定单位']),
      field('publishDate', '公布日期', ['发布日期', '印发日期', '发文日期']),
      field('filedDate', '报备日期', ['备案日期', '报送日期', '报备时间'], REQUIRED),
      field('result', '审查结果', ['备案结果', '审查意见']),
      field('problems', '发现问题', ['存在问题', '主要问题']),
      field('corrected', '是否纠正', ['是否已纠正', '纠正情况', '整改情况']),
      field('handler', '承办人', ['经办人'], OPTIONAL),
      field('note', '备注', ['说明'], OPTIONAL),
    ],
    nameHint: /备案/,
    notes: {
      文件名称: '必填；文件名称+报备日期相同的视为同一记录',
      文号: '必填',
      制定机关: '必填',
      报备日期: `必填；${DATE_NOTE}`,
      审查结果: choices(Object.values(FILING_RESULT_LABELS)),
      是否纠正: '是 / 否（有发现问题时填写）',
    },
    sample: () => ({
      文件名称: '关于加强农村人居环境整治的实施意见',
      文号: '云政发〔2024〕3号',
      制定机关: '云阳街道办事处',
      公布日期: '2024-03-10',
      报备日期: '2024-03-25',
      审查结果: '予以备案',
    }),
  },
  yearSheet: null,
  history: { valueText: null, steps: null },
});
