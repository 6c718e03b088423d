/** 行政复议案件: the review-case ledger, declared once (see shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { choices, DATE_NOTE, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedBoolean, storedEnum, storedList, storedNumber, storedRecord, storedText } from '../ledgers/stored';
import { openAt } from '../ledgers/year';
import { REVIEW_CASE_COLUMNS } from '../ledger-columns';
import { diffTimeline } from './case-history';
import { CASE_FIELD_LABELS } from './schema';
import {
  APPLICANT_TYPE_LABELS,
  LAW_LABELS,
  OUTCOME_LABELS,
  PROCEDURE_LABELS,
  REVIEW_OUTCOMES,
  REVIEW_STEP_KINDS,
  STATUS_LABELS,
  STEP_LABELS,
  type ReviewCase,
  type ReviewStatus,
} from './types';

/** The statuses of a case still being handled (待办 reads them through the `status` index). */
export const OPEN_STATUSES: readonly ReviewStatus[] = ['received', 'awaitingCorrection', 'underReview', 'suspended'];

const STATUSES = Object.keys(STATUS_LABELS) as [ReviewStatus, ...ReviewStatus[]];
const L = CASE_FIELD_LABELS;

/** Received, accepted, not accepted or concluded in Y, or accepted and open at 31 December Y. */
export function isCaseOfYear(c: ReviewCase, year: number): boolean {
  return (
    isInYear(c.receivedDate, year) ||
    isInYear(c.acceptedDate, year) ||
    isInYear(c.nonAcceptanceDate, year) ||
    isInYear(c.concludedDate, year) ||
    openAt(c.acceptedDate, c.concludedDate, yearEnd(year))
  );
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const caseLedger = defineLedger<ReviewCase>()({
  table: 'reviewCases',
  indexes: 'id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt, *yearSpan',
  name: '行政复议案件',
  // The status is derived from the timeline, but it is what the clerk sees change.
  labels: { ...CASE_FIELD_LABELS, status: '办理状态' },
  values: {
    applicantType: APPLICANT_TYPE_LABELS,
    status: STATUS_LABELS,
    law: LAW_LABELS,
    procedure: PROCEDURE_LABELS,
    nonAcceptance: { reject: STEP_LABELS.reject, redirect: STEP_LABELS.redirect, withdrawBeforeAcceptance: STEP_LABELS.withdrawBeforeAcceptance },
    outcome: OUTCOME_LABELS,
  },
  schema: storedRecord({
    caseNo: storedText(L.caseNo),
    caseNoKey: storedText('案号'),
    caseYear: storedNumber(L.caseYear),
    caseSeq: storedNumber(L.caseSeq),
    applicant: storedText(L.applicant),
    applicantType: storedEnum(L.applicantType, ['natural', 'organization']),
    applicantCount: storedNumber(L.applicantCount),
    respondent: storedText(L.respondent),
    respondentLevel: storedText(L.respondentLevel),
    thirdParty: storedText(L.thirdParty),
    actName: storedText(L.actName),
    actDocNo: storedText(L.actDocNo),
    actDate: optionalDate(L.actDate),
    actCategory: storedText(L.actCategory),
    field: storedText(L.field),
    request: storedText(L.request),
    handler: storedText(L.handler),
    intakePoint: storedText(L.intakePoint),
    incidentalReview: storedBoolean(L.incidentalReview),
    note: storedText(L.note),
    status: storedEnum('办理状态', STATUSES),
    law: storedEnum('适用法律', ['old', 'law2023']),
    receivedDate: requiredDate('收到日期'),
    correctionRequestDate: optionalDate('补正通知日期'),
    correctionReturnedDate: optionalDate('补正材料收到日期'),
    acceptedDate: optionalDate('受理日期'),
    deemedAccepted: storedBoolean('视为受理'),
    procedure: storedEnum('程序', ['ordinary', 'simple']),
    nonAcceptance: storedEnum('未受理情形', ['reject', 'redirect', 'withdrawBeforeAcceptance']),
    nonAcceptanceDate: optionalDate('不予受理（告知、撤回）日期'),
    extensionDays: storedNumber('延长天数'),
    hearingDate: optionalDate('听证日期'),
    concludedDate: optionalDate('审结日期'),
    outcome: storedEnum('审理结果', REVIEW_OUTCOMES),
    compensation: storedBoolean('赔偿'),
    correctedBeforeTermination: storedBoolean('改正后终止'),
    events: storedList('办理过程', {
      kind: storedEnum('步骤', REVIEW_STEP_KINDS),
      date: requiredDate('日期'),
      extensionDays: storedNumber('延长天数'),
      outcome: storedEnum('审理结果', REVIEW_OUTCOMES),
    }),
  }),
  title: (c) => (c.applicant ? `${str(c.caseNo)}（申请人：${str(c.applicant)}）` : str(c.caseNo)),
  searchFields: ['respondent', 'thirdParty'],
  route: (id) => `/review/${id}`,
  unique: {
    field: 'caseNo',
    candidates: (c) => ({ index: 'caseNoKey', value: c.caseNoKey }),
    clashes: (c, other) => other.caseNoKey === c.caseNoKey,
    savingText: (_c, clash) => `案号“${clash.caseNo}”已被另一案件使用（申请人：${clash.applicant}），请更换案号`,
    restoringText: (c, clash) => `案号“${c.caseNo}”现在已被另一件案件使用（申请人：${clash.applicant}）。请先修改那件案件的案号`,
  },
  references: [],
  awaiting: { index: 'status', values: OPEN_STATUSES },
  inYear: isCaseOfYear,
  yearSpan: (c) => ({ dates: [c.receivedDate, c.acceptedDate, c.nonAcceptanceDate, c.concludedDate], open: !!c.acceptedDate && !c.concludedDate }),
  sheet: {
    kind: 'reviewCases',
    sheetName: '行政复议台账',
    title: '行政复议案件台账',
    templateName: '行政复议',
    columns: REVIEW_CASE_COLUMNS,
    fields: [
      field('caseNo', '案号', ['复议案号', '案件编号', '案件号', '编号', '复议案件编号'], REQUIRED),
      field('applicant', '申请人', ['申请人姓名', '申请人名称', '申请人姓名或名称', '申请人(姓名/名称)', '申请人姓名(名称)']),
      field('applicantType', '申请人类型', ['申请人性质', '申请人类别', '申请人身份']),
      field('respondent', '被申请人', ['被申请机关', '被申请单位', '被申请人名称']),
      field('actCategory', '行为类别', ['案件类别', '案件类型', '行政行为类别', '行为种类', '行政行为种类', '案由类别']),
      field('field', '管理领域', ['领域', '行政管理领域', '所属领域', '涉及领域']),
      field('intakePoint', '受理点', ['接收点', '受理窗口', '收件点', '接收单位']),
      field(
        'receivedDate',
        '收到日期',
        ['申请日期', '收件日期', '收到申请日期', '申请时间', '收案日期', '来件日期', '收到时间', '收件时间'],
        REQUIRED,
      ),
      field('correctionRequestDate', '补正通知日期', ['补正日期', '通知补正日期', '补正通知时间']),
      field('correctionReturnedDate', '补正材料收到日期', ['补正收到日期', '收到补正材料日期', '补正材料收到时间', '补正回复日期']),
      field('acceptedDate', '受理日期', ['立案日期', '受理时间']),
      field('nonAcceptance', '未受理情形', ['未受理类型', '未受理原因', '不予受理情形', '未受理方式']),
      field('nonAcceptanceDate', '未受理日期', ['不予受理日期', '告知日期', '撤回日期', '未受理时间']),
      field('procedure', '程序', ['审理程序', '适用程序']),
      field('suspendDate', '中止日期', ['中止审理日期', '中止时间']),
      field('resumeDate', '恢复日期', ['恢复审理日期', '恢复时间']),
      field('extendDate', '延期日期', ['延长审理期限日期', '延长日期', '延期时间']),
      field('hearingDate', '听证日期', ['听证时间']),
      field('concludedDate', '审结日期', ['结案日期', '办结日期', '审结时间', '结案时间', '决定日期', '复议决定日期']),
      field('outcome', '审理结果', ['结案方式', '复议结果', '处理结果', '复议决定', '审结方式', '结案情况', '审结结果']),
      field('compensation', '赔偿', ['是否赔偿', '一并赔偿', '一并决定赔偿']),
      field('handler', '承办人', ['经办人', '承办人员', '办案人', '案件承办人']),
      field('note', '备注', ['说明']),
      field('actName', '被申请行为', ['被申请行为名称', '具体行政行为', '行政行为']),
      field('request', '复议请求', ['申请请求']),
      field('thirdParty', '第三人'),
      // Derived from the steps: read as a column of the ledger, never into the case.
      field('status', '办理状态', ['案件状态', '状态']),
      field('extensionDays', '延长天数', ['延期天数']),
      field('applicantCount', '申请人数', ['申请人数量'], OPTIONAL),
      field('respondentLevel', '被申请人层级', ['被申请人级别'], OPTIONAL),
      field('deemed', '视为受理', [], OPTIONAL),
    ],
    nameHint: /行政复议|复议案件/,
    notes: {
      案号: '必填，如丹政复〔2024〕1号；再次导入时按案号更新',
      申请人: '必填',
      申请人类型: '自然人 / 法人或其他组织（不填按名称推断）',
      被申请人: '必填',
      行为类别: '必填，如行政处罚、政府信息公开',
      管理领域: '必填，如公安、市场监管',
      受理点: '不填为设置中的第一个受理点',
      收到日期: `必填；${DATE_NOTE}`,
      未受理情形: '不予受理 / 告知 / 受理前撤回',
      程序: '普通 / 简易（简易仅2024年起受理的案件）',
      延期日期: '延长30日',
      审理结果: `${choices(REVIEW_OUTCOMES.map((o) => OUTCOME_LABELS[o]))}；须同时填审结日期`,
      赔偿: '是 / 否',
      承办人: '必填',
      办理状态: '由办理过程推算，导入时不读取',
      延长天数: '不填为30日；须同时填延期日期',
    },
    sample: ({ caseNo }) => ({
      案号: caseNo,
      申请人: '张三',
      申请人类型: '自然人',
      被申请人: '市场监督管理局',
      行为类别: '行政处罚',
      管理领域: '市场监管',
      收到日期: '2024-03-01',
      受理日期: '2024-03-06',
      程序: '普通',
      审结日期: '2024-04-26',
      审理结果: '维持',
      赔偿: '否',
      承办人: '李明',
      备注: '导入模板示例',
      被申请行为: '行政处罚决定书',
      复议请求: '撤销行政处罚决定',
      办理状态: '已审结',
    }),
  },
  yearSheet: null,
  history: {
    valueText: null,
    steps: (before, after) => (Array.isArray(before.events) && Array.isArray(after.events) ? diffTimeline(before.events, after.events) : []),
  },
});
