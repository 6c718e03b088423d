/**
 * 行政复议 cases for the benchmark: realistic dates, outcomes and respondents, and VALID — every case is a timeline
 * of steps that shared/review/lifecycle.ts replays without error, and its summary fields are that replay's result
 * (exactly what the app stores after a clerk entered the steps by hand).
 */
import type { DateStr } from '../../shared/dates';
import { lawForDate, replay } from '../../shared/review/lifecycle';
import { normalizeCaseNo } from '../../shared/review/case-number';
import type { RespondentLevel, ReviewCase, ReviewEvent, ReviewOutcome, ReviewStepKind } from '../../shared/review/types';
import { ACT_CATEGORY_PICK, HANDLER_PICK, RESPONDENT_PICK, companyName, personName } from './names';
import { Rng, Weighted, date, day, isWeekend, stampOn, weekdayOnOrAfter } from './random';

export interface CaseOptions {
  count: number;
  today: DateStr;
  /** Receipt dates spread over this many years up to today. */
  years: number;
  seed: number;
  caseNoPrefix: string;
  /** Share of cases in the 回收站. */
  deletedShare: number;
}

const OUTCOME_PICK = new Weighted<ReviewOutcome>([
  ['uphold', 34],
  ['dismissClaim', 20],
  ['dismissApplication', 6],
  ['revoke', 8],
  ['partialRevoke', 2],
  ['alter', 1],
  ['confirmIllegal', 9],
  ['confirmInvalid', 0.5],
  ['orderPerform', 3],
  ['mediation', 5],
  ['terminate', 11],
  ['other', 0.5],
]);
const NON_ACCEPTANCE_PICK = new Weighted<ReviewStepKind>([
  ['reject', 5],
  ['redirect', 3],
  ['withdrawBeforeAcceptance', 2],
]);
const CORRECTING: ReadonlySet<ReviewOutcome> = new Set(['revoke', 'partialRevoke', 'alter', 'confirmIllegal', 'confirmInvalid', 'orderPerform']);

/**
 * Receipt days over [start, end], denser towards the end (caseloads grow year on year: the last year has about
 * 1.8 times the first), on weekdays only, sorted.
 */
export function receiptDays(rng: Rng, count: number, start: number, end: number, growth = 0.8): number[] {
  const span = end - start + 1;
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    // Inverse CDF of the density 1 + growth·t on [0, 1).
    const u = rng.next() * (1 + growth / 2);
    const t = (Math.sqrt(1 + 2 * growth * u) - 1) / growth;
    let n = weekdayOnOrAfter(start + Math.floor(t * span));
    if (n > end) for (n = end; isWeekend(n); n--);
    days.push(n);
  }
  return days.sort((a, b) => a - b);
}

function respondentLevel(name: string): RespondentLevel {
  if (/镇|街道|开发区/.test(name)) return '镇（区、街道）';
  return /局|委员会|办公室/.test(name) ? '市政府部门' : '其他';
}

