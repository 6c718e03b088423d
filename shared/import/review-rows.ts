/**
 * 行政复议 rows → ReviewCase. The registration fields go through validateCaseFields; the date columns become the
 * case's timeline (收到 → 补正 → 受理 | 未受理 → 中止 / 恢复 / 延期 / 听证 → 审结) and lifecycle.replay() checks it with
 * today's date, exactly as if the clerk had entered every step by hand. An impossible timeline makes the row a
 * bad row; nothing half-right is stored.
 *
 * Re-import of an existing case (same 案号): only the columns the sheet has are taken from it, the rest stays.
 * When the dates, 程序, 审理结果 and 赔偿 read from the sheet are those the case already has, its recorded steps
 * are kept as they are (their ids, recorders, notes, several suspensions, a switch to 普通程序); otherwise the
 * timeline is rebuilt from the columns, reusing the recorded steps of the same kind and date.
 */
import { yearOf, type DateStr } from '../dates';
import { normalizeCaseNo } from '../review/case-number';
import { MAX_EXTENSION_DAYS, replay, type StepInput } from '../review/lifecycle';
import { CASE_FIELD_LABELS, CASE_TYPED_FIELDS, validateCaseFields } from '../review/schema';
import {
  OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  RESPONDENT_LEVELS,
  type NonAcceptanceKind,
  type ReviewCase,
  type ReviewCaseFields,
  type ReviewEvent,
  type ReviewOutcome,
  type ReviewProcedure,
  type ReviewStepKind,
} from '../review/types';
import { stampFor, type ImportContext } from './context';
import type { RowReader } from './rows';

type Choices<T> = readonly (readonly [T, readonly string[]])[];

/** 审理结果 as clerks write it; the labels of OUTCOME_LABELS first. */
export const OUTCOME_CHOICES: Choices<ReviewOutcome | 'correctedTermination'> = [
  ['correctedTermination', ['改正后终止', '纠正后终止', '自行纠正后终止', '改正后撤回']],
  ...REVIEW_OUTCOMES.map((o) => [o, [OUTCOME_LABELS[o]]] as const),
  ['uphold', ['决定维持', '维持原行政行为', '维持原具体行政行为']],
  ['dismissClaim', ['驳回', '驳回请求', '驳回行政复议请求']],
  ['dismissApplication', ['驳回复议申请', '驳回行政复议申请']],
  ['revoke', ['撤消', '撤销并责令重作', '撤销原行政行为']],
  ['orderPerform', ['责令履行法定职责', '责令履职']],
  ['mediation', ['调解书', '调解结案', '达成调解']],
  ['terminate', ['终止审理', '和解', '和解终止', '撤回', '撤回申请', '申请人撤回', '撤回终止']],
];
const OUTCOME_ALLOWED = `${REVIEW_OUTCOMES.map((o) => OUTCOME_LABELS[o]).join('、')}（也可写驳回、和解、撤回、改正后终止等）`;

const NON_ACCEPTANCE_CHOICES: Choices<NonAcceptanceKind> = [
  ['reject', ['不予受理', '不受理']],
  ['redirect', ['告知', '告知(转送)', '转送', '告知转送']],
  ['withdrawBeforeAcceptance', ['受理前撤回', '撤回', '撤回申请', '申请人撤回']],
];
const PROCEDURE_CHOICES: Choices<ReviewProcedure> = [
  ['ordinary', ['普通', '普通程序', '一般程序']],
  ['simple', ['简易', '简易程序']],
];
const APPLICANT_TYPE_CHOICES: Choices<'natural' | 'organization'> = [
  ['natural', ['自然人', '个人', '公民']],
  ['organization', ['法人或其他组织', '法人或者其他组织', '法人', '其他组织', '单位', '企业', '组织']],
];
const LEVEL_CHOICES: Choices<(typeof RESPONDENT_LEVELS)[number]> = [
  ['市政府部门', ['市政府部门', '部门', '市级部门', '政府部门']],
  ['镇（区、街道）', ['镇（区、街道）', '镇', '乡镇', '街道', '区', '镇区街道', '镇(区、街道)']],
  ['其他', ['其他']],
];

const ORGANIZATION = /公司|有限|集团|厂|合作社|中心|协会|学会|委员会|村委|居委|银行|学校|医院|研究院|事务所|商行|店$|局$|院$|所$|会$/;
const TOWN = /镇|街道|乡|开发区|高新区|管委会|管理委员会/;
const DEPARTMENT = /局|委|办|中心|队|所|处|站|院/;

