import type { DateStr } from '../dates';
import { keysOf } from '../labels';
import type { BaseRecord } from '../record';

/** Which statute governs a case: chosen by acceptance date (2024-01-01). */
export type ReviewLaw = 'old' | 'law2023';
export const LAW_2023_START: DateStr = '2024-01-01';
export const LAW_LABELS: Record<ReviewLaw, string> = {
  old: '原行政复议法（2017）及实施条例',
  law2023: '行政复议法（2023年修订）',
};

/** In this order wherever they are listed (forms, reports, sheets). */
export const STEP_LABELS = {
  receive: '收到申请',
  correctionRequest: '通知补正',
  correctionReturned: '收到补正材料',
  accept: '受理',
  reject: '不予受理',
  redirect: '告知（转送）',
  withdrawBeforeAcceptance: '受理前撤回',
  toOrdinary: '转为普通程序',
  suspend: '中止审理',
  resume: '恢复审理',
  extend: '延期',
  hearing: '听证',
  conclude: '审结',
} satisfies Record<string, string>;
export type ReviewStepKind = keyof typeof STEP_LABELS;
export const REVIEW_STEP_KINDS = keysOf(STEP_LABELS);

/** The date field each step fills, as the clerk calls it. */
export const STEP_DATE_LABELS: Record<ReviewStepKind, string> = {
  receive: '收到日期',
  correctionRequest: '补正通知日期',
  correctionReturned: '补正材料收到日期',
  accept: '受理日期',
  reject: '不予受理日期',
  redirect: '告知日期',
  withdrawBeforeAcceptance: '撤回日期',
  toOrdinary: '转换程序日期',
  suspend: '中止日期',
  resume: '恢复日期',
  extend: '延期日期',
  hearing: '听证日期',
  conclude: '审结日期',
};

export type ReviewProcedure = 'ordinary' | 'simple';
export const PROCEDURE_LABELS: Record<ReviewProcedure, string> = { ordinary: '普通程序', simple: '简易程序' };

/** In this order wherever they are listed (forms, reports, sheets). */
export const OUTCOME_LABELS = {
  uphold: '维持',
  dismissClaim: '驳回复议请求',
  dismissApplication: '驳回申请',
  revoke: '撤销',
  partialRevoke: '部分撤销',
  alter: '变更',
  confirmIllegal: '确认违法',
  confirmInvalid: '确认无效',
  orderPerform: '责令履行',
  mediation: '调解',
  terminate: '终止',
  other: '其他',
} satisfies Record<string, string>;
export type ReviewOutcome = keyof typeof OUTCOME_LABELS;
export const REVIEW_OUTCOMES = keysOf(OUTCOME_LABELS);

export const DEFAULT_DIRECT_CORRECTION_OUTCOMES: ReviewOutcome[] = [
  'revoke',
  'partialRevoke',
  'alter',
  'confirmIllegal',
  'confirmInvalid',
  'orderPerform',
];

/** The three ways an application ends without acceptance. */
export type NonAcceptanceKind = 'reject' | 'redirect' | 'withdrawBeforeAcceptance';
export const NON_ACCEPTANCE_KINDS: NonAcceptanceKind[] = ['reject', 'redirect', 'withdrawBeforeAcceptance'];

/** One step of a case's timeline. The events are the source of truth; the summary fields below are derived from them. */
export interface ReviewEvent {
  id: string;
  kind: ReviewStepKind;
  date: DateStr;
  recordedBy: string;
  recordedAt: string;
  /** accept: 视为受理 (2023 law: no decision within the acceptance period). */
  deemed?: boolean;
  /** accept: the procedure chosen. */
  procedure?: ReviewProcedure;
  /** extend: days added (1–30). */
  extensionDays?: number;
  /** conclude */
  outcome?: ReviewOutcome;
  compensation?: boolean;
  /** conclude with outcome 'terminate': the respondent corrected its act first (改正后终止). */
  correctedBeforeTermination?: boolean;
  note?: string;
}

export type ReviewStatus = 'received' | 'awaitingCorrection' | 'notAccepted' | 'underReview' | 'suspended' | 'concluded';

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  received: '待受理',
  awaitingCorrection: '补正中',
  notAccepted: '未受理',
  underReview: '审理中',
  suspended: '中止中',
  concluded: '已审结',
};

export type ApplicantType = 'natural' | 'organization';
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  natural: '自然人',
  organization: '法人或其他组织',
};

export const RESPONDENT_LEVELS = ['市政府部门', '镇（区、街道）', '其他'] as const;
export type RespondentLevel = (typeof RESPONDENT_LEVELS)[number];

/** The facts a clerk types on the registration form. */
export interface ReviewCaseFields {
  caseNo: string;
  caseYear: number;
  caseSeq: number | null;
  applicant: string;
  applicantType: ApplicantType;
  applicantCount: number;
  respondent: string;
  respondentLevel: RespondentLevel;
  thirdParty: string;
  actName: string;
  actDocNo: string;
  actDate: DateStr | null;
  actCategory: string;
  field: string;
  request: string;
  handler: string;
  intakePoint: string;
  incidentalReview: boolean;
  note: string;
}

/** Derived from the events (see lifecycle.ts); stored so that Dexie can index and count them. */
export interface ReviewCaseSummary {
  status: ReviewStatus;
  law: ReviewLaw;
  receivedDate: DateStr;
  correctionRequestDate: DateStr | null;
  correctionReturnedDate: DateStr | null;
  acceptedDate: DateStr | null;
  deemedAccepted: boolean;
  procedure: ReviewProcedure | null;
  nonAcceptance: NonAcceptanceKind | null;
  nonAcceptanceDate: DateStr | null;
  extensionDays: number;
  hearingDate: DateStr | null;
  concludedDate: DateStr | null;
  outcome: ReviewOutcome | null;
  compensation: boolean;
  correctedBeforeTermination: boolean;
}

export interface ReviewCase extends BaseRecord, ReviewCaseFields, ReviewCaseSummary {
  /** normalizeCaseNo(caseNo): the key that makes 案号 unique. */
  caseNoKey: string;
  events: ReviewEvent[];
}

export type LetterKind = 'opinion' | 'suggestion';
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  opinion: '行政复议意见书',
  suggestion: '行政复议建议书',
};

export interface ReviewLetter extends BaseRecord {
  kind: LetterKind;
  docNo: string;
  caseId: string | null;
  issueDate: DateStr;
  recipient: string;
  answerDate: DateStr | null;
  note: string;
}

/** Which cases count as 直接纠错 and what they are divided by (domain.md §1 rule 7). */
export type CorrectionRateDenominator = 'concluded' | 'merits' | 'accepted';
export const DENOMINATOR_LABELS: Record<CorrectionRateDenominator, string> = {
  concluded: '审结案件数',
  merits: '作出实体决定的审结案件数（不含驳回申请、终止）',
  accepted: '当年受理案件数',
};

export interface CorrectionRateDefinition {
  outcomes: ReviewOutcome[];
  denominator: CorrectionRateDenominator;
  /** Count 改正后终止 as a correction. */
  includeCorrectedTermination: boolean;
}

export const DEFAULT_CORRECTION_RATE: CorrectionRateDefinition = {
  outcomes: DEFAULT_DIRECT_CORRECTION_OUTCOMES,
  denominator: 'concluded',
  includeCorrectedTermination: false,
};
