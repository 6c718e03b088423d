/**
 * Year-end figures for review cases (domain.md §1 "Year-end counts", rules 1–8).
 * Pure functions over the derived summary fields of ReviewCase; records with
 * deleted === 1 (回收站) never count.
 *
 * Dates are 'YYYY-MM-DD' strings, so comparing them as strings compares them
 * as calendar dates; "in year Y" is decided on the string, never via Date.
 */
import { isInYear, monthOf, yearEnd, yearStart, type DateStr } from '../dates';
import { formatPercent } from './rate';
import {
  DENOMINATOR_LABELS,
  OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  type CorrectionRateDefinition,
  type NonAcceptanceKind,
  type ReviewCase,
  type ReviewLetter,
  type ReviewOutcome,
} from './types';

/** A case named by a check, with a Chinese explanation for the clerk. */
export interface CaseIssue {
  caseId: string;
  caseNo: string;
  reason: string;
}

/** One bar of a breakdown chart. */
export interface BreakdownEntry {
  name: string;
  count: number;
}

export interface ReviewYearFigures {
  year: number;
  /** Rule 1: receipt date in Y. */
  received: number;
  /** Rule 2: acceptance date (deemed or not) in Y, whatever the receipt year. */
  accepted: number;
  /** Of `accepted`, how many were 视为受理. */
  deemedAccepted: number;
  /** Rule 3: by the date of the non-acceptance decision. */
  notAccepted: Record<NonAcceptanceKind, number> & { total: number };
  /** Rule 4: conclusion date in Y, whatever the acceptance year. */
  concluded: number;
  /** Of `concluded`, the ones accepted before 1 Jan Y (结转 from earlier years). */
  concludedCarriedOver: number;
  /** The year named in "（含{carryOverFromYear}年结转N件）", i.e. Y − 1. */
  carryOverFromYear: number;
  /**
   * Rule 5: `concluded` split by recorded outcome. Cases concluded without an
   * outcome are NOT put under 'other'; they are counted in `outcomeMissing` and
   * named in `problems`, so that sum(outcomes) + outcomeMissing === concluded.
   */
  outcomes: Record<ReviewOutcome, number>;
  outcomeMissing: number;
  /** Concluded in Y with 赔偿. */
  compensation: number;
  /** Rule 6: accepted on or before 31 Dec Y−1 and not concluded by then. */
  carryIn: number;
  /** Rule 6: accepted on or before 31 Dec Y and not concluded by then (结转入Y+1). */
  carryOut: number;
  /** carryIn + accepted = concluded + carryOut. */
  invariant: {
    /** False as soon as any single case is unbalanced, even if errors cancel out in the totals. */
    holds: boolean;
    left: number;
    right: number;
    offending: CaseIssue[];
  };
  /** Rule 7. */
  correction: {
    definition: CorrectionRateDefinition;
    numerator: number;
    denominator: number;
    /** formatPercent(numerator, denominator); null when the denominator is 0. */
    rate: string | null;
    /** describeCorrectionRate(definition). */
    description: string;
  };
  /** Rule 8: issue date in Y. */
  opinionLetters: number;
  suggestionLetters: number;
  /** 12 entries, January first. */
  monthly: { received: number[]; accepted: number[]; concluded: number[] };
  /**
   * Breakdowns for the year-end charts. They are taken over the cases RECEIVED
   * in Y (rule 1), so each chart adds up to `received`. Sorted by count
   * (descending), then by name; an empty value is shown as "未填写".
   */
  byActCategory: BreakdownEntry[];
  byField: BreakdownEntry[];
  byRespondent: BreakdownEntry[];
  /**
   * Data problems that do not (necessarily) break the invariant but make a
   * figure doubtful: concluded in Y without an outcome, concluded before the
   * acceptance date within the same year.
   */
  problems: CaseIssue[];
}

export interface ReviewYearInput {
  cases: ReviewCase[];
  letters: ReviewLetter[];
  year: number;
  correctionRate: CorrectionRateDefinition;
}

/** Outcomes that are not decisions on the merits (domain.md §1 rule 7, "merits" denominator). */
const PROCEDURAL_OUTCOMES: ReadonlySet<ReviewOutcome> = new Set<ReviewOutcome>(['dismissApplication', 'terminate']);

const UNFILLED = '未填写';

function live<T extends { deleted: 0 | 1 }>(records: T[]): T[] {
  return records.filter((r) => r.deleted !== 1);
}

