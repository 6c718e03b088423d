/**
 * The report's 行政应诉 sentences, in the reference wording (丹阳市 2019 annual report):
 * "2019年，丹阳市人民法院共受理行政诉讼101件，结案110件（含2018年结转），开庭审理70件，行政机关败诉14件。
 *  镇江市中级人民法院受理以丹阳市人民政府为被告的行政诉讼案件共64件，其中已审结23件，出庭应诉率100%。"
 * Court names from 设置 → 行政应诉, the government's name from 设置 → 机关名称.
 */
import type { OrganNames } from '../settings';
import type { LitigationYearFigures } from './counts';

/** The local court's sentence; "（含Y-1年结转）" only when cases of earlier years were concluded in Y. */
export function localCourtSentence(f: LitigationYearFigures): string {
  const s = f.local;
  const carried = s.concludedCarriedOver > 0 ? `（含${f.year - 1}年结转）` : '';
  return `${f.year}年，${f.localCourt}共受理行政诉讼${s.received}件，结案${s.concluded}件${carried}，开庭审理${s.heard}件，行政机关败诉${s.lost}件。`;
}

/** The intermediate court's sentence about the government as defendant; the rate is the one 设置 chooses. */
export function intermediateCourtSentence(f: LitigationYearFigures, organs: OrganNames): string {
  const s = f.governmentIntermediate;
  const rate = f.reportRate === 'head' ? s.headRate : s.agencyRate;
  const rateText = rate === null ? '' : `，出庭应诉率${rate}`;
  return `${f.intermediateCourt}受理以${organs.government}为被告的行政诉讼案件共${s.received}件，其中已审结${s.receivedAndConcluded}件${rateText}。`;
}

/**
 * The paragraph: each court's sentence when that court has something to report (a sentence of noughts, "共0件，其中已审结0件",
 * is not written into a report), none when the year has no case at all.
 */
export function litigationReportSentences(f: LitigationYearFigures, organs: OrganNames): string[] {
  const a = f.all;
  if (a.received + a.concluded + a.carryIn + a.hearings === 0) return [];
  const l = f.local;
  const g = f.governmentIntermediate;
  const out: string[] = [];
  if (l.received + l.concluded + l.heard + l.lost > 0) out.push(localCourtSentence(f));
  if (g.received + g.receivedAndConcluded > 0) out.push(intermediateCourtSentence(f, organs));
  return out;
}
