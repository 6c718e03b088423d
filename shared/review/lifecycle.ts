import { isDateStr, type DateStr } from '../dates';
import {
  REVIEW_STEP_KINDS,
  LAW_2023_START,
  STEP_DATE_LABELS,
  STEP_LABELS,
  type NonAcceptanceKind,
  type ReviewCaseSummary,
  type ReviewEvent,
  type ReviewLaw,
  type ReviewStatus,
  type ReviewStepKind,
} from './types';

/** The maximum extension of the hearing period (domain.md: at most +30 days, once). */
export const MAX_EXTENSION_DAYS = 30;

/** Why an extension of `days` is not allowed (a Chinese message naming the field), or null: a whole number from 1 to MAX_EXTENSION_DAYS. */
export function extensionDaysError(days: number | null | undefined): string | null {
  if (days === undefined || days === null || !Number.isInteger(days) || days < 1) return `延长天数必须是1到${MAX_EXTENSION_DAYS}之间的整数`;
  if (days > MAX_EXTENSION_DAYS) return `延长天数（${days}天）超过法定上限${MAX_EXTENSION_DAYS}天`;
  return null;
}

/** The law that governs a case, by its acceptance date (before that, by its receipt date): the 2023 law from 2024-01-01. */
export function lawForDate(date: DateStr): ReviewLaw {
  return date >= LAW_2023_START ? 'law2023' : 'old';
}

/** A step as the clerk enters it, before it gets an id and a recorder. */
export type StepInput = Omit<ReviewEvent, 'id' | 'recordedBy' | 'recordedAt'>;

interface ReplayState extends ReviewCaseSummary {
  lastDate: DateStr | null;
  lastKind: ReviewStepKind | null;
  suspendedSince: DateStr | null;
}

const EMPTY_SUMMARY: ReviewCaseSummary = {
  status: 'received',
  law: 'old',
  receivedDate: '',
  correctionRequestDate: null,
  correctionReturnedDate: null,
  acceptedDate: null,
  deemedAccepted: false,
  procedure: null,
  nonAcceptance: null,
  nonAcceptanceDate: null,
  extensionDays: 0,
  hearingDate: null,
  concludedDate: null,
  outcome: null,
  compensation: false,
  correctedBeforeTermination: false,
};

/** Steps whose date may lie in the future (a scheduled 听证). */
const MAY_BE_FUTURE: ReadonlySet<ReviewStepKind> = new Set(['hearing']);

/**
 * Why a step is not allowed in the current state, in Chinese, or null when it is.
 * Only the state matters here; dates are checked in checkStep.
 */
export function stepBlocker(state: ReviewCaseSummary | null, kind: ReviewStepKind): string | null {
  const label = STEP_LABELS[kind];
  if (state === null) return kind === 'receive' ? null : `尚未登记收到申请，不能${label}`;
  const s = state.status;
  switch (kind) {
    case 'receive':
      return '案件已登记收到申请，不能重复登记';
    case 'correctionRequest':
      if (state.correctionRequestDate) return '已经通知过补正，补正应一次性告知，不能再次通知';
      return s === 'received' ? null : `案件${statusPhrase(s)}，不能通知补正`;
    case 'correctionReturned':
      return s === 'awaitingCorrection' ? null : '没有待收回的补正通知，不能登记收到补正材料';
    case 'accept':
      if (s === 'awaitingCorrection') return '正在等待补正材料，请先登记收到补正材料再受理';
      return s === 'received' ? null : `案件${statusPhrase(s)}，不能受理`;
    case 'reject':
    case 'redirect':
    case 'withdrawBeforeAcceptance':
      return s === 'received' || s === 'awaitingCorrection' ? null : `案件${statusPhrase(s)}，不能${label}`;
    case 'toOrdinary':
      if (s !== 'underReview' && s !== 'suspended') return `案件${statusPhrase(s)}，不能转换程序`;
      return state.procedure === 'simple' ? null : '案件已适用普通程序，无需转换';
    case 'suspend':
      return s === 'underReview' ? null : s === 'suspended' ? '案件已经中止，不能重复中止' : `案件${statusPhrase(s)}，不能中止`;
    case 'resume':
      return s === 'suspended' ? null : '案件未中止，不能恢复审理';
    case 'extend':
      if (s !== 'underReview' && s !== 'suspended') return `案件${statusPhrase(s)}，不能延期`;
      if (state.procedure === 'simple') return '简易程序案件不能延长审理期限，需要时请先转为普通程序';
      return state.extensionDays > 0 ? '审理期限只能延长一次，本案已经延期' : null;
    case 'hearing':
      return s === 'underReview' || s === 'suspended' ? null : `案件${statusPhrase(s)}，不能安排听证`;
    case 'conclude':
      if (s === 'concluded') return '案件已经审结，不能再次审结';
      if (s === 'underReview' || s === 'suspended') return null;
      return s === 'notAccepted' ? '案件未受理，不能审结' : '案件尚未受理，不能审结，请先登记受理';
  }
}

function statusPhrase(s: ReviewStatus): string {
  switch (s) {
    case 'received':
      return '尚未受理';
    case 'awaitingCorrection':
      return '正在等待补正材料';
    case 'notAccepted':
      return '已作未受理处理';
    case 'underReview':
      return '正在审理';
    case 'suspended':
      return '已中止审理';
    case 'concluded':
      return '已经审结';
  }
}

