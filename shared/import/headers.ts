/**
 * The columns of each ledger: the template's headers (exactly the names, in that order), the optional
 * columns the import also understands (not in the template), and the synonyms clerks write instead.
 *
 * Headers are compared after normaliseHeader: NFKC (full-width letters, digits and brackets → half-width),
 * no spaces or line breaks, no '*' required-marks, no trailing colon. A header that still does not match is
 * tried once more without a trailing parenthetical hint ("程序（普通/简易）" → "程序"), except a unit hint
 * ("金额（元）" must not be read as 万元).
 */
import { headersOf } from '../ledger-columns';
import { ledgerOfSheet, type SheetKind } from '../ledgers/registry';

export interface FieldSpec {
  /** Internal name (the record field where there is one). */
  key: string;
  /** The template's header. */
  header: string;
  synonyms: readonly string[];
  /** Needed for a sheet to be recognised as this ledger. */
  required?: boolean;
  /** Understood when present, but not a template column. */
  optional?: boolean;
}

const f = (key: string, header: string, synonyms: string[] = [], extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, header, synonyms, ...extra });
const req = { required: true };
const opt = { optional: true };

export const LEDGER_FIELDS: Record<SheetKind, readonly FieldSpec[]> = {
  reviewCases: [
    f('caseNo', '案号', ['复议案号', '案件编号', '案件号', '编号', '复议案件编号'], req),
    f('applicant', '申请人', ['申请人姓名', '申请人名称', '申请人姓名或名称', '申请人(姓名/名称)', '申请人姓名(名称)']),
    f('applicantType', '申请人类型', ['申请人性质', '申请人类别', '申请人身份']),
    f('respondent', '被申请人', ['被申请机关', '被申请单位', '被申请人名称']),
    f('actCategory', '行为类别', ['案件类别', '案件类型', '行政行为类别', '行为种类', '行政行为种类', '案由类别']),
    f('field', '管理领域', ['领域', '行政管理领域', '所属领域', '涉及领域']),
    f('intakePoint', '受理点', ['接收点', '受理窗口', '收件点', '接收单位']),
    f('receivedDate', '收到日期', ['申请日期', '收件日期', '收到申请日期', '申请时间', '收案日期', '来件日期', '收到时间', '收件时间'], req),
    f('correctionRequestDate', '补正通知日期', ['补正日期', '通知补正日期', '补正通知时间']),
    f('correctionReturnedDate', '补正材料收到日期', ['补正收到日期', '收到补正材料日期', '补正材料收到时间', '补正回复日期']),
    f('acceptedDate', '受理日期', ['立案日期', '受理时间']),
    f('nonAcceptance', '未受理情形', ['未受理类型', '未受理原因', '不予受理情形', '未受理方式']),
    f('nonAcceptanceDate', '未受理日期', ['不予受理日期', '告知日期', '撤回日期', '未受理时间']),
    f('procedure', '程序', ['审理程序', '适用程序']),
    f('suspendDate', '中止日期', ['中止审理日期', '中止时间']),
    f('resumeDate', '恢复日期', ['恢复审理日期', '恢复时间']),
    f('extendDate', '延期日期', ['延长审理期限日期', '延长日期', '延期时间']),
    f('hearingDate', '听证日期', ['听证时间']),
    f('concludedDate', '审结日期', ['结案日期', '办结日期', '审结时间', '结案时间', '决定日期', '复议决定日期']),
    f('outcome', '审理结果', ['结案方式', '复议结果', '处理结果', '复议决定', '审结方式', '结案情况', '审结结果']),
    f('compensation', '赔偿', ['是否赔偿', '一并赔偿', '一并决定赔偿']),
    f('handler', '承办人', ['经办人', '承办人员', '办案人', '案件承办人']),
    f('note', '备注', ['说明']),
    f('applicantCount', '申请人数', ['申请人数量'], opt),
    f('respondentLevel', '被申请人层级', ['被申请人级别'], opt),
    f('thirdParty', '第三人', [], opt),
    f('actName', '被申请行为', ['被申请行为名称', '具体行政行为', '行政行为'], opt),
    f('request', '复议请求', ['申请请求'], opt),
    f('deemed', '视为受理', [], opt),
    f('extensionDays', '延期天数', ['延长天数'], opt),
  ],
  reviewLetters: [
    f('kind', '文书类型', ['类型', '文书种类', '文书类别'], req),
    f('docNo', '文号', ['文书编号', '文书文号', '编号'], req),
    f('caseNo', '关联案号', ['案号', '关联案件', '对应案号', '所涉案号']),
    f('issueDate', '发出日期', ['发文日期', '制发日期', '印发日期', '出具日期'], req),
    f('recipient', '收文单位', ['接收单位', '送达单位', '主送单位', '受送达单位']),
    f('answerDate', '反馈日期', ['回复日期', '答复日期', '反馈时间']),
    f('note', '备注', ['说明'], opt),
  ],
  normativeDocuments: [
    f('title', '文件名称', ['名称', '文件标题', '标题', '规范性文件名称'], req),
    f('docNo', '文号', ['发文字号', '文件编号', '发文文号'], req),
    f('issuer', '制定机关', ['发文机关', '制定单位', '发文单位', '印发机关'], req),
    f('publishDate', '公布日期', ['发布日期', '印发日期', '发文日期', '成文日期'], req),
    f('effectiveDate', '施行日期', ['实施日期', '生效日期']),
    f('statedExpiry', '有效期至', ['有效期', '失效日期', '有效期截止日期', '到期日期']),
    f('status', '状态', ['效力状态', '文件状态', '效力']),
    f('note', '备注', ['说明'], opt),
  ],
  legalityReviews: [
    f('title', '文件名称', ['名称', '草案名称', '文件标题', '送审文件名称'], req),
    f('kind', '类型', ['审核类型', '类别']),
    f('draftingUnit', '起草单位', ['送审单位', '起草部门']),
    f('submittedDate', '送审日期', ['收件日期', '送审时间'], req),
    f('completedDate', '审核完成日期', ['完成日期', '审核日期', '出具意见日期', '办结日期']),
    f('opinion', '审核意见', ['审核结论', '审核结果']),
    f('publishDate', '公布日期', ['发布日期', '印发日期']),
    f('handler', '承办人', ['经办人', '审核人']),
    f('docNo', '文号', ['发文字号'], opt),
    f('problems', '主要问题', ['存在问题', '发现问题'], opt),
    f('note', '备注', ['说明'], opt),
  ],
  filingReviews: [
    f('title', '文件名称', ['名称', '文件标题'], req),
    f('docNo', '文号', ['发文字号', '文件编号']),
    f('issuer', '制定机关', ['发文机关', '报备单位', '制定单位']),
    f('publishDate', '公布日期', ['发布日期', '印发日期', '发文日期']),
    f('filedDate', '报备日期', ['备案日期', '报送日期', '报备时间'], req),
    f('result', '审查结果', ['备案结果', '审查意见']),
    f('problems', '发现问题', ['存在问题', '主要问题']),
    f('corrected', '是否纠正', ['是否已纠正', '纠正情况', '整改情况']),
    f('handler', '承办人', ['经办人'], opt),
    f('note', '备注', ['说明'], opt),
  ],
  cleanupItems: [
    f('batchName', '清理批次', ['批次', '批次名称', '清理批次名称', '清理名称'], req),
    f('completedDate', '批次完成日期', ['清理完成日期', '完成日期', '清理日期']),
    f('title', '文件名称', ['名称', '文件标题']),
    f('docNo', '文号', ['发文字号']),
    f('result', '清理结果', ['清理意见', '处理意见', '清理情况'], req),
    f('newExpiry', '延长后有效期至', ['新有效期至'], opt),
  ],
  agreementReviews: [
    f('name', '协议名称', ['合同名称', '协议(合同)名称', '名称'], req),
    f('signingCapacity', '签订名义', ['签约名义', '签订主体', '以何名义签订']),
    f('submittingUnit', '送审单位', ['报送单位', '送审部门']),
    f('counterparty', '相对方', ['协议相对方', '合同相对方', '对方当事人', '签约对方']),
    f('category', '协议类别', ['协议类型', '合同类别', '类别']),
    f('amount', '金额（万元）', ['金额', '协议金额(万元)', '合同金额(万元)', '标的额(万元)', '协议金额', '合同金额']),
    f('receivedDate', '收件日期', ['收到日期', '送审日期', '收文日期'], req),
    f('opinionDate', '出具意见日期', ['意见日期', '审查日期', '出具日期', '完成日期', '办结日期']),
    f('opinion', '审查意见', ['审查结论', '审查结果']),
    f('problems', '主要问题', ['存在问题', '发现问题']),
    f('handler', '承办人', ['经办人', '审查人']),
    f('note', '备注', ['说明'], opt),
  ],
};

