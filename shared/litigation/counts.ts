/**
 * 行政应诉 year-end figures for year Y (docs/rules.md "行政应诉"). Pure; records in the 回收站 are left out.
 * Every figure is given for a scope: all cases, the local court's, and the intermediate court's with the city
 * government itself as defendant (the two sentences of the report).
 */
import { isInYear, yearEnd, yearStart, type DateStr } from '../dates';
import type { BreakdownEntry } from '../review/counts';
import { formatPercent } from '../review/rate';
import {
  DEFENDANT_KINDS,
  LITIGATION_OUTCOMES,
  type AppearanceRateKind,
  type DefendantKind,
  type LitigationCase,
  type LitigationOutcome,
  type LitigationSettings,
} from './types';

const UNFILLED = '未填写';

/** 是否败诉: the clerk's own finding when made, else whether the outcome is one of the setting's 败诉 outcomes. */
export function isLost(c: LitigationCase, lossOutcomes: readonly LitigationOutcome[]): boolean {
  if (!c.concludedDate || !c.outcome) return false;
  if (c.lostOverride !== null) return c.lostOverride;
  return lossOutcomes.includes(c.outcome);
}

/** Open (received, not concluded) at the end of `day`. */
const openAt = (c: LitigationCase, day: DateStr) => c.receivedDate <= day && (!c.concludedDate || c.concludedDate > day);

export interface ScopeFigures {
  /** 受理: 收到应诉通知书 (立案) in Y. */
  received: number;
  /** 结案 in Y, whenever received. */
  concluded: number;
  /** Of those, received before Y (结转). */
  concludedCarriedOver: number;
  /** Open at 31 Dec Y-1 / Y. */
  carryIn: number;
  carryOut: number;
  /** 开庭审理: cases with a hearing held in Y (not a scheduled one). */
  heard: number;
  /** 败诉: concluded in Y and lost. */
  lost: number;
  lossRate: string | null;
  /** 裁定准许撤诉 after the agency changed its act, concluded in Y (counted apart from 败诉). */
  withdrawnAfterChange: number;
  /** Hearings held in Y; those at which the 负责人 appeared; those at which anyone appeared for the agency. */
  hearings: number;
  headAppearances: number;
  agencyAppearances: number;
  headRate: string | null;
  agencyRate: string | null;
  /** Received in Y and concluded by 31 Dec Y (“其中已审结”). */
  receivedAndConcluded: number;
  /** 结转入 + 受理 = 结案 + 结转出, and the 案号 of the cases that break it. */
  invariant: { holds: boolean; broken: string[] };
}

export interface LitigationYearFigures {
  year: number;
  all: ScopeFigures;
  /** Cases in the local court (settings.localCourt). */
  local: ScopeFigures;
  /** Cases in the intermediate court with the city government itself as defendant. */
  governmentIntermediate: ScopeFigures;
  localCourt: string;
  intermediateCourt: string;
  reportRate: AppearanceRateKind;
  /** Received in Y, by court, by 被告, by kind of 被告, by 行为类别 and 管理领域. */
  byCourt: BreakdownEntry[];
  byDefendant: BreakdownEntry[];
  byDefendantKind: Record<DefendantKind, number>;
  byActCategory: BreakdownEntry[];
  byField: BreakdownEntry[];
  /** Concluded in Y, by 结案方式. */
  byOutcome: Record<LitigationOutcome, number>;
  /** Concluded in Y with a 行政赔偿 claim; 司法建议 received on cases concluded or received in Y. */
  compensationClaimed: number;
  judicialSuggestions: number;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function breakdown(cases: LitigationCase[], pick: (c: LitigationCase) => string): BreakdownEntry[] {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const name = pick(c).trim() || UNFILLED;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || cmp(a.name, b.name));
}