/** One case's timeline from its receipt day; steps that would fall after today are not taken (the case is open). */
function timeline(rng: Rng, received: number, end: number, handler: string): ReviewEvent[] {
  const events: ReviewEvent[] = [];
  let cursor = received;
  const add = (kind: ReviewStepKind, n: number, extra: Partial<ReviewEvent> = {}) =>
    events.push({ id: rng.uuid(), kind, date: date(n), recordedBy: handler, recordedAt: stampOn(n, rng), ...extra });
  /** Takes the step unless it lies in the future; false = the timeline stops here. */
  const step = (kind: ReviewStepKind, n: number, extra: Partial<ReviewEvent> = {}): boolean => {
    const at = Math.max(n, cursor);
    if (at > end) return false;
    add(kind, at, extra);
    cursor = at;
    return true;
  };

  add('receive', received);
  if (rng.chance(0.12)) {
    if (!step('correctionRequest', cursor + rng.int(1, 4))) return events;
    if (!rng.chance(0.85)) {
      step(rng.chance(0.6) ? 'withdrawBeforeAcceptance' : 'reject', cursor + rng.int(10, 25));
      return events;
    }
    if (!step('correctionReturned', cursor + rng.int(2, 12))) return events;
  }
  const decision = cursor + rng.int(1, 5);
  if (rng.chance(0.1)) {
    step(NON_ACCEPTANCE_PICK.pick(rng), decision);
    return events;
  }
  const law = lawForDate(date(Math.max(decision, cursor)));
  const simple = law === 'law2023' && rng.chance(0.3);
  const acceptExtra: Partial<ReviewEvent> = { procedure: simple ? 'simple' : 'ordinary' };
  if (law === 'law2023' && rng.chance(0.03)) acceptExtra.deemed = true;
  if (!step('accept', decision, acceptExtra)) return events;
  const accepted = cursor;

  let ordinary = !simple;
  if (simple && rng.chance(0.08)) {
    if (!step('toOrdinary', cursor + rng.int(3, 15))) return events;
    ordinary = true;
  }
  if (rng.chance(0.05)) {
    const hearing = cursor + rng.int(5, 25);
    add('hearing', hearing);
    if (hearing > end) return events; // scheduled, not yet held
    cursor = hearing;
  }
  let paused = 0;
  if (rng.chance(0.06)) {
    if (!step('suspend', cursor + rng.int(3, 20))) return events;
    const since = cursor;
    if (!rng.chance(0.9) || !step('resume', cursor + rng.int(10, 60))) return events;
    paused = cursor - since + 1;
  }
  let extension = 0;
  if (ordinary && rng.chance(0.15)) {
    extension = rng.chance(0.8) ? 30 : rng.int(10, 29);
    if (!step('extend', accepted + paused + rng.int(45, 58), { extensionDays: extension })) return events;
  }
  // A few cases are forgotten: accepted long ago and never concluded (the overdue list).
  if (rng.chance(0.003)) return events;
  const limit = ordinary ? 60 + extension : 30;
  const duration = rng.chance(0.03) ? limit + rng.int(1, 20) : rng.int(Math.min(10, limit), limit);
  let outcome = OUTCOME_PICK.pick(rng);
  if (outcome === 'confirmInvalid' && lawForDate(date(accepted)) === 'old') outcome = 'confirmIllegal';
  const extra: Partial<ReviewEvent> = { outcome };
  if (CORRECTING.has(outcome) && rng.chance(0.05)) extra.compensation = true;
  if (outcome === 'terminate' && rng.chance(0.3)) extra.correctedBeforeTermination = true;
  step('conclude', Math.max(accepted + paused + duration, cursor + rng.int(1, 10)), extra);
  return events;
}

export function generateCases(o: CaseOptions): ReviewCase[] {
  const rng = new Rng(o.seed);
  const end = day(o.today);
  const days = receiptDays(rng, o.count, end - Math.round(o.years * 365.25) + 1, end);
  const seqByYear = new Map<number, number>();
  return days.map((received) => {
    const receivedDate = date(received);
    const year = Number(receivedDate.slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const handler = HANDLER_PICK.pick(rng);
    const events = timeline(rng, received, end, handler);
    const result = replay(events, o.today);
    if (!result.ok) throw new Error(`generated case ${receivedDate}#${seq} is invalid: ${result.error} (step ${result.index})`);
    const respondent = RESPONDENT_PICK.pick(rng);
    const organization = rng.chance(0.12);
    const category = ACT_CATEGORY_PICK.pick(rng);
    const actName = category === '政府信息公开' ? '政府信息公开答复' : `${category}决定`;
    const caseNo = `${o.caseNoPrefix}〔${year}〕${seq}号`;
    return {
      id: rng.uuid(),
      createdAt: events[0]!.recordedAt,
      updatedAt: events[events.length - 1]!.recordedAt,
      deleted: rng.chance(o.deletedShare) ? 1 : 0,
      caseNo,
      caseNoKey: normalizeCaseNo(caseNo),
      caseYear: year,
      caseSeq: seq,
      applicant: organization ? companyName(rng) : personName(rng),
      applicantType: organization ? 'organization' : 'natural',
      applicantCount: organization || rng.chance(0.93) ? 1 : rng.int(2, 6),
      respondent: respondent.name,
      respondentLevel: respondentLevel(respondent.name),
      thirdParty: rng.chance(0.05) ? personName(rng) : '',
      actName,
      actDocNo: `丹${respondent.name.slice(3, 4)}决字〔${year}〕${rng.int(1, 999)}号`,
      actDate: date(received - rng.int(5, 55)),
      actCategory: category,
      field: respondent.field,
      request: `请求撤销被申请人作出的${actName}`,
      handler,
      intakePoint: rng.chance(0.9) ? '市司法局' : '市公共法律服务中心',
      incidentalReview: rng.chance(0.01),
      note: '',
      ...result.summary,
      events,
    } satisfies ReviewCase;
  });
}
