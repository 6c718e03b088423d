/** 行政应诉: administrative lawsuits against the city government and its agencies, declared once (shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { linkText } from '../ledgers/history';
import { choices, DATE_NOTE, field, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedBoolean, storedEnum, storedList, storedNumber, storedRecord, storedText } from '../ledgers/stored';
import { LITIGATION_COLUMNS, litigationRow } from './columns';
import { LITIGATION_FIELD_LABELS } from './schema';
import {
  APPEAL_DECISION_LABELS,
  APPEAL_DECISIONS,
  DEFENDANT_KIND_LABELS,
  DEFENDANT_KINDS,
  INSTANCE_LABELS,
  LITIGATION_INSTANCES,
  LITIGATION_OUTCOME_LABELS,
  LITIGATION_OUTCOMES,
  PLAINTIFF_TYPE_LABELS,
  PLAINTIFF_TYPES,
  type Hearing,
  type LitigationCase,
} from './types';

const L = LITIGATION_FIELD_LABELS;

/** Received, concluded or heard in Y, or received by 31 December Y and not concluded by then. */
export function isLitigationOfYear(c: LitigationCase, year: number): boolean {
  const end = yearEnd(year);
  return (
    isInYear(c.receivedDate, year) ||
    isInYear(c.concludedDate, year) ||
    c.hearings.some((h) => isInYear(h.date, year)) ||
    (c.receivedDate <= end && (!c.concludedDate || c.concludedDate > end))
  );
}

/** 修改记录 words for the hearings: one "date（负责人出庭：name）" per hearing. */
export function hearingsText(hearings: readonly Hearing[]): string {
  if (!hearings.length) return '（无）';
  return hearings
    .map((h) => `${h.date}${h.headAppeared ? `（负责人出庭：${h.headName}）` : h.agencyAppeared ? '（机关工作人员出庭）' : ''}`)
    .join('、');
}

const links = { earlierInstanceId: linkText('earlierInstanceId', '已关联前审案件'), reviewCaseId: linkText('reviewCaseId', '已关联复议案件') };