/** 申请人类型 when the sheet has none: a name with a company-like word is an organisation. */
export function inferApplicantType(applicant: string): 'natural' | 'organization' {
  return ORGANIZATION.test(applicant) ? 'organization' : 'natural';
}

/** 被申请人层级 when the sheet has none, from the respondent's name. */
export function inferRespondentLevel(respondent: string): (typeof RESPONDENT_LEVELS)[number] {
  if (TOWN.test(respondent)) return '镇（区、街道）';
  if (DEPARTMENT.test(respondent)) return '市政府部门';
  return '其他';
}

/** The case's timeline as the import columns describe it. */
export interface TimelineColumns {
  receivedDate: DateStr | null;
  correctionRequestDate: DateStr | null;
  correctionReturnedDate: DateStr | null;
  acceptedDate: DateStr | null;
  deemed: boolean;
  procedure: ReviewProcedure | null;
  nonAcceptance: NonAcceptanceKind | null;
  nonAcceptanceDate: DateStr | null;
  suspendDate: DateStr | null;
  resumeDate: DateStr | null;
  extendDate: DateStr | null;
  extensionDays: number | null;
  hearingDate: DateStr | null;
  concludedDate: DateStr | null;
  outcome: ReviewOutcome | null;
  compensation: boolean;
  correctedBeforeTermination: boolean;
}

const EMPTY_TIMELINE: TimelineColumns = {
  receivedDate: null,
  correctionRequestDate: null,
  correctionReturnedDate: null,
  acceptedDate: null,
  deemed: false,
  procedure: null,
  nonAcceptance: null,
  nonAcceptanceDate: null,
  suspendDate: null,
  resumeDate: null,
  extendDate: null,
  extensionDays: null,
  hearingDate: null,
  concludedDate: null,
  outcome: null,
  compensation: false,
  correctedBeforeTermination: false,
};

/** Recorded steps → columns as the export writes them: first 中止 and 恢复, last 听证; 程序 as it is now. */
export function timelineOf(events: readonly StepInput[]): TimelineColumns {
  const t: TimelineColumns = { ...EMPTY_TIMELINE };
  for (const e of events) {
    switch (e.kind) {
      case 'receive':
        t.receivedDate = e.date;
        break;
      case 'correctionRequest':
        t.correctionRequestDate = e.date;
        break;
      case 'correctionReturned':
        t.correctionReturnedDate = e.date;
        break;
      case 'accept':
        t.acceptedDate = e.date;
        t.deemed = !!e.deemed;
        t.procedure = e.procedure ?? 'ordinary';
        break;
      case 'toOrdinary':
        t.procedure = 'ordinary';
        break;
      case 'reject':
      case 'redirect':
      case 'withdrawBeforeAcceptance':
        t.nonAcceptance = e.kind;
        t.nonAcceptanceDate = e.date;
        break;
      case 'suspend':
        t.suspendDate ??= e.date;
        break;
      case 'resume':
        t.resumeDate ??= e.date;
        break;
      case 'extend':
        t.extendDate = e.date;
        t.extensionDays = e.extensionDays ?? MAX_EXTENSION_DAYS;
        break;
      case 'hearing':
        t.hearingDate = e.date;
        break;
      case 'conclude':
        t.concludedDate = e.date;
        t.outcome = e.outcome ?? null;
        t.compensation = !!e.compensation;
        t.correctedBeforeTermination = e.outcome === 'terminate' && !!e.correctedBeforeTermination;
        break;
    }
  }
  return t;
}

const DATE_COLUMNS = [
  'receivedDate',
  'correctionRequestDate',
  'correctionReturnedDate',
  'acceptedDate',
  'nonAcceptanceDate',
  'suspendDate',
  'resumeDate',
  'extendDate',
  'hearingDate',
  'concludedDate',
] as const;

/**
 * The timeline: the sheet's columns over the recorded one (or over nothing for a new case). A column left blank
 * where the case has a date, a step or an outcome keeps it (RowReader.keep: a removal the clerk may apply).
 */
