import type { DateStr } from '../dates';
import type { BaseRecord } from '../record';

export type SigningCapacity = 'government' | 'town' | 'department';
export const SIGNING_CAPACITIES: SigningCapacity[] = ['government', 'town', 'department'];
export const SIGNING_CAPACITY_LABELS: Record<SigningCapacity, string> = {
  government: '以市政府名义',
  town: '以镇（区、街道）名义',
  department: '以市政府组成部门名义',
};

export const AGREEMENT_CATEGORIES = [
  '政府和社会资本合作',
  '招商引资',
  '征收补偿',
  '特许经营',
  '建设工程（投资500万元以上）',
  '国有自然资源使用权出让',
  '其他',
] as const;
export type AgreementCategory = (typeof AGREEMENT_CATEGORIES)[number];

export type AgreementOpinion = 'approve' | 'approveAfterChanges' | 'reject';
export const AGREEMENT_OPINIONS: AgreementOpinion[] = ['approve', 'approveAfterChanges', 'reject'];
export const AGREEMENT_OPINION_LABELS: Record<AgreementOpinion, string> = {
  approve: '同意签订',
  approveAfterChanges: '修改后签订',
  reject: '不宜签订',
};

/** 行政协议合法性审查: one agreement checked before signing. */
export interface AgreementReview extends BaseRecord {
  name: string;
  signingCapacity: SigningCapacity;
  /** 送审单位 */
  submittingUnit: string;
  /** 相对方 */
  counterparty: string;
  category: AgreementCategory;
  /** 金额（万元）; null when the agreement states none. */
  amount: number | null;
  receivedDate: DateStr;
  opinionDate: DateStr | null;
  opinion: AgreementOpinion | null;
  problems: string;
  handler: string;
  note: string;
}

export interface AgreementPeriods {
  reviewWorkingDays: number;
}
export const DEFAULT_AGREEMENT_PERIODS: AgreementPeriods = { reviewWorkingDays: 7 };
