import type { DateStr } from '../dates';
import type { BaseRecord } from '../record';

/** 审级 */
export type LitigationInstance = 'first' | 'second' | 'retrial';
export const LITIGATION_INSTANCES: LitigationInstance[] = ['first', 'second', 'retrial'];
export const INSTANCE_LABELS: Record<LitigationInstance, string> = { first: '一审', second: '二审', retrial: '再审' };

export type PlaintiffType = 'natural' | 'organization';
export const PLAINTIFF_TYPES: PlaintiffType[] = ['natural', 'organization'];
export const PLAINTIFF_TYPE_LABELS: Record<PlaintiffType, string> = { natural: '自然人', organization: '法人或其他组织' };

/** Who the defendant is: the city government itself, one of its departments, or a town. */
export type DefendantKind = 'government' | 'department' | 'town';
export const DEFENDANT_KINDS: DefendantKind[] = ['government', 'department', 'town'];
export const DEFENDANT_KIND_LABELS: Record<DefendantKind, string> = {
  government: '市政府',
  department: '市政府部门',
  town: '镇（区、街道）',
};

/** 结案方式: how the court closed the case (judgments, rulings, 调解, 其他). */
export const LITIGATION_OUTCOMES = [
  'dismissClaim',
  'revoke',
  'partialRevoke',
  'orderPerform',
  'confirmIllegal',
  'confirmInvalid',
  'alter',
  'payment',
  'agreementPerform',
  'appealDismissed',
  'dismissSuit',
  'withdrawVoluntary',
  'withdrawAfterChange',
  'terminate',
  'remand',
  'mediation',
  'other',
] as const;
export type LitigationOutcome = (typeof LITIGATION_OUTCOMES)[number];

export const LITIGATION_OUTCOME_LABELS: Record<LitigationOutcome, string> = {
  dismissClaim: '判决驳回诉讼请求',
  revoke: '判决撤销',
  partialRevoke: '判决部分撤销',
  orderPerform: '判决责令履行',
  confirmIllegal: '判决确认违法',
  confirmInvalid: '判决确认无效',
  alter: '判决变更',
  payment: '判决给付',
  agreementPerform: '判决履行行政协议或补偿',
  appealDismissed: '判决驳回上诉、维持原判',
  dismissSuit: '裁定驳回起诉',
  withdrawVoluntary: '裁定准许撤诉（原告主动撤诉）',
  withdrawAfterChange: '裁定准许撤诉（被告改变行政行为）',
  terminate: '裁定终结诉讼',
  remand: '裁定发回重审',
  mediation: '调解',
  other: '其他',
};

/** Whether a 结案方式 is a 判决 (appeal within 15 days), a 裁定 (10 days) or neither. */
export type OutcomeForm = 'judgment' | 'ruling' | 'none';
export function outcomeForm(o: LitigationOutcome): OutcomeForm {
  if (['dismissSuit', 'withdrawVoluntary', 'withdrawAfterChange', 'terminate', 'remand'].includes(o)) return 'ruling';
  if (o === 'mediation' || o === 'other') return 'none';
  return 'judgment';
}

/** The judgments counted as 败诉 by default (domain.md §5); a setting, and each case may override it. */
export const DEFAULT_LOSS_OUTCOMES: LitigationOutcome[] = [
  'revoke',
  'partialRevoke',
  'confirmIllegal',
  'confirmInvalid',
  'alter',
  'orderPerform',
  'payment',
];

/** 本方是否上诉 after a first-instance decision. */
export type AppealDecision = 'appealed' | 'notAppealed';
export const APPEAL_DECISIONS: AppealDecision[] = ['appealed', 'notAppealed'];
export const APPEAL_DECISION_LABELS: Record<AppealDecision, string> = { appealed: '已上诉', notAppealed: '不上诉' };

/** One hearing (开庭): a scheduled one is dated later than today and has no appearance recorded yet. */
export interface Hearing {
  id: string;
  date: DateStr;
  /** 行政机关负责人出庭 */
  headAppeared: boolean;
  /** 出庭负责人 (name and post) */
  headName: string;
  /** Whether anyone appeared for the agency (the 负责人 or a 工作人员 / 代理人). */
  agencyAppeared: boolean;
  note: string;
}

/** 行政诉讼（应诉）案件: one administrative lawsuit at one instance against the city government or one of its agencies. */
export interface LitigationCase extends BaseRecord {
  /** The court's 案号, e.g. （2019）苏1181行初12号 */
  caseNo: string;
  /** litigationCaseNoKey(caseNo): the uniqueness key (index). */
  caseNoKey: string;
  instance: LitigationInstance;
  /** The same dispute's earlier instance (二审 → 一审; 再审 → 一审 or 二审). */
  earlierInstanceId: string | null;
  court: string;
  plaintiff: string;
  plaintiffType: PlaintiffType;
  plaintiffCount: number;
  /** 被告 (the agency). */
  defendant: string;
  defendantKind: DefendantKind;
  /** 共同被告, e.g. the 复议机关 after a 复议维持 decision. */
  coDefendant: string;
  /** The 行政复议 case whose decision made the 复议机关 a co-defendant. */
  reviewCaseId: string | null;
  thirdParty: string;
  /** 被诉行政行为 */
  actName: string;
  actDocNo: string;
  actDate: DateStr | null;
  actCategory: string;
  field: string;
  claims: string;
  compensationClaimed: boolean;
  /** 收到应诉通知书日期（或立案日期）: the day the case counts as 受理. */
  receivedDate: DateStr;
  /** 答辩状及证据提交日期 */
  defenceDate: DateStr | null;
  hearings: Hearing[];
  concludedDate: DateStr | null;
  outcome: LitigationOutcome | null;
  /** 裁判文书送达日期: the appeal period runs from it. */
  servedDate: DateStr | null;
  appealDecision: AppealDecision | null;
  /** null: 是否败诉 follows the outcome (the setting); true/false: set by hand, with the reason. */
  lostOverride: boolean | null;
  lostOverrideReason: string;
  /** 司法建议 received (its content; empty = none). */
  judicialSuggestion: string;
  handler: string;
  /** 代理律师 / 法律顾问 */
  counsel: string;
  note: string;
}

export type AppearanceRateKind = 'head' | 'agency';
export const APPEARANCE_RATE_LABELS: Record<AppearanceRateKind, string> = {
  head: '负责人出庭的庭次 ÷ 开庭庭次',
  agency: '行政机关出庭（含工作人员）的庭次 ÷ 开庭庭次',
};

/** 行政应诉 settings (设置 → 行政应诉). */
export interface LitigationSettings {
  /** The local court, e.g. 丹阳市人民法院 (first report sentence). */
  localCourt: string;
  /** The intermediate court, e.g. 镇江市中级人民法院 (second report sentence). */
  intermediateCourt: string;
  /** Which 出庭应诉率 the report prints. */
  reportRate: AppearanceRateKind;
  /** The outcomes counted as 败诉. */
  lossOutcomes: LitigationOutcome[];
}

export const DEFAULT_LITIGATION_SETTINGS: LitigationSettings = {
  localCourt: '丹阳市人民法院',
  intermediateCourt: '镇江市中级人民法院',
  reportRate: 'head',
  lossOutcomes: DEFAULT_LOSS_OUTCOMES,
};