function readTimeline(r: RowReader, base: TimelineColumns): TimelineColumns {
  const t: TimelineColumns = { ...base };
  for (const key of DATE_COLUMNS) if (r.has(key)) t[key] = r.keep(key, r.date(key), base[key]);
  if (r.has('nonAcceptance'))
    t.nonAcceptance = r.keep('nonAcceptance', r.choice('nonAcceptance', NON_ACCEPTANCE_CHOICES, '不予受理、告知、受理前撤回'), base.nonAcceptance);
  if (r.has('procedure')) t.procedure = r.keep('procedure', r.choice('procedure', PROCEDURE_CHOICES, '普通、简易'), base.procedure);
  if (r.has('deemed')) t.deemed = r.yesNo('deemed') ?? (r.applyRemovals ? false : base.deemed);
  if (r.has('extensionDays')) t.extensionDays = r.keep('extensionDays', r.wholeNumber('extensionDays'), base.extensionDays);
  if (r.has('compensation')) t.compensation = r.yesNo('compensation') ?? (r.applyRemovals ? false : base.compensation);
  if (r.has('outcome')) {
    const o = r.keep('outcome', r.choice('outcome', OUTCOME_CHOICES, OUTCOME_ALLOWED), base.outcome);
    t.outcome = o === 'correctedTermination' ? 'terminate' : o;
    t.correctedBeforeTermination = o === 'correctedTermination' || (o === base.outcome && base.correctedBeforeTermination);
  }

  if (!t.receivedDate && !r.hasIssue('receivedDate')) r.issue('receivedDate', `${r.header('receivedDate')}不能为空`);
  if (t.nonAcceptance && !t.nonAcceptanceDate && !r.hasIssue('nonAcceptance', 'nonAcceptanceDate'))
    r.issue('nonAcceptanceDate', `已填写${r.header('nonAcceptance')}（未受理），${r.header('nonAcceptanceDate')}不能为空`);
  if (t.nonAcceptanceDate && !t.nonAcceptance && !r.hasIssue('nonAcceptance', 'nonAcceptanceDate')) {
    r.issue('nonAcceptance', `已填写${r.header('nonAcceptanceDate')}，请在${r.header('nonAcceptance')}中写明不予受理、告知或受理前撤回`);
  }
  if (t.outcome && !t.concludedDate && !r.hasIssue('outcome', 'concludedDate'))
    r.issue('concludedDate', `已填写${r.header('outcome')}，${r.header('concludedDate')}不能为空`);
  if (t.compensation && !t.concludedDate && !r.hasIssue('compensation', 'concludedDate')) r.issue('compensation', '尚未审结的案件不能填写赔偿');
  if (t.procedure && !t.acceptedDate && r.has('procedure') && r.filled('procedure') && !r.hasIssue('procedure', 'acceptedDate')) {
    r.issue('procedure', `尚未受理的案件不能填写${r.header('procedure')}`);
  }
  if (t.extensionDays !== null && !t.extendDate && r.filled('extensionDays') && !r.hasIssue('extensionDays', 'extendDate')) {
    r.issue('extensionDays', `已填写延长天数，${r.header('extendDate')}不能为空`);
  }
  return normaliseTimeline(t);
}

function normaliseTimeline(t: TimelineColumns): TimelineColumns {
  const n = { ...t };
  if (!n.acceptedDate) {
    n.procedure = null;
    n.deemed = false;
  } else n.procedure ??= 'ordinary';
  if (!n.extendDate) n.extensionDays = null;
  else n.extensionDays ??= MAX_EXTENSION_DAYS;
  if (!n.concludedDate) {
    n.outcome = null;
    n.compensation = false;
    n.correctedBeforeTermination = false;
  }
  return n;
}

const POST_ACCEPTANCE_RANK: Partial<Record<ReviewStepKind, number>> = { suspend: 0, resume: 1, toOrdinary: 2, extend: 3, hearing: 4, conclude: 5 };

/** The column that holds a step the columns can show only once (the first 中止, the last 听证, the switch to 普通程序). */
const COLUMN_OF_REPEATABLE: Partial<Record<ReviewStepKind, keyof TimelineColumns>> = {
  correctionRequest: 'correctionRequestDate',
  correctionReturned: 'correctionReturnedDate',
  suspend: 'suspendDate',
  resume: 'resumeDate',
  hearing: 'hearingDate',
  toOrdinary: 'procedure',
};

/**
 * The steps of a timeline, in an order replay() can check; recorded steps of the same kind and date are reused.
 * Recorded steps the columns cannot show (a second 中止 and 恢复, an earlier 听证, a switch from 简易 to 普通程序)
 * are kept while their column says what it said (`base`, the recorded timeline): the file says nothing about them.
 */
