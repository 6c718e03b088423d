/** The 行政应诉 sheet of the year-end workbook: its columns (a contract with the import) and one case's row. */
import type { YearSheetContext } from '../ledgers/definition';
import type { LedgerCell, LedgerColumn } from '../ledger-columns';
import { isLost } from './counts';
import {
  APPEAL_DECISION_LABELS,
  DEFENDANT_KIND_LABELS,
  INSTANCE_LABELS,
  LITIGATION_OUTCOME_LABELS,
  PLAINTIFF_TYPE_LABELS,
  type LitigationCase,
} from './types';

const text = (header: string): LedgerColumn => ({ header, kind: 'text' });
const date = (header: string): LedgerColumn => ({ header, kind: 'date' });
const number = (header: string): LedgerColumn => ({ header, kind: 'number' });

export const LITIGATION_COLUMNS: readonly LedgerColumn[] = [
  text('案号'),
  text('审级'),
  text('前审案号'),
  text('法院'),
  text('原告'),
  text('原告类型'),
  number('原告人数'),
  text('被告'),
  text('被告类别'),
  text('共同被告'),
  text('关联复议案号'),
  text('第三人'),
  text('被诉行政行为'),
  text('行为文号'),
  date('行为作出日期'),
  text('行为类别'),
  text('管理领域'),
  text('诉讼请求'),
  text('一并请求行政赔偿'),
  date('收到应诉通知书日期'),
  date('答辩状及证据提交日期'),
  text('开庭日期'),
  text('负责人出庭'),
  text('出庭负责人'),
  text('机关出庭'),
  date('结案日期'),
  text('结案方式'),
  date('裁判文书送达日期'),
  text('是否上诉'),
  text('是否败诉'),
  text('败诉认定理由'),
  text('司法建议'),
  text('承办人'),
  text('代理律师/法律顾问'),
  text('备注'),
];

/** 是/否 per hearing, joined: "是；否" for two hearings. */
const perHearing = (c: LitigationCase, pick: (h: LitigationCase['hearings'][number]) => string) => c.hearings.map(pick).join('；');

/** One case's row; the 败诉 outcomes of 设置 decide 是否败诉 where the case has no finding of its own. */
export function litigationRow(c: LitigationCase, x: YearSheetContext): LedgerCell[] {
  const lossOutcomes = x.settings.litigation.lossOutcomes;
  return [
    c.caseNo,
    INSTANCE_LABELS[c.instance] ?? '',
    c.earlierInstanceId ? x.titleOf('litigationCases', c.earlierInstanceId) : '',
    c.court,
    c.plaintiff,
    PLAINTIFF_TYPE_LABELS[c.plaintiffType] ?? '',
    c.plaintiffCount,
    c.defendant,
    DEFENDANT_KIND_LABELS[c.defendantKind] ?? '',
    c.coDefendant,
    c.reviewCaseId ? x.titleOf('reviewCases', c.reviewCaseId) : '',
    c.thirdParty,
    c.actName,
    c.actDocNo,
    c.actDate,
    c.actCategory,
    c.field,
    c.claims,
    c.compensationClaimed ? '是' : '否',
    c.receivedDate || null,
    c.defenceDate,
    perHearing(c, (h) => h.date),
    perHearing(c, (h) => (h.headAppeared ? '是' : '否')),
    perHearing(c, (h) => h.headName),
    perHearing(c, (h) => (h.agencyAppeared ? '是' : '否')),
    c.concludedDate,
    c.outcome ? LITIGATION_OUTCOME_LABELS[c.outcome] : '',
    c.servedDate,
    c.appealDecision ? APPEAL_DECISION_LABELS[c.appealDecision] : '',
    c.concludedDate ? (isLost(c, lossOutcomes) ? '是' : '否') : '',
    c.lostOverrideReason,
    c.judicialSuggestion,
    c.handler,
    c.counsel,
    c.note,
  ];
}