/** Accepted on or before `date` and not concluded on or before it. */
function openAt(c: ReviewCase, date: DateStr): boolean {
  return !!c.acceptedDate && c.acceptedDate <= date && !(c.concludedDate && c.concludedDate <= date);
}

/** Code-point order: the same on every machine, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The cases open at the end of `year` (结转入 year+1), oldest acceptance first. Deleted cases are skipped. */
export function listCarryOut(cases: ReviewCase[], year: number): ReviewCase[] {
  const end = yearEnd(year);
  return live(cases)
    .filter((c) => openAt(c, end))
    .sort((a, b) => cmp(a.acceptedDate ?? '', b.acceptedDate ?? '') || cmp(a.caseNo, b.caseNo));
}

/** Whether a concluded case counts in the correction-rate numerator. */
export function isDirectCorrection(c: ReviewCase, def: CorrectionRateDefinition): boolean {
  if (!c.outcome) return false;
  if (def.outcomes.includes(c.outcome)) return true;
  return def.includeCorrectedTermination && c.outcome === 'terminate' && c.correctedBeforeTermination;
}

function outcomeList(outcomes: readonly ReviewOutcome[]): string {
  return REVIEW_OUTCOMES.filter((o) => outcomes.includes(o))
    .map((o) => OUTCOME_LABELS[o])
    .join('、');
}

/**
 * A Chinese sentence saying how the rate is computed, e.g.
 * "直接纠错率 = （撤销、部分撤销、变更、确认违法、确认无效、责令履行）件数 ÷ 审结案件数".
 */
export function describeCorrectionRate(def: CorrectionRateDefinition): string {
  const items = REVIEW_OUTCOMES.filter((o) => def.outcomes.includes(o)).map((o) => OUTCOME_LABELS[o]);
  const correctedTermination = def.includeCorrectedTermination && !def.outcomes.includes('terminate');
  if (correctedTermination) items.push('改正后终止');
  const numerator = items.length ? `（${items.join('、')}）件数` : '0（未选择纠错结果）';

  let denominator: string = DENOMINATOR_LABELS[def.denominator];
  if (def.denominator === 'merits') {
    // Procedural outcomes that are counted as corrections stay in the denominator.
    const excluded = [...PROCEDURAL_OUTCOMES].filter((o) => !def.outcomes.includes(o));
    const kept = [...PROCEDURAL_OUTCOMES].filter((o) => def.outcomes.includes(o)).map((o) => OUTCOME_LABELS[o]);
    if (correctedTermination) kept.push('改正后终止');
    if (excluded.length === 0) {
      denominator = DENOMINATOR_LABELS.concluded;
    } else {
      const keptText = kept.length ? `，但含${kept.join('、')}` : '';
      denominator = `作出实体决定的审结案件数（不含${outcomeList(excluded)}${keptText}）`;
    }
  }
  return `直接纠错率 = ${numerator} ÷ ${denominator}`;
}

function emptyOutcomes(): Record<ReviewOutcome, number> {
  return Object.fromEntries(REVIEW_OUTCOMES.map((o) => [o, 0])) as Record<ReviewOutcome, number>;
}

function monthly(cases: ReviewCase[], pick: (c: ReviewCase) => DateStr | null): number[] {
  const months = new Array<number>(12).fill(0);
  for (const c of cases) {
    const d = pick(c);
    if (d) months[monthOf(d) - 1] += 1;
  }
  return months;
}

function breakdown(cases: ReviewCase[], pick: (c: ReviewCase) => string): BreakdownEntry[] {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const name = pick(c).trim() || UNFILLED;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || cmp(a.name, b.name));
}

/**
 * Why a case contributes differently to the two sides of the invariant for `year`,
 * or null when it is balanced.
 */
function invariantIssue(c: ReviewCase, year: number): string | null {
  const prevEnd = yearEnd(year - 1);
  const end = yearEnd(year);
  const left = (openAt(c, prevEnd) ? 1 : 0) + (isInYear(c.acceptedDate, year) ? 1 : 0);
  const right = (isInYear(c.concludedDate, year) ? 1 : 0) + (openAt(c, end) ? 1 : 0);
  if (left === right) return null;
  if (!c.acceptedDate) return `审结日期为${c.concludedDate}，但没有受理日期`;
  if (c.concludedDate && c.concludedDate < c.acceptedDate) {
    return `审结日期（${c.concludedDate}）早于受理日期（${c.acceptedDate}）`;
  }
  // Not reachable with well-formed dates; kept so that no imbalance goes unexplained.
  return `受理日期（${c.acceptedDate}）与审结日期（${c.concludedDate ?? '无'}）不一致`;
}