export function scopeFigures(cases: readonly LitigationCase[], year: number, lossOutcomes: readonly LitigationOutcome[]): ScopeFigures {
  const start = yearStart(year);
  const end = yearEnd(year);
  const prevEnd = yearEnd(year - 1);
  const received = cases.filter((c) => isInYear(c.receivedDate, year));
  const concluded = cases.filter((c) => isInYear(c.concludedDate, year));
  const carryIn = cases.filter((c) => openAt(c, prevEnd));
  const carryOut = cases.filter((c) => openAt(c, end));
  // Hearings dated in Y. A hearing still to come is counted once its day is in the past year's figures; during Y
  // the page shows the year so far, scheduled hearings included (docs/rules.md).
  const held = cases.flatMap((c) => c.hearings.filter((h) => isInYear(h.date, year)));
  const hearings = held.length;
  const headAppearances = held.filter((h) => h.headAppeared).length;
  const agencyAppearances = held.filter((h) => h.agencyAppeared).length;
  const lost = concluded.filter((c) => isLost(c, lossOutcomes)).length;
  // Each case is in one of: carried in or received in Y; and then concluded in Y or carried out. Name the exceptions.
  const inSet = new Set([...carryIn, ...received].map((c) => c.id));
  const outSet = new Set([...concluded, ...carryOut].map((c) => c.id));
  const broken = cases
    .filter((c) => inSet.has(c.id) !== outSet.has(c.id) || (c.concludedDate !== null && c.concludedDate < c.receivedDate))
    .map((c) => c.caseNo);
  return {
    received: received.length,
    concluded: concluded.length,
    concludedCarriedOver: concluded.filter((c) => c.receivedDate < start).length,
    carryIn: carryIn.length,
    carryOut: carryOut.length,
    heard: cases.filter((c) => c.hearings.some((h) => isInYear(h.date, year))).length,
    lost,
    lossRate: formatPercent(lost, concluded.length),
    withdrawnAfterChange: concluded.filter((c) => c.outcome === 'withdrawAfterChange').length,
    hearings,
    headAppearances,
    agencyAppearances,
    headRate: formatPercent(headAppearances, hearings),
    agencyRate: formatPercent(agencyAppearances, hearings),
    receivedAndConcluded: received.filter((c) => c.concludedDate !== null && c.concludedDate <= end).length,
    invariant: { holds: carryIn.length + received.length === concluded.length + carryOut.length && broken.length === 0, broken },
  };
}

const sameName = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '') && a.trim() !== '';

export function computeLitigationYearFigures(input: {
  cases: readonly LitigationCase[];
  year: number;
  settings: LitigationSettings;
}): LitigationYearFigures {
  const { year, settings } = input;
  const cases = input.cases.filter((c) => c.deleted !== 1);
  const loss = settings.lossOutcomes;
  const received = cases.filter((c) => isInYear(c.receivedDate, year));
  const concluded = cases.filter((c) => isInYear(c.concludedDate, year));
  const byOutcome = Object.fromEntries(LITIGATION_OUTCOMES.map((o) => [o, 0])) as Record<LitigationOutcome, number>;
  for (const c of concluded) if (c.outcome) byOutcome[c.outcome]++;
  const byDefendantKind = Object.fromEntries(DEFENDANT_KINDS.map((k) => [k, 0])) as Record<DefendantKind, number>;
  for (const c of received) byDefendantKind[c.defendantKind]++;
  return {
    year,
    all: scopeFigures(cases, year, loss),
    local: scopeFigures(
      cases.filter((c) => sameName(c.court, settings.localCourt)),
      year,
      loss,
    ),
    governmentIntermediate: scopeFigures(
      cases.filter((c) => sameName(c.court, settings.intermediateCourt) && c.defendantKind === 'government'),
      year,
      loss,
    ),
    localCourt: settings.localCourt,
    intermediateCourt: settings.intermediateCourt,
    reportRate: settings.reportRate,
    byCourt: breakdown(received, (c) => c.court),
    byDefendant: breakdown(received, (c) => c.defendant),
    byDefendantKind,
    byActCategory: breakdown(received, (c) => c.actCategory),
    byField: breakdown(received, (c) => c.field),
    byOutcome,
    compensationClaimed: concluded.filter((c) => c.compensationClaimed).length,
    judicialSuggestions: cases.filter((c) => c.judicialSuggestion.trim() && (isInYear(c.concludedDate, year) || isInYear(c.receivedDate, year)))
      .length,
  };
}
