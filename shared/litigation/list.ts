/**
 * What the 行政应诉 list filters on: the search text of a case, its state (审理中, 待答辩, 待决定上诉, 已结案, 败诉,
 * 已超期), and the short names of its deadlines in a table cell. Pure, so the list page only wires it to the URL.
 */
import { yearOf } from '../dates';
import { isOverdue, type Deadline } from '../deadline';
import { isLost } from './counts';
import type { LitigationDeadlineKind } from './deadlines';
import type { DefendantKind, LitigationCase, LitigationOutcome } from './types';

export const LITIGATION_LIST_STATES = ['open', 'defence', 'appeal', 'concluded', 'lost', 'overdue'] as const;
export type LitigationListState = (typeof LITIGATION_LIST_STATES)[number];
export const LITIGATION_LIST_STATE_LABELS: Record<LitigationListState, string> = {
  open: '审理中',
  defence: '待答辩',
  appeal: '待决定上诉',
  concluded: '已结案',
  lost: '败诉',
  overdue: '已超期',
};

/** The short name of a deadline in a list cell (the record page words it in full). */
export const LITIGATION_DEADLINE_SHORT: Record<LitigationDeadlineKind, string> = { defence: '答辩', appeal: '上诉', hearing: '开庭' };

export interface LitigationListFilter {
  /** Lower-case search text. */
  q?: string;
  court?: string;
  kind?: DefendantKind;
  year?: number;
  outcome?: LitigationOutcome;
  category?: string;
  state?: LitigationListState;
}

/** What the search box looks in: 案号, 原告, 被告, 共同被告, 第三人, 被诉行政行为 and its 文号, 承办人, 代理人. */
export function litigationSearchText(c: LitigationCase): string {
  return [c.caseNo, c.plaintiff, c.defendant, c.coDefendant, c.thirdParty, c.actName, c.actDocNo, c.handler, c.counsel].join('\n').toLowerCase();
}

/**
 * An appeal period that ran out with no decision recorded: the decision became final, nothing is left to decide, so
 * it is neither 待决定上诉 nor 已超期 (and 待办 leaves it out); the record page asks for the decision to be recorded.
 */
export function lapsedAppeal(d: Deadline<LitigationDeadlineKind>): boolean {
  return d.kind === 'appeal' && d.state === 'open' && d.daysLeft !== null && d.daysLeft < 0;
}

const running = (deadlines: readonly Deadline<LitigationDeadlineKind>[], kind: LitigationDeadlineKind) =>
  deadlines.some((d) => d.kind === kind && d.state === 'open' && !lapsedAppeal(d));

/** Whether the case is in the given state; `deadlines` are the case's (litigationDeadlines). */
export function inListState(
  c: LitigationCase,
  deadlines: readonly Deadline<LitigationDeadlineKind>[],
  state: LitigationListState,
  lossOutcomes: readonly LitigationOutcome[],
): boolean {
  switch (state) {
    case 'open':
      return !c.concludedDate;
    case 'defence':
      return running(deadlines, 'defence');
    case 'appeal':
      return running(deadlines, 'appeal');
    case 'concluded':
      return !!c.concludedDate;
    case 'lost':
      return isLost(c, lossOutcomes);
    case 'overdue':
      return deadlines.some((d) => d.kind !== 'hearing' && isOverdue(d) && !lapsedAppeal(d));
  }
}

export function matchesLitigationFilter(
  c: LitigationCase,
  deadlines: readonly Deadline<LitigationDeadlineKind>[],
  f: LitigationListFilter,
  lossOutcomes: readonly LitigationOutcome[],
  searchText = litigationSearchText(c),
): boolean {
  if (f.q && !searchText.includes(f.q)) return false;
  if (f.court && c.court !== f.court) return false;
  if (f.kind && c.defendantKind !== f.kind) return false;
  if (f.year && yearOf(c.receivedDate) !== f.year) return false;
  if (f.outcome && c.outcome !== f.outcome) return false;
  if (f.category && c.actCategory !== f.category) return false;
  if (f.state && !inListState(c, deadlines, f.state, lossOutcomes)) return false;
  return true;
}

/** The deadlines still running (a lapsed appeal period is not), earliest first, for the list's 期限 column. */
export function runningDeadlines<D extends Deadline<LitigationDeadlineKind>>(deadlines: readonly D[]): D[] {
  return deadlines.filter((d) => d.state === 'open' && d.due && !lapsedAppeal(d)).sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
}
