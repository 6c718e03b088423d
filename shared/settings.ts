import type { HolidayEntry } from './calendar/types';
import { SEED_HOLIDAYS } from './calendar/holidays';
import { DEFAULT_AGREEMENT_PERIODS, type AgreementPeriods } from './agreements/types';
import { DEFAULT_LITIGATION_SETTINGS, type LitigationSettings } from './litigation/types';
import { DEFAULT_NORMATIVE_PERIODS, type NormativePeriods } from './normative/types';
import { DEFAULT_CORRECTION_RATE, type CorrectionRateDefinition } from './review/types';

/** Names used in the report's sentences (domain.md §4: organ names are settings). */
export interface OrganNames {
  /** 复议机关, e.g. 丹阳市人民政府 */
  government: string;
  /** How the report names the government in running text, e.g. 市政府 (以市政府名义…). */
  governmentShort: string;
  /** How the report names the bureau, e.g. 市司法局 */
  bureau: string;
  /** The town-level wording, e.g. 镇（区、街道） */
  townLevel: string;
  /** The departments' wording, e.g. 市政府组成部门 */
  departments: string;
  /** The 案号 prefix, e.g. 丹政复 → 丹政复〔2019〕12号 */
  caseNoPrefix: string;
}

export interface AppSettings {
  organNames: OrganNames;
  correctionRate: CorrectionRateDefinition;
  normativePeriods: NormativePeriods;
  agreementPeriods: AgreementPeriods;
  /** 行政应诉: court names, the 败诉 outcomes, which 出庭应诉率 the report prints. */
  litigation: LitigationSettings;
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

export const DEFAULT_FIELDS = ['公安', '市场监管', '自然资源', '住建', '人社', '交通运输', '生态环境', '农业农村', '乡镇', '其他'];

export const DEFAULT_SETTINGS: AppSettings = {
  organNames: {
    government: '丹阳市人民政府',
    governmentShort: '市政府',
    bureau: '市司法局',
    townLevel: '镇（区、街道）',
    departments: '市政府组成部门',
    caseNoPrefix: '丹政复',
  },
  normativePeriods: DEFAULT_NORMATIVE_PERIODS,
  agreementPeriods: DEFAULT_AGREEMENT_PERIODS,
  litigation: DEFAULT_LITIGATION_SETTINGS,
  correctionRate: DEFAULT_CORRECTION_RATE,
  holidays: SEED_HOLIDAYS,
  actCategories: DEFAULT_ACT_CATEGORIES,
  fields: DEFAULT_FIELDS,
  intakePoints: ['市司法局'],
  operatorName: '',
};
