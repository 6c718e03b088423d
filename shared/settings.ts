import { z } from 'zod';
import { isDateStr } from './dates';
import type { HolidayEntry } from './calendar/types';
import { SEED_HOLIDAYS } from './calendar/holidays';
import { DEFAULT_AGREEMENT_PERIODS, type AgreementPeriods } from './agreements/types';
import { STORED_LITIGATION_SETTINGS } from './litigation/settings-schema';
import { DEFAULT_LITIGATION_SETTINGS, type LitigationSettings } from './litigation/types';
import { DEFAULT_NORMATIVE_PERIODS, type NormativePeriods } from './normative/types';
import { DEFAULT_CORRECTION_RATE, REVIEW_OUTCOMES, type CorrectionRateDefinition } from './review/types';

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

// ——— What a stored settings row may hold (checked on restore, and read defensively at start) ———

const text = (label: string) => z.string({ error: `${label}不是文字` });
const days = (label: string) =>
  z
    .number({ error: `${label}不是数字` })
    .int(`${label}不是整数`)
    .min(0, `${label}不能为负数`)
    .max(3650, `${label}过大`);
const texts = (label: string) => z.array(text(`${label}中的一项`), { error: `${label}不是文字列表` });

/**
 * The stored `app` row: every member of AppSettings, each optional (a backup of an earlier version may lack a later
 * one; mergeSettings gives it its default) but, when present, of the right type. A hand-edited backup whose
 * `operatorName` is an object would otherwise blank every page.
 */
export const STORED_SETTINGS_FIELDS = {
  organNames: z
    .object(
      {
        government: text('复议机关名称'),
        governmentShort: text('政府简称'),
        bureau: text('司法局名称'),
        townLevel: text('镇级称谓'),
        departments: text('部门称谓'),
        caseNoPrefix: text('案号字号'),
      },
      { error: '机关名称不是有效的设置' },
    )
    .partial(),
  correctionRate: z
    .object(
      {
        outcomes: z.array(z.enum(REVIEW_OUTCOMES, { error: '直接纠错的审理结果无效' }), { error: '直接纠错的审理结果不是列表' }),
        denominator: z.enum(['concluded', 'merits', 'accepted'], { error: '直接纠错率的分母无效' }),
        includeCorrectedTermination: z.boolean({ error: '“改正后终止”设置不是“是/否”' }),
      },
      { error: '直接纠错率不是有效的设置' },
    )
    .partial(),
  normativePeriods: z
    .object({ legalityReviewWorkingDays: days('合法性审核期限'), filingDays: days('备案期限') }, { error: '规范性文件期限不是有效的设置' })
    .partial(),
  agreementPeriods: z.object({ reviewWorkingDays: days('行政协议审查期限') }, { error: '行政协议审查期限不是有效的设置' }).partial(),
  litigation: STORED_LITIGATION_SETTINGS,
  holidays: z.array(
    z.object({
      date: z.string({ error: '节假日的日期无效' }).refine(isDateStr, '节假日的日期无效'),
      kind: z.enum(['holiday', 'workday'], { error: '节假日的类型无效' }),
      name: text('节假日名称'),
    }),
    { error: '节假日不是列表' },
  ),
  actCategories: texts('行为类别'),
  fields: texts('管理领域'),
  intakePoints: texts('受理点'),
  operatorName: text('使用人姓名（operatorName）'),
};

const storedAppSettings = z.object(STORED_SETTINGS_FIELDS, { error: '不是有效的设置' }).partial();

/** The remembered import layouts (settings key `importMappings`): layout hash → the confirmed columns. */
const storedImportMappings = z.record(
  z.string(),
  z.object(
    {
      ledger: text('台账类型'),
      columns: z.array(z.string().nullable(), { error: '列的对应关系无效' }),
      savedAt: text('保存时间'),
    },
    { error: '不是有效的导入列对应' },
  ),
  { error: '不是有效的导入列对应' },
);

/** Every settings row the app stores, by key: a restore refuses any other key and any value of the wrong shape. */
export const SETTINGS_ROWS: Readonly<Record<string, { label: string; schema: z.ZodType }>> = {
  app: { label: '设置', schema: storedAppSettings },
  importMappings: { label: '导入列对应', schema: storedImportMappings },
};

/** The problem with a stored settings row's value, in Chinese (naming the setting), or null. */
export function settingsValueProblem(key: string, value: unknown): string | null {
  const row = SETTINGS_ROWS[key];
  if (!row) return `是本程序不认识的设置项“${key}”`;
  const result = row.schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const index = issue.path.find((p) => typeof p === 'number');
  const item = typeof index === 'number' ? `（第${index + 1}项）` : '';
  return `中的${issue.message}${item}`;
}

/**
 * The stored `app` row as the app can use it: each member that is of the wrong type is dropped (and so gets its
 * default), so that a bad value already in the database cannot stop every page from showing.
 */
export function usableStoredSettings(stored: unknown): Partial<AppSettings> {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(STORED_SETTINGS_FIELDS)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value !== undefined && (schema as z.ZodType).safeParse(value).success) out[key] = value;
  }
  return out as Partial<AppSettings>;
}
