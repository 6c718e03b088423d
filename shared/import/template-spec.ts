/**
 * The contents of the 导入模板 (one sheet per ledger): a title row, a row of notes explaining each column's allowed
 * values, the header row (exactly templateHeaders) and one sample row. The notes sit ABOVE the header, so the
 * sample row is the only data row: importing the template unchanged imports the samples (a consistent small
 * year: one case accepted and upheld in 2024 with its 意见书, one document with its 合法性审核, 备案 and 清理, one
 * agreement), and a clerk who overwrites the sample row imports only their own rows.
 */
import { AGREEMENT_CATEGORIES, AGREEMENT_OPINION_LABELS, SIGNING_CAPACITY_LABELS } from '../agreements/types';
import { CLEANUP_RESULT_LABELS, DOCUMENT_STATUS_LABELS, FILING_RESULT_LABELS, LEGALITY_OPINION_LABELS } from '../normative/types';
import { OUTCOME_LABELS, REVIEW_OUTCOMES } from '../review/types';
import type { OrganNames } from '../settings';
import { templateHeaders } from './headers';
import { ledgerOfSheet } from '../ledgers/registry';
import { SHEET_KINDS, type SheetKind } from './types';

const DATE_NOTE = '日期，如2024-03-05、2024/3/5、2024年3月5日';
const list = (values: readonly string[]) => values.join(' / ');

/** Per header: what may be written (shown in the note row). */
const NOTES: Record<SheetKind, Record<string, string>> = {
  reviewCases: {
    案号: '必填，如丹政复〔2024〕1号；再次导入时按案号更新',
    申请人: '必填',
    申请人类型: '自然人 / 法人或其他组织（不填按名称推断）',
    被申请人: '必填',
    行为类别: '必填，如行政处罚、政府信息公开',
    管理领域: '必填，如公安、市场监管',
    受理点: '不填为设置中的第一个受理点',
    收到日期: `必填；${DATE_NOTE}`,
    未受理情形: '不予受理 / 告知 / 受理前撤回',
    程序: '普通 / 简易（简易仅2024年起受理的案件）',
    延期日期: '延长30日',
    审理结果: `${list(REVIEW_OUTCOMES.map((o) => OUTCOME_LABELS[o]))}；须同时填审结日期`,
    赔偿: '是 / 否',
    承办人: '必填',
  },
  reviewLetters: {
    文书类型: '意见书 / 建议书',
    文号: '必填；再次导入时按文号更新',
    关联案号: '可不填；填写时须是台账或本文件中的案号',
    发出日期: `必填；${DATE_NOTE}`,
    收文单位: '必填',
  },
  normativeDocuments: {
    文件名称: '必填',
    文号: '必填；制定机关+文号相同的视为同一文件',
    制定机关: '必填',
    公布日期: `必填；${DATE_NOTE}`,
    有效期至: '不填按施行（公布）日期起5年（暂行、试行2年）',
    状态: list(Object.values(DOCUMENT_STATUS_LABELS)),
  },
  legalityReviews: {
    文件名称: '必填；文件名称+送审日期相同的视为同一记录',
    类型: list(['新制定', '重新修订']),
    起草单位: '必填',
    送审日期: `必填；${DATE_NOTE}`,
    审核意见: `${list(Object.values(LEGALITY_OPINION_LABELS))}；须同时填审核完成日期`,
    公布日期: '已公布的，须在规范性文件表（或文件库）中有同名文件，或另加“文号”列',
    承办人: '必填',
  },
  filingReviews: {
    文件名称: '必填；文件名称+报备日期相同的视为同一记录',
    文号: '必填',
    制定机关: '必填',
    报备日期: `必填；${DATE_NOTE}`,
    审查结果: list(Object.values(FILING_RESULT_LABELS)),
    是否纠正: '是 / 否（有发现问题时填写）',
  },
  cleanupItems: {
    清理批次: '必填，如2024年规范性文件清理',
    批次完成日期: '新批次必填',
    文号: '须是文件库或规范性文件表中的文件',
    清理结果: list(Object.values(CLEANUP_RESULT_LABELS)),
  },
  agreementReviews: {
    协议名称: '必填；协议名称+收件日期相同的视为同一记录',
    签订名义: list(Object.values(SIGNING_CAPACITY_LABELS)),
    送审单位: '必填',
    相对方: '必填',
    协议类别: list(AGREEMENT_CATEGORIES),
    '金额（万元）': '数字，单位万元，可不填',
    收件日期: `必填；${DATE_NOTE}`,
    审查意见: `${list(Object.values(AGREEMENT_OPINION_LABELS))}；须同时填出具意见日期`,
    承办人: '必填',
  },
};

