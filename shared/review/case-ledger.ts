/** 行政复议案件: the review-case ledger, declared once (see shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { combineTexts, enumText } from '../ledgers/history';
import {
  optionalDate,
  requiredDate,
  storedBoolean,
  storedEnum,
  storedList,
  storedNumber,
  storedRecord,
  storedText,
} from '../ledgers/stored';
import { openAt } from '../ledgers/year';
import { REVIEW_CASE_COLUMNS } from '../ledger-columns';
import { diffTimeline } from './case-history';
import { CASE_FIELD_LABELS } from './schema';
import {
  APPLICANT_TYPE_LABELS,
  REVIEW_OUTCOMES,
  REVIEW_STEP_KINDS,
  STATUS_LABELS,
  type ApplicantType,
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
  indexes: 'id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt',
  name: '行政复议案件',
  // The status is derived from the timeline, but it is what the clerk sees change.
  labels: { ...CASE_FIELD_LABELS, status: '办理状态' },
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
  sheet: { kind: 'reviewCases', sheetName: '行政复议台账', title: '行政复议案件台账', templateName: '行政复议', columns: REVIEW_CASE_COLUMNS },
  history: {
    valueText: combineTexts(enumText<ApplicantType>('applicantType', APPLICANT_TYPE_LABELS), enumText<ReviewStatus>('status', STATUS_LABELS)),
    steps: (before, after) => (Array.isArray(before.events) && Array.isArray(after.events) ? diffTimeline(before.events, after.events) : []),
  },
});
