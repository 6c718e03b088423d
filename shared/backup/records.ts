import { isDateStr } from '../dates';

/**
 * What a restored row must look like, table by table. Deliberately a shape check, not the
 * forms' validators: those judge a clerk's input against today's rules (dates not after today,
 * required texts), and a backup must restore the records exactly as they were kept, even ones
 * entered under older rules. What is checked here is what the app relies on to work at all:
 * ids, timestamps, the soft-delete flag and the dates that deadlines and year figures are computed from.
 */

export interface TableRule {
  /** The ledger's name as the clerk knows it. */
  label: string;
  kind: 'record' | 'changeLog' | 'settings';
  requiredDates?: Record<string, string>;
  optionalDates?: Record<string, string>;
  /** Array fields whose items carry dates, e.g. a case's timeline. */
  lists?: Record<string, { label: string; requiredDates?: Record<string, string>; optionalDates?: Record<string, string> }>;
}

export const TABLE_RULES: Record<string, TableRule> = {
  reviewCases: {
    label: '行政复议案件',
    kind: 'record',
    requiredDates: { receivedDate: '收到日期' },
    optionalDates: {
      actDate: '被申请行为日期',
      correctionRequestDate: '补正通知日期',
      correctionReturnedDate: '补正材料收到日期',
      acceptedDate: '受理日期',
      nonAcceptanceDate: '不予受理（告知、撤回）日期',
      hearingDate: '听证日期',
      concludedDate: '审结日期',
    },
    lists: { events: { label: '办理过程', requiredDates: { date: '日期' } } },
  },
  reviewLetters: {
    label: '意见书/建议书',
    kind: 'record',
    requiredDates: { issueDate: '发出日期' },
    optionalDates: { answerDate: '反馈日期' },
  },
  normativeDocuments: {
    label: '规范性文件',
    kind: 'record',
    requiredDates: { publishDate: '公布日期', expiryDate: '有效期至' },
    optionalDates: { effectiveDate: '施行日期', statedExpiry: '文件载明的有效期' },
    lists: { history: { label: '文件历史', requiredDates: { date: '日期' } } },
  },
  legalityReviews: {
    label: '合法性审核',
    kind: 'record',
    requiredDates: { submittedDate: '送审日期' },
    optionalDates: { completedDate: '审核完成日期', publishDate: '公布日期' },
  },
  filingReviews: {
    label: '备案审查',
    kind: 'record',
    requiredDates: { publishDate: '公布日期', filedDate: '报备日期' },
  },
  cleanupBatches: {
    label: '规范性文件清理',
    kind: 'record',
    requiredDates: { completedDate: '清理完成日期' },
    lists: { items: { label: '清理结果', optionalDates: { newExpiry: '新的有效期' } } },
  },
  agreementReviews: {
    label: '行政协议审查',
    kind: 'record',
    requiredDates: { receivedDate: '收到日期' },
    optionalDates: { opinionDate: '出具意见日期' },
  },
  changeLog: { label: '修改记录', kind: 'changeLog' },
  settings: { label: '设置', kind: 'settings' },
};

export function tableLabel(table: string): string {
  return TABLE_RULES[table]?.label ?? table;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function checkDates(
  row: Record<string, unknown>,
  required: Record<string, string> | undefined,
  optional: Record<string, string> | undefined,
  where: string,
): string | null {
  for (const [field, label] of Object.entries(required ?? {})) {
    if (!isDateStr(row[field])) return `${where}的${label}缺失或不是有效日期`;
  }
  for (const [field, label] of Object.entries(optional ?? {})) {
    const v = row[field];
    if (v !== null && v !== undefined && !isDateStr(v)) return `${where}的${label}不是有效日期`;
  }
  return null;
}

/**
 * The problem with one row, in Chinese, or null. `keyPath` is the table's primary key in the
 * database (null for tables keyed outside the row); `position` is 1-based for the message.
 */
export function rowProblem(table: string, row: unknown, position: number, keyPath: string | null): string | null {
  const label = tableLabel(table);
  const where = `「${label}」第${position}条记录`;
  if (!isObject(row)) return `${where}不是有效的记录`;
  const rule = TABLE_RULES[table];
  if (!rule) {
    if (keyPath && !(typeof row[keyPath] === 'string' || typeof row[keyPath] === 'number')) return `${where}缺少编号`;
    return null;
  }
  switch (rule.kind) {
    case 'settings':
      return nonEmptyString(row.key) ? null : `${where}缺少设置项名称`;
    case 'changeLog': {
      if (!Number.isInteger(row.seq) || (row.seq as number) < 1) return `${where}的序号无效`;
      if (!nonEmptyString(row.at) || Number.isNaN(Date.parse(row.at))) return `${where}的时间无效`;
      if (!nonEmptyString(row.table) || !nonEmptyString(row.recordId) || !nonEmptyString(row.action)) {
        return `${where}缺少数据表、记录编号或操作类型`;
      }
      return null;
    }
    case 'record': {
      if (!nonEmptyString(row.id)) return `${where}缺少编号（id）`;
      const named = `${where}（编号 ${row.id}）`;
      if (!nonEmptyString(row.createdAt) || !nonEmptyString(row.updatedAt)) return `${named}缺少创建或修改时间`;
      if (row.deleted !== 0 && row.deleted !== 1) return `${named}的删除标记无效（应为 0 或 1）`;
      const dateProblem = checkDates(row, rule.requiredDates, rule.optionalDates, named);
      if (dateProblem) return dateProblem;
      for (const [field, list] of Object.entries(rule.lists ?? {})) {
        const items = row[field];
        if (items === undefined || items === null) continue;
        if (!Array.isArray(items)) return `${named}的${list.label}不是列表`;
        for (let i = 0; i < items.length; i++) {
          const item = items[i] as unknown;
          const at = `${named}${list.label}第${i + 1}项`;
          if (!isObject(item)) return `${at}无效`;
          const itemProblem = checkDates(item, list.requiredDates, list.optionalDates, at);
          if (itemProblem) return itemProblem;
        }
      }
      return null;
    }
  }
}
