import type { HolidayEntry } from './calendar/types';
import { SEED_HOLIDAYS } from './calendar/holidays';
import { DEFAULT_CORRECTION_RATE, type CorrectionRateDefinition } from './review/types';

/** Names used in the report's sentences (domain.md §4: organ names are settings). */
export interface OrganNames {
  /** 复议机关, e.g. 丹阳市人民政府 */
  government: string;
  /** e.g. 丹阳市司法局 */
  bureau: string;
  /** The 案号 prefix, e.g. 丹政复 → 丹政复〔2019〕12号 */
  caseNoPrefix: string;
}

export interface AppSettings {
  organNames: OrganNames;
  correctionRate: CorrectionRateDefinition;
  holidays: HolidayEntry[];
  actCategories: string[];
  fields: string[];
  intakePoints: string[];
  /** Who is recording, written into every timeline step and change-log entry. */
  operatorName: string;
}

export const DEFAULT_ACT_CATEGORIES = [
  '行政处罚',
  '行政强制',
  '行政许可',
  '行政征收',
  '行政确认',
  '行政确权',
  '政府信息公开',
  '举报投诉处理',
  '行政不作为',
  '行政协议',
  '行政赔偿',
  '工伤认定',
  '其他',
];

export const DEFAULT_FIELDS = [
  '公安',
  '市场监管',
  '自然资源',
  '住建',
  '人社',
  '交通运输',
  '生态环境',
  '农业农村',
  '乡镇',
  '其他',
];

export const DEFAULT_SETTINGS: AppSettings = {
  organNames: { government: '丹阳市人民政府', bureau: '丹阳市司法局', caseNoPrefix: '丹政复' },
  correctionRate: DEFAULT_CORRECTION_RATE,
  holidays: SEED_HOLIDAYS,
  actCategories: DEFAULT_ACT_CATEGORIES,
  fields: DEFAULT_FIELDS,
  intakePoints: ['市司法局'],
  operatorName: '',
};
