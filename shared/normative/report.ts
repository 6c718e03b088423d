/**
 * The normative-document sentences of the annual report, in the reference report's wording (丹政发〔2020〕14号):
 *
 * revision: 2019年共完成《丹阳市机动车停车服务收费办法》《丹阳市人民防空管理办法》《丹阳市科创资金管理办法》等3部
 *   规范性文件的重新修订工作。
 * cleanup:  2019年对{清理范围}的85件规范性文件进行了集中清理，确认《丹阳市义务教育学校绩效工资的实施办法》等73件
 *   规范性文件继续有效或延长，《关于市属改制企业参加基本医疗保险的意见》等12件规范性文件宣布失效或废止。
 *
 * The reference report has no sentence with legality-review or filing figures; those two are ours, written in the
 * same style (year first, "共对…进行…", zero parts left out):
 * legality: 2019年共对N件规范性文件草案进行合法性审核，其中合法a件，修改后合法b件，不合法c件。
 * filing:   2019年共对{townLevel}、{departments}报备的N件规范性文件进行备案审查，按时报备率R，予以备案a件，不予备案b件，
 *   补充修改后重报c件，发现问题p件，已纠正q件。
 * Each sentence is null when its year has nothing to report.
 */
import type { OrganNames } from '../settings';
import type { NormativeYearFigures } from './counts';
import { FILING_RESULT_LABELS, LEGALITY_OPINION_LABELS, type FilingResult, type LegalityOpinion } from './types';

export interface NormativeReportSentences {
  revision: string | null;
  legality: string | null;
  filing: string | null;
  cleanup: string | null;
}

/** Titles are stored without 《》; a clerk may have typed them anyway. */
const book = (title: string) => `《${title.trim().replace(/^《/, '').replace(/》$/, '')}》`;

const MAX_REVISION_TITLES = 3;

/**
 * Revision: at most three titles, then "等N部"; a single revision reads "《A》1部" (no 等); without titles
 * "共完成N部规范性文件的重新修订工作".
 */
function revisionSentence(f: NormativeYearFigures): string | null {
  const n = f.issued.revised;
  if (n === 0) return null;
  const titles = f.issued.revisedTitles.slice(0, MAX_REVISION_TITLES).map(book).join('');
  const named = titles ? (n === 1 ? `${titles}1部` : `${titles}等${n}部`) : `${n}部`;
  return `${f.year}年共完成${named}规范性文件的重新修订工作。`;
}

const OPINIONS: LegalityOpinion[] = ['legal', 'legalAfterChanges', 'illegal'];

/** Legality: opinions with zero reviews left out; reviews without an opinion as "未录入审核意见N件". */
function legalitySentence(f: NormativeYearFigures): string | null {
  const l = f.legality;
  if (l.reviewed === 0) return null;
  const parts = OPINIONS.filter((o) => l.byOpinion[o] > 0).map((o) => `${LEGALITY_OPINION_LABELS[o]}${l.byOpinion[o]}件`);
  if (l.opinionMissing > 0) parts.push(`未录入审核意见${l.opinionMissing}件`);
  return `${f.year}年共对${l.reviewed}件规范性文件草案进行合法性审核，其中${parts.join('，')}。`;
}

const FILING_RESULTS: FilingResult[] = ['filed', 'notFiled', 'resubmit'];

/**
 * Filing: the organs are OrganNames.townLevel and .departments joined by "、" (an empty one is left out; both
 * empty: "共对报备的N件…"); the on-time rate is always printed (N > 0); results with zero filings are left out,
 * filings without a result yet print as "正在审查N件"; "发现问题p件，已纠正q件" only when p > 0, and then q is printed
 * even when 0 (the reader must see that nothing was corrected).
 */
function filingSentence(f: NormativeYearFigures, organs: OrganNames): string | null {
  const r = f.filing;
  if (r.filed === 0) return null;
  const who = [organs.townLevel, organs.departments]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('、');
  const clauses = [`${f.year}年共对${who}报备的${r.filed}件规范性文件进行备案审查`];
  if (r.onTimeRate !== null) clauses.push(`按时报备率${r.onTimeRate}`);
  for (const res of FILING_RESULTS) if (r.byResult[res] > 0) clauses.push(`${FILING_RESULT_LABELS[res]}${r.byResult[res]}件`);
  if (r.resultPending > 0) clauses.push(`正在审查${r.resultPending}件`);
  if (r.problemsFound > 0) clauses.push(`发现问题${r.problemsFound}件`, `已纠正${r.corrected}件`);
  return `${clauses.join('，')}。`;
}

/** "《A》等N件规范性文件", "《A》1件规范性文件" or, without a title, "N件规范性文件". */
function group(title: string | null, n: number): string {
  if (!title) return `${n}件规范性文件`;
  return n === 1 ? `${book(title)}1件规范性文件` : `${book(title)}等${n}件规范性文件`;
}

/**
 * Cleanup:
 * - one batch with a scope: "Y年对{scope}的N件规范性文件进行了集中清理"; a scope ending in "的" loses it (no "的的"),
 *   a scope ending in "规范性文件" reads "Y年对{scope}共N件进行了集中清理";
 * - several batches, or no scope: "Y年共对N件规范性文件进行了集中清理";
 * - then "确认{继续有效或延长 group}，{失效或废止 group}，N件规范性文件予以修改": a zero group is left out, and "确认"
 *   goes before whichever group comes first; items without a result (data problem) as "N件未录入清理结果".
 */
function cleanupSentence(f: NormativeYearFigures): string | null {
  const c = f.cleanup;
  if (c.batches === 0 || c.documents === 0) return null;
  const scope = (c.scope ?? '').trim().replace(/的$/, '');
  let opening: string;
  if (!scope) opening = `${f.year}年共对${c.documents}件规范性文件进行了集中清理`;
  else if (scope.endsWith('规范性文件')) opening = `${f.year}年对${scope}共${c.documents}件进行了集中清理`;
  else opening = `${f.year}年对${scope}的${c.documents}件规范性文件进行了集中清理`;
  const groups: string[] = [];
  if (c.continuedOrExtended > 0) groups.push(`${group(c.firstContinuedOrExtendedTitle, c.continuedOrExtended)}继续有效或延长`);
  if (c.repealedOrExpired > 0) groups.push(`${group(c.firstRepealedOrExpiredTitle, c.repealedOrExpired)}宣布失效或废止`);
  if (groups.length > 0) groups[0] = `确认${groups[0]}`;
  if (c.amended > 0) groups.push(`${c.amended}件规范性文件予以修改`);
  if (c.resultMissing > 0) groups.push(`${c.resultMissing}件未录入清理结果`);
  return `${[opening, ...groups].join('，')}。`;
}

export function normativeReportSentences(f: NormativeYearFigures, organs: OrganNames): NormativeReportSentences {
  return {
    revision: revisionSentence(f),
    legality: legalitySentence(f),
    filing: filingSentence(f, organs),
    cleanup: cleanupSentence(f),
  };
}