/** The template's header row of a ledger: the export's headers (the registry's sheet columns), one contract for both. */
export function templateHeaders(ledger: SheetKind): string[] {
  return headersOf(ledgerOfSheet(ledger).sheet.columns);
}

export function fieldSpec(ledger: SheetKind, key: string): FieldSpec | undefined {
  return LEDGER_FIELDS[ledger].find((s) => s.key === key);
}

/** A header in comparable form (see the file comment). */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/^[*※]+|[*※]+$/g, '')
    .replace(/[:：]+$/, '')
    .toLowerCase();
}

const TRAILING_HINT = /\(([^()]*)\)$/;

const indexes = new Map<SheetKind, Map<string, string>>();
function index(ledger: SheetKind): Map<string, string> {
  let m = indexes.get(ledger);
  if (!m) {
    m = new Map();
    for (const spec of LEDGER_FIELDS[ledger]) {
      for (const name of [spec.header, ...spec.synonyms]) {
        const key = normaliseHeader(name);
        if (!m.has(key)) m.set(key, spec.key);
      }
    }
    indexes.set(ledger, m);
  }
  return m;
}

/** The field a header names in a ledger, or null. */
export function matchHeader(ledger: SheetKind, text: string): string | null {
  const n = normaliseHeader(text);
  if (!n) return null;
  const m = index(ledger);
  const exact = m.get(n);
  if (exact) return exact;
  const hint = TRAILING_HINT.exec(n);
  if (hint && !/元/.test(hint[1])) return m.get(n.slice(0, hint.index)) ?? null;
  return null;
}
