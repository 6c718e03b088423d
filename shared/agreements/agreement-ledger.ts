/** 行政协议审查: legality reviews of agreements before signing, declared once (see shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { choices, DATE_NOTE, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedEnum, storedNumber, storedRecord, storedText } from '../ledgers/stored';
import { openAt } from '../ledgers/year';
import { AGREEMENT_REVIEW_COLUMNS } from '../ledger-columns';
import { AGREEMENT_FIELD_LABELS } from './schema';
import {
  AGREEMENT_CATEGORIES,
  AGREEMENT_OPINION_LABELS,
  AGREEMENT_OPINIONS,
  SIGNING_CAPACITIES,
  SIGNING_CAPACITY_LABELS,
  type AgreementOpinion,
  type AgreementReview,
  type SigningCapacity,
} from './types';

const L = AGREEMENT_FIELD_LABELS;

/** Opinion in Y, or received by 31 December Y with no opinion by then. */
export function isAgreementOfYear(a: AgreementReview, year: number): boolean {
  return isInYear(a.opinionDate, year) || openAt(a.receivedDate, a.opinionDate, yearEnd(year));
}

export const agreementLedger = defineLedger<AgreementReview>()({
  table: 'agreementReviews',
  indexes: 'id, receivedDate, opinionDate, signingCapacity, category, handler, deleted, awaiting, *yearSpan',
  name: '行政协议审查',
  labels: AGREEMENT_FIELD_LABELS,
  values: { signingCapacity: SIGNING_CAPACITY_LABELS, opinion: AGREEMENT_OPINION_LABELS },
  schema: storedRecord({
    name: storedText(L.name),
    signingCapacity: storedEnum(L.signingCapacity, SIGNING_CAPACITIES as [SigningCapacity, ...SigningCapacity[]]),
    submittingUnit: storedText(L.submittingUnit),
    counterparty: storedText(L.counterparty),
    category: storedText(L.category),
    amount: storedNumber(L.amount),
    receivedDate: requiredDate('收到日期'),
    opinionDate: optionalDate('出具意见日期'),
    opinion: storedEnum(L.opinion, AGREEMENT_OPINIONS as [AgreementOpinion, ...AgreementOpinion[]]),
    problems: storedText(L.problems),
    handler: storedText(L.handler),
    note: storedText(L.note),
  }),
  title: (a) => a.name ?? '',
  searchFields: ['submittingUnit', 'counterparty'],
  route: (id) => `/agreements/${id}`,
  unique: null,
  references: [],
  awaiting: { index: 'awaiting', rule: (a) => a.deleted === 0 && !a.opinionDate },
  inYear: isAgreementOfYear,
  yearSpan: (a) => ({ dates: [a.receivedDate, a.opinionDate], open: !!a.receivedDate && !a.opinionDate }),
  sheet: {
    kind: 'agreementReviews',
    sheetName: '行政协议台账',
    title: '行政协议合法性审查台账',
    templateName: '行政协议',
    columns: AGREEMENT_REVIEW_COLUMNS,
    fields: [
      field('name', '协议名称', ['合同名称', '协议(合同)名称', '名称'], REQUIRED),
      field('signingCapacity', '签订名义', ['签约名义', '签订主体', '以何名义签订']),
      field('submittingUnit', '送审单位', ['报送单位', '送审部门']),
      field('counterparty', '相对方', ['协议相对方', '合同相对方', '对方当事人', '签约对方']),
      field('category', '协议类别', ['协议类型', '合同类别', '类别']),
      field('amount', '金额（万元）', ['金额', '协议金额(万元)', '合同金额(万元)', '标的额(万元)', '协议金额', '合同金额']),
      field('receivedDate', '收件日期', ['收到日期', '送审日期', '收文日期'], REQUIRED),
      field('opinionDate', '出具意见日期', ['意见日期', '审查日期', '出具日期', '完成日期', '办结日期']),
      field('opinion', '审查意见', ['审查结论', '审查结果']),
      field('problems', '主要问题', ['存在问题', '发现问题']),
      field('handler', '承办人', ['经办人', '审查人']),
      field('note', '备注', ['说明'], OPTIONAL),
    ],
    nameHint: /协议/,
    notes: {
      协议名称: '必填；协议名称+收件日期相同的视为同一记录',
      签订名义: choices(Object.values(SIGNING_CAPACITY_LABELS)),
      送审单位: '必填',
      相对方: '必填',
      协议类别: choices(AGREEMENT_CATEGORIES),
      '金额（万元）': '数字，单位万元，可不填',
      收件日期: `必填；${DATE_NOTE}`,
      审查意见: `${choices(Object.values(AGREEMENT_OPINION_LABELS))}；须同时填出具意见日期`,
      承办人: '必填',
    },
    sample: () => ({
      协议名称: '产业园项目投资协议',
      签订名义: SIGNING_CAPACITY_LABELS.government,
      送审单位: '商务局',
      相对方: '某某科技有限公司',
      协议类别: '招商引资',
      '金额（万元）': 5000,
      收件日期: '2024-04-02',
      出具意见日期: '2024-04-10',
      审查意见: '修改后签订',
      主要问题: '违约责任条款不对等',
      承办人: '王芳',
    }),
  },
  yearSheet: null,
  history: {
    valueText: null,
    steps: null,
  },
});