export function computeReviewYearFigures(input: ReviewYearInput): ReviewYearFigures {
  const { year, correctionRate: def } = input;
  const cases = live(input.cases);
  const letters = live(input.letters);
  const start = yearStart(year);

  const received = cases.filter((c) => isInYear(c.receivedDate, year));
  const accepted = cases.filter((c) => isInYear(c.acceptedDate, year));
  const concluded = cases.filter((c) => isInYear(c.concludedDate, year));

  const notAccepted = { reject: 0, redirect: 0, withdrawBeforeAcceptance: 0, total: 0 };
  for (const c of cases) {
    if (c.nonAcceptance && isInYear(c.nonAcceptanceDate, year)) {
      notAccepted[c.nonAcceptance] += 1;
      notAccepted.total += 1;
    }
  }

  const outcomes = emptyOutcomes();
  const problems: CaseIssue[] = [];
  let outcomeMissing = 0;
  for (const c of concluded) {
    if (c.outcome) {
      outcomes[c.outcome] += 1;
    } else {
      outcomeMissing += 1;
      problems.push({ caseId: c.id, caseNo: c.caseNo, reason: `已审结（${c.concludedDate}），但未录入审理结果` });
    }
    if (c.acceptedDate && c.concludedDate && c.concludedDate < c.acceptedDate && isInYear(c.acceptedDate, year)) {
      problems.push({
        caseId: c.id,
        caseNo: c.caseNo,
        reason: `审结日期（${c.concludedDate}）早于受理日期（${c.acceptedDate}）`,
      });
    }
  }

  const carryIn = listCarryOut(cases, year - 1).length;
  const carryOut = listCarryOut(cases, year).length;
  const offending: CaseIssue[] = [];
  for (const c of cases) {
    const reason = invariantIssue(c, year);
    if (reason) offending.push({ caseId: c.id, caseNo: c.caseNo, reason });
  }

  // Correction rate (rule 7). The numerator always comes from the cases concluded in Y.
  // 'merits' drops 驳回申请 and 终止 from 审结(Y), except the cases counted as corrections
  // (e.g. 改正后终止 when includeCorrectedTermination): a case in the numerator is always
  // in the denominator, so the rate never exceeds 100% for that reason. Cases concluded
  // without an outcome stay in the 'merits' denominator (they are flagged in `problems`).
  const corrections = concluded.filter((c) => isDirectCorrection(c, def));
  const denominator =
    def.denominator === 'accepted'
      ? accepted.length
      : def.denominator === 'merits'
        ? concluded.filter((c) => !(c.outcome && PROCEDURAL_OUTCOMES.has(c.outcome)) || isDirectCorrection(c, def)).length
        : concluded.length;

  return {
    year,
    received: received.length,
    accepted: accepted.length,
    deemedAccepted: accepted.filter((c) => c.deemedAccepted).length,
    notAccepted,
    concluded: concluded.length,
    concludedCarriedOver: concluded.filter((c) => !!c.acceptedDate && c.acceptedDate < start).length,
    carryOverFromYear: year - 1,
    outcomes,
    outcomeMissing,
    compensation: concluded.filter((c) => c.compensation).length,
    carryIn,
    carryOut,
    invariant: {
      holds: offending.length === 0,
      left: carryIn + accepted.length,
      right: concluded.length + carryOut,
      offending,
    },
    correction: {
      definition: def,
      numerator: corrections.length,
      denominator,
      rate: formatPercent(corrections.length, denominator),
      description: describeCorrectionRate(def),
    },
    opinionLetters: letters.filter((l) => l.kind === 'opinion' && isInYear(l.issueDate, year)).length,
    suggestionLetters: letters.filter((l) => l.kind === 'suggestion' && isInYear(l.issueDate, year)).length,
    monthly: {
      received: monthly(received, (c) => c.receivedDate),
      accepted: monthly(accepted, (c) => c.acceptedDate),
      concluded: monthly(concluded, (c) => c.concludedDate),
    },
    byActCategory: breakdown(received, (c) => c.actCategory),
    byField: breakdown(received, (c) => c.field),
    byRespondent: breakdown(received, (c) => c.respondent),
    problems,
  };
}