export const litigationLedger = defineLedger<LitigationCase>()({
  table: 'litigationCases',
  indexes: 'id, caseNoKey, receivedDate, concludedDate, court, defendantKind, earlierInstanceId, reviewCaseId, handler, deleted, awaiting, *yearSpan',
  name: '行政应诉',
  labels: LITIGATION_FIELD_LABELS,
  values: {
    instance: INSTANCE_LABELS,
    plaintiffType: PLAINTIFF_TYPE_LABELS,
    defendantKind: DEFENDANT_KIND_LABELS,
    outcome: LITIGATION_OUTCOME_LABELS,
    appealDecision: APPEAL_DECISION_LABELS,
  },
  schema: storedRecord({
    caseNo: storedText(L.caseNo),
    caseNoKey: storedText('案号索引'),
    instance: storedEnum(L.instance, LITIGATION_INSTANCES as [LitigationCase['instance'], ...LitigationCase['instance'][]]),
    earlierInstanceId: storedText(L.earlierInstanceId).nullable(),
    court: storedText(L.court),
    plaintiff: storedText(L.plaintiff),
    plaintiffType: storedEnum(L.plaintiffType, PLAINTIFF_TYPES as [LitigationCase['plaintiffType'], ...LitigationCase['plaintiffType'][]]),
    plaintiffCount: storedNumber(L.plaintiffCount),
    defendant: storedText(L.defendant),
    defendantKind: storedEnum(L.defendantKind, DEFENDANT_KINDS as [LitigationCase['defendantKind'], ...LitigationCase['defendantKind'][]]),
    coDefendant: storedText(L.coDefendant),
    reviewCaseId: storedText(L.reviewCaseId).nullable(),
    thirdParty: storedText(L.thirdParty),
    actName: storedText(L.actName),
    actDocNo: storedText(L.actDocNo),
    actDate: optionalDate(L.actDate),
    actCategory: storedText(L.actCategory),
    field: storedText(L.field),
    claims: storedText(L.claims),
    compensationClaimed: storedBoolean(L.compensationClaimed),
    receivedDate: requiredDate(L.receivedDate),
    defenceDate: optionalDate(L.defenceDate),
    hearings: storedList(L.hearings, {
      id: storedText('开庭编号'),
      date: requiredDate('开庭日期'),
      headAppeared: storedBoolean('负责人出庭'),
      headName: storedText('出庭负责人'),
      agencyAppeared: storedBoolean('机关出庭'),
      note: storedText('开庭备注'),
    }),
    concludedDate: optionalDate(L.concludedDate),
    outcome: storedEnum(L.outcome, LITIGATION_OUTCOMES as unknown as [LitigationCase['outcome'] & string, ...string[]]),
    servedDate: optionalDate(L.servedDate),
    appealDecision: storedEnum(L.appealDecision, APPEAL_DECISIONS as [string, ...string[]]),
    lostOverride: storedBoolean(L.lostOverride),
    lostOverrideReason: storedText(L.lostOverrideReason),
    judicialSuggestion: storedText(L.judicialSuggestion),
    handler: storedText(L.handler),
    counsel: storedText(L.counsel),
    note: storedText(L.note),
  }),
  title: (c) => c.caseNo ?? '',
  searchFields: ['plaintiff', 'defendant', 'coDefendant'],
  route: (id) => `/litigation/${id}`,
  unique: {
    field: 'caseNo',
    candidates: (c) => ({ index: 'caseNoKey', value: c.caseNoKey }),
    clashes: (c, other) => other.caseNoKey === c.caseNoKey && other.id !== c.id,
    savingText: (c, clash) => `案号“${c.caseNo}”已被另一件应诉案件（${clash.court}，原告${clash.plaintiff}）使用`,
    restoringText: (c) => `台账中已有案号为“${c.caseNo}”的应诉案件`,
  },
  references: [
    {
      target: 'litigationCases',
      ids: (c) => (c.earlierInstanceId ? [c.earlierInstanceId] : []),
      index: 'earlierInstanceId',
      requiredOnRestore: false,
      goneText: (c) => `${c.caseNo}的前审案件已不在台账中`,
      holdsText: (c) => `${INSTANCE_LABELS[c.instance]}案件${c.caseNo}关联了它`,
    },
    {
      target: 'reviewCases',
      ids: (c) => (c.reviewCaseId ? [c.reviewCaseId] : []),
      index: 'reviewCaseId',
      requiredOnRestore: false,
      goneText: (c) => `${c.caseNo}关联的复议案件已不在台账中`,
      holdsText: (c) => `应诉案件${c.caseNo}关联了它`,
    },
  ],
  // Open, or concluded with an appeal period to decide on (a first-instance 判决 or 裁定 served, no decision yet).
  awaiting: {
    index: 'awaiting',
    rule: (c) => c.deleted === 0 && (!c.concludedDate || (!!c.servedDate && !c.appealDecision && c.instance !== 'second')),
  },
  inYear: isLitigationOfYear,
  yearSpan: (c) => ({
    dates: [c.receivedDate, c.concludedDate, ...(Array.isArray(c.hearings) ? c.hearings.map((h) => h.date) : [])],
    open: !c.concludedDate,
  }),
  sheet: {
    kind: 'litigationCases',
    sheetName: '行政应诉台账',
    title: '行政应诉案件台账',
    templateName: '行政应诉',
    columns: LITIGATION_COLUMNS,
    fields: [
      field('caseNo', '案号', ['诉讼案号', '法院案号', '案件编号'], REQUIRED),
      field('instance', '审级', ['审理程序', '一审/二审']),
      field('earlierInstanceNo', '前审案号', ['一审案号', '原审案号']),
      field('court', '法院', ['受理法院', '审理法院', '管辖法院']),
      field('plaintiff', '原告', ['原告姓名', '原告名称', '起诉人', '上诉人'], REQUIRED),
      field('plaintiffType', '原告类型', ['原告性质', '原告身份']),
      field('plaintiffCount', '原告人数', ['人数']),
      field('defendant', '被告', ['被告单位', '被告机关', '被诉机关', '被上诉人'], REQUIRED),
      field('defendantKind', '被告类别', ['被告层级', '被告类型']),
      field('coDefendant', '共同被告', ['复议机关（共同被告）']),
      field('reviewCaseNo', '关联复议案号', ['复议案号', '行政复议案号']),
      field('thirdParty', '第三人'),
      field('actName', '被诉行政行为', ['被诉行为', '行政行为', '诉讼标的']),
      field('actDocNo', '行为文号', ['被诉行为文号', '决定书文号']),
      field('actDate', '行为作出日期', ['行为日期', '决定日期']),
      field('actCategory', '行为类别', ['案件类别', '案由', '行政行为类别']),
      field('field', '管理领域', ['领域', '行政管理领域']),
      field('claims', '诉讼请求', ['诉求', '原告诉讼请求']),
      field('compensationClaimed', '一并请求行政赔偿', ['行政赔偿', '是否请求赔偿', '一并赔偿']),
      field('receivedDate', '收到应诉通知书日期', ['收到日期', '立案日期', '应诉通知书收到日期', '收案日期'], REQUIRED),
      field('defenceDate', '答辩状及证据提交日期', ['答辩日期', '提交答辩状日期', '举证日期']),
      field('hearingDates', '开庭日期', ['开庭时间', '庭审日期']),
      field('headAppeared', '负责人出庭', ['行政机关负责人出庭', '负责人是否出庭', '负责人出庭应诉']),
      field('headName', '出庭负责人', ['出庭负责人姓名', '出庭领导']),
      field('agencyAppeared', '机关出庭', ['是否出庭', '出庭应诉', '机关是否出庭']),
      field('concludedDate', '结案日期', ['审结日期', '判决日期', '裁判日期']),
      field('outcome', '结案方式', ['裁判结果', '判决结果', '审理结果', '结案情况']),
      field('servedDate', '裁判文书送达日期', ['送达日期', '判决书送达日期']),
      field('appealDecision', '是否上诉', ['上诉情况']),
      field('lost', '是否败诉', ['败诉', '败诉情况']),
      field('lostOverrideReason', '败诉认定理由', ['认定理由']),
      field('judicialSuggestion', '司法建议', ['司法建议书']),
      field('handler', '承办人', ['经办人', '应诉承办人']),
      field('counsel', '代理律师/法律顾问', ['代理律师', '法律顾问', '代理人', '委托代理人']),
      field('note', '备注', ['说明']),
    ],
    nameHint: /应诉|诉讼/,
    notes: {
      案号: '必填；法院案号，如（2019）苏1181行初12号；案号相同的视为同一记录',
      审级: choices(Object.values(INSTANCE_LABELS)),
      前审案号: '二审、再审填写同一纠纷前一审级的案号',
      原告类型: choices(Object.values(PLAINTIFF_TYPE_LABELS)),
      被告类别: choices(Object.values(DEFENDANT_KIND_LABELS)),
      收到应诉通知书日期: `必填；${DATE_NOTE}`,
      开庭日期: '多次开庭用“；”分隔',
      负责人出庭: '是 / 否；多次开庭用“；”分隔，与开庭日期一一对应',
      结案方式: choices(Object.values(LITIGATION_OUTCOME_LABELS)),
      是否败诉: '一般不填，按结案方式认定；填写时须同时填败诉认定理由',
      承办人: '必填',
    },
    sample: (s) => ({
      案号: '（2024）苏1181行初12号',
      审级: '一审',
      法院: '丹阳市人民法院',
      原告: '张某某',
      原告类型: '自然人',
      原告人数: 1,
      被告: s.organs.government,
      被告类别: '市政府',
      被诉行政行为: '房屋征收补偿决定',
      行为类别: '行政征收',
      管理领域: '住建',
      收到应诉通知书日期: '2024-03-05',
      答辩状及证据提交日期: '2024-03-15',
      开庭日期: '2024-05-10',
      负责人出庭: '是',
      出庭负责人: '李某某（副市长）',
      机关出庭: '是',
      结案日期: '2024-06-20',
      结案方式: '判决驳回诉讼请求',
      承办人: '王芳',
    }),
  },
  yearSheet: {
    order: (c) => `${c.receivedDate}|${c.caseNo}`,
    row: litigationRow,
  },
  history: {
    valueText: (f, v) => {
      if (f === 'hearings') return hearingsText((v as Hearing[] | undefined) ?? []);
      if (f === 'lostOverride') return v === null || v === undefined ? '按结案方式认定' : v ? '败诉' : '未败诉';
      return links.earlierInstanceId(f, v) ?? links.reviewCaseId(f, v);
    },
    steps: null,
  },
});