/** Checks one step against the state before it. Returns a Chinese message naming the field, or null. */
export function checkStep(state: ReplayState | null, step: StepInput, today: DateStr): string | null {
  const blocker = stepBlocker(state, step.kind);
  if (blocker) return blocker;
  const dateLabel = STEP_DATE_LABELS[step.kind];
  if (!step.date) return `${dateLabel}不能为空`;
  if (!isDateStr(step.date)) return `${dateLabel}“${step.date}”不是有效日期`;
  if (!MAY_BE_FUTURE.has(step.kind) && step.date > today) return `${dateLabel}（${step.date}）晚于今天，不能登记尚未发生的步骤`;
  if (state) {
    if (step.date < state.receivedDate) return `${dateLabel}（${step.date}）不能早于收到日期（${state.receivedDate}）`;
    if (state.lastDate && step.date < state.lastDate) {
      return `${dateLabel}（${step.date}）不能早于上一步骤“${STEP_LABELS[state.lastKind!]}”的日期（${state.lastDate}）`;
    }
  }
  switch (step.kind) {
    case 'accept': {
      const procedure = step.procedure ?? 'ordinary';
      if (step.deemed && lawForDate(step.date) === 'old') return '“视为受理”仅适用于2023年修订的行政复议法，原法下请登记受理日期';
      if (procedure === 'simple' && lawForDate(step.date) === 'old') return '简易程序仅适用于2024年1月1日以后受理的案件（2023年修订的行政复议法）';
      return null;
    }
    case 'extend':
      return extensionDaysError(step.extensionDays);
    case 'conclude':
      if (!step.outcome) return '审理结果不能为空';
      if (state?.hearingDate && step.date < state.hearingDate) return `审结日期（${step.date}）不能早于听证日期（${state.hearingDate}）`;
      if (step.outcome === 'confirmInvalid' && state && state.law === 'old') return '“确认无效”仅适用于2023年修订的行政复议法受理的案件';
      return null;
    default:
      return null;
  }
}

function applyStep(state: ReplayState | null, step: StepInput): ReplayState {
  const next: ReplayState = state ? { ...state } : { ...EMPTY_SUMMARY, lastDate: null, lastKind: null, suspendedSince: null };
  switch (step.kind) {
    case 'receive':
      next.receivedDate = step.date;
      next.law = lawForDate(step.date);
      next.status = 'received';
      break;
    case 'correctionRequest':
      next.correctionRequestDate = step.date;
      next.status = 'awaitingCorrection';
      break;
    case 'correctionReturned':
      next.correctionReturnedDate = step.date;
      next.status = 'received';
      break;
    case 'accept':
      next.acceptedDate = step.date;
      next.deemedAccepted = !!step.deemed;
      next.procedure = step.procedure ?? 'ordinary';
      next.law = lawForDate(step.date);
      next.status = 'underReview';
      break;
    case 'reject':
    case 'redirect':
    case 'withdrawBeforeAcceptance':
      next.nonAcceptance = step.kind as NonAcceptanceKind;
      next.nonAcceptanceDate = step.date;
      next.status = 'notAccepted';
      break;
    case 'toOrdinary':
      next.procedure = 'ordinary';
      break;
    case 'suspend':
      next.status = 'suspended';
      next.suspendedSince = step.date;
      break;
    case 'resume':
      next.status = 'underReview';
      next.suspendedSince = null;
      break;
    case 'extend':
      next.extensionDays = step.extensionDays ?? 0;
      break;
    case 'hearing':
      next.hearingDate = step.date;
      break;
    case 'conclude':
      next.concludedDate = step.date;
      next.outcome = step.outcome ?? null;
      next.compensation = !!step.compensation;
      next.correctedBeforeTermination = step.outcome === 'terminate' && !!step.correctedBeforeTermination;
      next.status = 'concluded';
      next.suspendedSince = null;
      break;
  }
  // A scheduled hearing may lie in the future; it must not hold back the steps recorded after it.
  if (step.kind !== 'hearing') {
    next.lastDate = step.date;
    next.lastKind = step.kind;
  }
  return next;
}

export type ReplayResult = { ok: true; summary: ReviewCaseSummary } | { ok: false; error: string; index: number };

function toSummary(state: ReplayState): ReviewCaseSummary {
  const { lastDate: _d, lastKind: _k, suspendedSince: _s, ...summary } = state;
  return summary;
}

/** Replays a whole timeline, checking every step; the first impossible step stops it. */
export function replay(events: readonly StepInput[], today: DateStr): ReplayResult {
  if (events.length === 0 || events[0].kind !== 'receive') {
    return { ok: false, error: '时间线必须以“收到申请”开始', index: 0 };
  }
  let state: ReplayState | null = null;
  for (let i = 0; i < events.length; i++) {
    const error = checkStep(state, events[i], today);
    if (error) return { ok: false, error, index: i };
    state = applyStep(state, events[i]);
  }
  return { ok: true, summary: toSummary(state!) };
}

/** The steps the case allows now, for the buttons on the case page. */
export function allowedSteps(summary: ReviewCaseSummary): ReviewStepKind[] {
  // Every step but 收到申请, which only ever opens a timeline.
  return REVIEW_STEP_KINDS.filter((k) => k !== 'receive' && stepBlocker(summary, k) === null);
}

/** Appends a step to a timeline and replays it; the result carries the new summary or the reason it was refused. */
export function appendStep(events: readonly StepInput[], step: StepInput, today: DateStr): ReplayResult {
  return replay([...events, step], today);
}
