/** 规范性文件: the registry of normative documents (文件库), declared once (see shared/ledgers/definition.ts). */
import { isInYear } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { choices, DATE_NOTE, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedEnum, storedList, storedRecord, storedText } from '../ledgers/stored';
import { NORMATIVE_DOCUMENT_COLUMNS } from '../ledger-columns';
import { DOCUMENT_FIELD_LABELS } from './schema';
import { DOCUMENT_STATUS_LABELS, type NormativeDocument } from './types';

const L = DOCUMENT_FIELD_LABELS;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const documentLedger = defineLedger<NormativeDocument>()({
  table: 'normativeDocuments',
  indexes: 'id, docNoKey, issuer, publishDate, expiryDate, status, deleted, *yearSpan',
  name: '规范性文件',
  labels: DOCUMENT_FIELD_LABELS,
  values: { status: DOCUMENT_STATUS_LABELS },
  schema: storedRecord({
    title: storedText(L.title),
    docNo: storedText(L.docNo),
    issuer: storedText(L.issuer),
    docNoKey: storedText(L.docNoKey),
    publishDate: requiredDate('公布日期'),
    effectiveDate: optionalDate('施行日期'),
    statedExpiry: optionalDate('文件载明的有效期'),
    expiryDate: requiredDate('有效期至'),
    status: storedEnum(L.status, ['valid', 'amended', 'repealed', 'expired']),
    history: storedList('文件历史', { date: requiredDate('日期') }),
    note: storedText(L.note),
  }),
  title: (d) => `《${str(d.title)}》${d.docNo ? `（${str(d.docNo)}）` : ''}`,
  searchFields: ['issuer'],
  route: (id) => `/normative/doc/${id}`,
  unique: {
    field: 'docNo',
    // 文号 is unique within one issuing body; a document without 文号 claims none.
    candidates: (d) => (str(d.docNo).trim() ? { index: 'docNoKey', value: d.docNoKey } : null),
    clashes: (d, other) => other.docNoKey === d.docNoKey,
    savingText: (d, clash) => `文号“${d.docNo}”已被同一制定机关的《${clash.title}》使用`,
    restoringText: (d, clash) => `文号“${d.docNo}”现在已被同一制定机关的《${clash.title}》使用。请先修改那件文件的文号`,
  },
  references: [],
  awaiting: null,
  // Published in Y. (The year's export also lists the documents of Y's cleanup batches: shared/year-records.ts.)
  inYear: (d, year) => isInYear(d.publishDate, year),
  // 即将到期 at 31 December Y (normative/counts.ts) looks half a year ahead: a document expiring in E counts in E − 1 too.
  yearSpan: (d) => ({
    dates: [d.publishDate, d.expiryDate, typeof d.expiryDate === 'string' ? `${Number(d.expiryDate.slice(0, 4)) - 1}-12-31` : null],
    open: false,
  }),
  sheet: {
    kind: 'normativeDocuments',
    sheetName: '规范性文件台账',
    title: '规范性文件台账',
    templateName: '规范性文件',
    columns: NORMATIVE_DOCUMENT_COLUMNS,
    fields: [
      field('title', '文件名称', ['名称', '文件标题', '标题', '规范性文件名称'], REQUIRED),
      field('docNo', '文号', ['发文字号', '文件编号', '发文文号'], REQUIRED),
      field('issuer', '制定机关', ['发文机关', '制定单位', '发文单位', '印发机关'], REQUIRED),
      field('publishDate', '公布日期', ['发布日期', '印发日期', '发文日期', '成文日期'], REQUIRED),
      field('effectiveDate', '施行日期', ['实施日期', '生效日期']),
      field('statedExpiry', '有效期至', ['有效期', '失效日期', '有效期截止日期', '到期日期']),
      field('status', '状态', ['效力状态', '文件状态', '效力']),
      field('note', '备注', ['说明'], OPTIONAL),
    ],
    nameHint: /规范性文件|文件库|文件目录/,
    notes: {
      文件名称: '必填',
      文号: '必填；制定机关+文号相同的视为同一文件',
      制定机关: '必填',
      公布日期: `必填；${DATE_NOTE}`,
      有效期至: '不填按施行（公布）日期起5年（暂行、试行2年）',
      状态: choices(Object.values(DOCUMENT_STATUS_LABELS)),
    },
    sample: ({ organs, docTitle, docNo }) => ({
      文件名称: docTitle,
      文号: docNo,
      制定机关: organs.government,
      公布日期: '2024-02-01',
      施行日期: '2024-03-01',
      状态: '有效',
    }),
  },
  yearSheet: null,
  history: { valueText: null, steps: null },
});
