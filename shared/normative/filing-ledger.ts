/** 备案审查: documents issued by towns and departments and filed with the government, declared once. */
import { isInYear } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { enumText } from '../ledgers/history';
import { requiredDate, storedBoolean, storedEnum, storedRecord, storedText } from '../ledgers/stored';
import { FILING_REVIEW_COLUMNS } from '../ledger-columns';
import { FILING_FIELD_LABELS } from './schema';
import { FILING_RESULT_LABELS, type FilingResult, type FilingReview } from './types';
import { docNoKey } from './validity';

const L = FILING_FIELD_LABELS;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const filingLedger = defineLedger<FilingReview>()({
  table: 'filingReviews',
  indexes: 'id, filedDate, publishDate, deleted',
  name: '备案审查',
  labels: FILING_FIELD_LABELS,
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
  sheet: { kind: 'filingReviews', sheetName: '备案审查台账', title: '规范性文件备案审查台账', templateName: '备案审查', columns: FILING_REVIEW_COLUMNS },
  history: { valueText: enumText<FilingResult>('result', FILING_RESULT_LABELS), steps: null },
});