export function stepsOf(
  t: TimelineColumns,
  recorded: readonly ReviewEvent[],
  ctx: ImportContext,
  base: TimelineColumns = EMPTY_TIMELINE,
): ReviewEvent[] {
  const steps: StepInput[] = [];
  const push = (kind: ReviewStepKind, date: DateStr | null, extra: Partial<StepInput> = {}) => {
    if (date) steps.push({ kind, date, ...extra });
  };
  const unused = [...recorded];
  const take = (s: StepInput): ReviewEvent | null => {
    const i = unused.findIndex((e) => e.kind === s.kind && e.date === s.date);
    return i >= 0 ? unused.splice(i, 1)[0] : null;
  };
  const switched = t.procedure === 'ordinary' && base.procedure === 'ordinary' && recorded.some((e) => e.kind === 'toOrdinary');
  push('receive', t.receivedDate);
  push('correctionRequest', t.correctionRequestDate);
  push('correctionReturned', t.correctionReturnedDate);
  const acceptance: StepInput[] = [];
  if (t.acceptedDate) {
    const recordedAccept = switched ? recorded.find((e) => e.kind === 'accept' && e.date === t.acceptedDate) : undefined;
    const procedure = recordedAccept?.procedure ?? t.procedure ?? 'ordinary';
    acceptance.push({ kind: 'accept', date: t.acceptedDate, procedure, ...(t.deemed ? { deemed: true } : {}) });
  }
  if (t.nonAcceptance && t.nonAcceptanceDate) acceptance.push({ kind: t.nonAcceptance, date: t.nonAcceptanceDate });
  steps.push(...acceptance.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  const later: StepInput[] = [];
  if (t.suspendDate) later.push({ kind: 'suspend', date: t.suspendDate });
  if (t.resumeDate) later.push({ kind: 'resume', date: t.resumeDate });
  if (t.extendDate) later.push({ kind: 'extend', date: t.extendDate, extensionDays: t.extensionDays ?? MAX_EXTENSION_DAYS });
  if (t.hearingDate) later.push({ kind: 'hearing', date: t.hearingDate });
  if (t.concludedDate) {
    later.push({
      kind: 'conclude',
      date: t.concludedDate,
      ...(t.outcome ? { outcome: t.outcome } : {}),
      compensation: t.compensation,
      ...(t.outcome === 'terminate' && t.correctedBeforeTermination ? { correctedBeforeTermination: true } : {}),
    });
  }
  const built = [...steps, ...later].map((s) => {
    const old = take(s);
    return old
      ? { id: old.id, recordedBy: old.recordedBy, recordedAt: old.recordedAt, ...(old.note ? { note: old.note } : {}), ...s }
      : { id: ctx.newId(), recordedBy: ctx.actor, recordedAt: ctx.now, ...s };
  });
  const kept = unused.filter((e) => {
    const column = COLUMN_OF_REPEATABLE[e.kind];
    return column !== undefined && t[column] === base[column] && (e.kind !== 'toOrdinary' || switched);
  });
  const early = built.slice(0, steps.length);
  const rest = [...built.slice(steps.length), ...kept.filter((e) => POST_ACCEPTANCE_RANK[e.kind] !== undefined)];
  const correction = kept.filter((e) => POST_ACCEPTANCE_RANK[e.kind] === undefined);
  // A repeated 补正 goes with the other 补正 steps, before the decision on acceptance.
  const decision = early.findIndex(
    (e) => e.kind === 'accept' || e.kind === 'reject' || e.kind === 'redirect' || e.kind === 'withdrawBeforeAcceptance',
  );
  const beforeDecision = decision < 0 ? early : early.slice(0, decision);
  const fromDecision = decision < 0 ? [] : early.slice(decision);
  const byDate = (a: ReviewEvent, b: ReviewEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  rest.sort((a, b) => (a.date !== b.date ? byDate(a, b) : POST_ACCEPTANCE_RANK[a.kind]! - POST_ACCEPTANCE_RANK[b.kind]!));
  return [
    ...[...beforeDecision, ...correction].sort((a, b) => (a.kind === 'receive' ? -1 : b.kind === 'receive' ? 1 : byDate(a, b))),
    ...fromDecision,
    ...rest,
  ];
}

/** The column a refused step is about. */
function stepColumn(kind: ReviewStepKind, message: string): string {
  switch (kind) {
    case 'receive':
      return 'receivedDate';
    case 'correctionRequest':
      return 'correctionRequestDate';
    case 'correctionReturned':
      return 'correctionReturnedDate';
    case 'accept':
      return /简易程序/.test(message) ? 'procedure' : /视为受理/.test(message) ? 'deemed' : 'acceptedDate';
    case 'reject':
    case 'redirect':
    case 'withdrawBeforeAcceptance':
      return 'nonAcceptanceDate';
    case 'toOrdinary':
      return 'procedure';
    case 'suspend':
      return 'suspendDate';
    case 'resume':
      return 'resumeDate';
    case 'extend':
      return /延长天数/.test(message) ? 'extensionDays' : /简易程序/.test(message) ? 'procedure' : 'extendDate';
    case 'hearing':
      return 'hearingDate';
    case 'conclude':
      return /审理结果|确认无效/.test(message) ? 'outcome' : 'concludedDate';
  }
}

const TEXT_FIELDS = ['caseNo', 'applicant', 'respondent', 'actCategory', 'field', 'handler', 'note', 'thirdParty', 'actName', 'request'] as const;

/** Validator field → the import column it comes from. */
const fieldColumn = (field: string): string => (field === 'caseYear' || field === 'caseSeq' ? 'caseNo' : field);

/** The 案号 key of a row, or null (issue recorded) when the 案号 is blank. */
export function caseKey(r: RowReader): string | null {
  const caseNo = r.text('caseNo');
  if (!caseNo) {
    if (!r.hasIssue('caseNo')) r.issue('caseNo', `${CASE_FIELD_LABELS.caseNo}不能为空`);
    return null;
  }
  return normalizeCaseNo(caseNo);
}

export interface BuiltCase {
  record: ReviewCase;
  /** The recorded steps were kept as they are. */
  stepsKept: boolean;
}

/** The case a row describes (created, or the existing one updated), or null with the row's issues recorded. */
export function buildCase(r: RowReader, existing: ReviewCase | null, ctx: ImportContext): BuiltCase | null {
  const input: Record<string, unknown> = existing
    ? pickFields(existing)
    : {
        applicantCount: 1,
        thirdParty: '',
        actName: '',
        actDocNo: '',
        actDate: null,
        request: '',
        incidentalReview: false,
        note: '',
        intakePoint: ctx.defaultIntakePoint,
      };
  for (const key of TEXT_FIELDS) if (r.has(key)) input[key] = r.text(key);
  if (existing) r.keepStored(input, existing, ['thirdParty', 'actName', 'request', 'note']);
  // The key written another way (丹政复[2019]第01号) is the same 案号: the stored spelling stays.
  if (existing && normalizeCaseNo(String(input.caseNo)) === existing.caseNoKey) input.caseNo = existing.caseNo;
  if (r.has('intakePoint')) input.intakePoint = r.text('intakePoint') || (existing?.intakePoint ?? ctx.defaultIntakePoint);
  const type = r.has('applicantType') ? r.choice('applicantType', APPLICANT_TYPE_CHOICES, '自然人、法人或其他组织') : null;
  input.applicantType =
    type ?? (existing && existing.applicant === input.applicant ? existing.applicantType : inferApplicantType(String(input.applicant ?? '')));
  const level = r.has('respondentLevel') ? r.choice('respondentLevel', LEVEL_CHOICES, RESPONDENT_LEVELS.join('、')) : null;
  input.respondentLevel =
    level ?? (existing && existing.respondent === input.respondent ? existing.respondentLevel : inferRespondentLevel(String(input.respondent ?? '')));
  if (r.has('applicantCount')) input.applicantCount = r.wholeNumber('applicantCount') ?? 1;

  const recorded = existing ? timelineOf(existing.events) : EMPTY_TIMELINE;
  const timeline = readTimeline(r, recorded);
  // Every problem of the row is listed: the registration fields are checked even when a date cell was bad.
  const fields = validateCaseFields(input, ctx.today);
  if (!fields.ok) r.addFieldErrors(fields.errors, fieldColumn);
  if (!fields.ok || !r.ok) return null;
  const stepsKept = !!existing && sameTimeline(timeline, normaliseTimeline(recorded));
  const events = stepsKept ? existing!.events : stepsOf(timeline, existing?.events ?? [], ctx, recorded);
  const replayed = replay(events, ctx.today);
  if (!replayed.ok) {
    const kind = events[replayed.index]?.kind ?? 'receive';
    r.issue(stepColumn(kind, replayed.error), replayed.error);
    return null;
  }
  const v: ReviewCaseFields = fields.value;
  const record = stampFor<ReviewCase>(
    { ...v, caseYear: v.caseYear || yearOf(replayed.summary.receivedDate), ...replayed.summary, caseNoKey: normalizeCaseNo(v.caseNo), events },
    existing,
    ctx,
  );
  return { record, stepsKept };
}

function sameTimeline(a: TimelineColumns, b: TimelineColumns): boolean {
  return (Object.keys(a) as (keyof TimelineColumns)[]).every((k) => a[k] === b[k]);
}

function pickFields(c: ReviewCase): Record<string, unknown> {
  return Object.fromEntries(CASE_TYPED_FIELDS.map((k) => [k, c[k]]));
}
