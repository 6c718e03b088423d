/**
 * The review-case sentence of the annual report (domain.md §4), in the
 * reference report's own wording (丹政发〔2020〕14号):
 *
 * 2019年，丹阳市人民政府共收到行政复议申请37件，受理34件，审结30件（含2018年结转N件），
 * 审理结果为维持9件，驳回3件，撤销3件，调解1件，终止14件，行政复议直接纠错率10%，
 * 发出行政复议意见书1份，行政复议建议书2份。
 */
import type { OrganNames } from '../settings';
import type { ReviewYearFigures } from './counts';
import { OUTCOME_LABELS, REVIEW_OUTCOMES, type ReviewOutcome } from './types';

/** The report merges 驳回复议请求 and 驳回申请 into one "驳回" item, placed where 驳回复议请求 sits. */
const MERGED_DISMISSALS: readonly ReviewOutcome[] = ['dismissClaim', 'dismissApplication'];
const DISMISS_LABEL = '驳回';
/** Wording for cases concluded without a recorded outcome (a data problem; see counts.ts). */
const MISSING_OUTCOME_LABEL = '未录入结果';

/** "维持9件，驳回3件，…" — zero counts left out, in REVIEW_OUTCOMES order. */
export function outcomeItems(f: ReviewYearFigures): string[] {
  const items: string[] = [];
  for (const outcome of REVIEW_OUTCOMES) {
    if (outcome === 'dismissApplication') continue; // merged into dismissClaim's item
    if (outcome === 'dismissClaim') {
      const n = MERGED_DISMISSALS.reduce((sum, o) => sum + f.outcomes[o], 0);
      if (n > 0) items.push(`${DISMISS_LABEL}${n}件`);
      continue;
    }
    const n = f.outcomes[outcome];
    if (n > 0) items.push(`${OUTCOME_LABELS[outcome]}${n}件`);
  }
  if (f.outcomeMissing > 0) items.push(`${MISSING_OUTCOME_LABEL}${f.outcomeMissing}件`);
  return items;
}

/**
 * Rules (domain.md §4, plus the choices documented here):
 * - 收到 / 受理 / 审结 are always printed, even when 0, unless all three are 0:
 *   then only "共收到行政复议申请0件" is printed (no 受理0件，审结0件).
 * - "（含Y-1年结转N件）" only when N > 0.
 * - "审理结果为…" lists non-zero outcomes; 驳回复议请求 + 驳回申请 print as one "驳回".
 *   Cases concluded without an outcome print as "未录入结果N件" so the items still add
 *   up to 审结 and the clerk sees the gap in the draft.
 * - "行政复议直接纠错率R" only when the rate's denominator is not 0.
 * - "发出行政复议意见书N份，行政复议建议书M份": a zero kind is left out; both zero, the
 *   whole clause is left out. Letters are printed even in a year with no cases.
 * - An empty government name drops the organ: "2019年，共收到…".
 */
export function reviewReportSentence(f: ReviewYearFigures, organs: OrganNames): string {
  const organ = organs.government.trim();
  const clauses: string[] = [];

  clauses.push(`${f.year}年，${organ}共收到行政复议申请${f.received}件`);
  const anyCases = f.received > 0 || f.accepted > 0 || f.concluded > 0;
  if (anyCases) {
    clauses.push(`受理${f.accepted}件`);
    const carried = f.concludedCarriedOver > 0 ? `（含${f.carryOverFromYear}年结转${f.concludedCarriedOver}件）` : '';
    clauses.push(`审结${f.concluded}件${carried}`);
    const items = outcomeItems(f);
    if (items.length > 0) clauses.push(`审理结果为${items.join('，')}`);
  }
  if (f.correction.denominator > 0 && f.correction.rate !== null) {
    clauses.push(`行政复议直接纠错率${f.correction.rate}`);
  }

  const letters: string[] = [];
  if (f.opinionLetters > 0) letters.push(`行政复议意见书${f.opinionLetters}份`);
  if (f.suggestionLetters > 0) letters.push(`行政复议建议书${f.suggestionLetters}份`);
  if (letters.length > 0) clauses.push(`发出${letters.join('，')}`);

  return `${clauses.join('，')}。`;
}