type Sample = Record<string, string | number>;

function samples(organs: OrganNames): Record<SheetKind, Sample> {
  const prefix = organs.caseNoPrefix || '丹政复';
  const caseNo = `${prefix}〔2024〕1号`;
  const docTitle = '城市道路管理办法';
  const docNo = '政规〔2024〕1号';
  return {
    reviewCases: {
      案号: caseNo, 申请人: '张三', 申请人类型: '自然人', 被申请人: '市场监督管理局', 行为类别: '行政处罚', 管理领域: '市场监管',
      收到日期: '2024-03-01', 受理日期: '2024-03-06', 程序: '普通', 审结日期: '2024-04-26', 审理结果: '维持', 赔偿: '否', 承办人: '李明', 备注: '导入模板示例',
    },
    reviewLetters: { 文书类型: '意见书', 文号: `${prefix}意〔2024〕1号`, 关联案号: caseNo, 发出日期: '2024-05-10', 收文单位: '市场监督管理局', 反馈日期: '2024-06-20' },
    normativeDocuments: { 文件名称: docTitle, 文号: docNo, 制定机关: organs.government, 公布日期: '2024-02-01', 施行日期: '2024-03-01', 状态: '有效' },
    legalityReviews: {
      文件名称: docTitle, 类型: '新制定', 起草单位: '住房和城乡建设局', 送审日期: '2024-01-08', 审核完成日期: '2024-01-19', 审核意见: '修改后合法',
      公布日期: '2024-02-01', 承办人: '王芳',
    },
    filingReviews: {
      文件名称: '关于加强农村人居环境整治的实施意见', 文号: '云政发〔2024〕3号', 制定机关: '云阳街道办事处', 公布日期: '2024-03-10', 报备日期: '2024-03-25',
      审查结果: '予以备案',
    },
    cleanupItems: { 清理批次: '2024年规范性文件清理', 批次完成日期: '2024-11-30', 文件名称: docTitle, 文号: docNo, 清理结果: '继续有效' },
    agreementReviews: {
      协议名称: '产业园项目投资协议', 签订名义: SIGNING_CAPACITY_LABELS.government, 送审单位: '商务局', 相对方: '某某科技有限公司', 协议类别: '招商引资',
      '金额（万元）': 5000, 收件日期: '2024-04-02', 出具意见日期: '2024-04-10', 审查意见: '修改后签订', 主要问题: '违约责任条款不对等', 承办人: '王芳',
    },
  };
}

export interface TemplateSheet {
  name: string;
  title: string;
  notes: string[];
  headers: string[];
  sample: (string | number)[];
}

/** The template's sheets, in ledger order. */
export function templateSheets(organs: OrganNames): TemplateSheet[] {
  const all = samples(organs);
  return SHEET_KINDS.map((ledger) => {
    const headers = templateHeaders(ledger);
    return {
      name: ledgerOfSheet(ledger).sheet.templateName,
      title: `${ledgerOfSheet(ledger).sheet.templateName}台账（导入模板：第2行为填写说明，第3行为表头，请从第4行起填写，示例行可覆盖或删除）`,
      notes: headers.map((h) => NOTES[ledger][h] ?? (/日期$/.test(h) ? DATE_NOTE : '')),
      headers,
      sample: headers.map((h) => all[ledger][h] ?? ''),
    };
  });
}
