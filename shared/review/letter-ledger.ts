/** 意见书/建议书: the ledger of opinion and suggestion letters, declared once (see shared/ledgers/definition.ts). */
import { isInYear } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { linkText } from '../ledgers/history';
import { DATE_NOTE, field, OPTIONAL, REQUIRED } from '../ledgers/sheet-fields';
import { optionalDate, requiredDate, storedEnum, storedRecord, storedText } from '../ledgers/stored';
import { REVIEW_LETTER_COLUMNS } from '../ledger-columns';
import { normalizeCaseNo } from './case-number';
import { LETTER_FIELD_LABELS } from './letter-schema';
import { LETTER_KIND_LABELS, type ReviewLetter } from './types';

const L = LETTER_FIELD_LABELS;
const kindName = (l: ReviewLetter) => LETTER_KIND_LABELS[l.kind] ?? '文书';

export const letterLedger = defineLedger<ReviewLetter>()({
  table: 'reviewLetters',
  indexes: 'id, caseId, issueDate, kind, deleted, awaiting, *yearSpan',
  name: '意见书/建议书',
  labels: LETTER_FIELD_LABELS,
  values: { kind: LETTER_KIND_LABELS },
  schema: storedRecord({
    kind: storedEnum(L.kind, ['opinion', 'suggestion']),
    docNo: storedText(L.docNo),
    caseId: storedText(L.caseId).nullable(),
    issueDate: requiredDate('发出日期'),
    recipient: storedText(L.recipient),
    answerDate: optionalDate('反馈日期'),
    note: storedText(L.note),
  }),
  title: (l) => `${kindName(l)} ${l.docNo ?? ''}`,
  searchFields: ['recipient'],
  route: () => '/letters',
  unique: {
    field: 'docNo',
    candidates: (l) => ({ index: 'kind', value: l.kind }),
    clashes: (l, other) => other.kind === l.kind && normalizeCaseNo(other.docNo) === normalizeCaseNo(l.docNo),
    savingText: (l) => `文号“${l.docNo}”已登记过${kindName(l)}`,
    restoringText: (l) => `文号“${l.docNo}”现在已登记在另一份${kindName(l)}上`,
  },
  references: [
    {
      target: 'reviewCases',
      ids: (l) => (l.caseId ? [l.caseId] : []),
      index: 'caseId',
      requiredOnRestore: true,
      goneText: (l) => `该${kindName(l)}关联的案件已删除。请先恢复该案件`,
      holdsText: (l) => `${kindName(l)}“${l.docNo}”关联了此案件`,
    },
  ],
  // An opinion letter waits for its answer (60 days); a suggestion letter waits for nothing.
  awaiting: { index: 'awaiting', rule: (l) => l.deleted === 0 && l.kind === 'opinion' && !l.answerDate },
  inYear: (l, year) => isInYear(l.issueDate, year),
  yearSpan: (l) => ({ dates: [l.issueDate], open: false }),
  sheet: {
    kind: 'reviewLetters',
    sheetName: '复议文书台账',
    title: '行政复议意见书、建议书台账',
    templateName: '复议文书',
    columns: REVIEW_LETTER_COLUMNS,
    fields: [
      field('kind', '文书类型', ['类型', '文书种类', '文书类别'], REQUIRED),
      field('docNo', '文号', ['文书编号', '文书文号', '编号'], REQUIRED),
      field('caseNo', '关联案号', ['案号', '关联案件', '对应案号', '所涉案号']),
      field('issueDate', '发出日期', ['发文日期', '制发日期', '印发日期', '出具日期'], REQUIRED),
      field('recipient', '收文单位', ['接收单位', '送达单位', '主送单位', '受送达单位']),
      field('answerDate', '反馈日期', ['回复日期', '答复日期', '反馈时间']),
      field('note', '备注', ['说明'], OPTIONAL),
    ],
    nameHint: /文书|意见书|建议书/,
    notes: {
      文书类型: '意见书 / 建议书',
      文号: '必填；再次导入时按文号更新',
      关联案号: '可不填；填写时须是台账或本文件中的案号',
      发出日期: `必填；${DATE_NOTE}`,
      收文单位: '必填',
    },
    sample: ({ prefix, caseNo }) => ({
      文书类型: '意见书',
      文号: `${prefix}意〔2024〕1号`,
      关联案号: caseNo,
      发出日期: '2024-05-10',
      收文单位: '市场监督管理局',
      反馈日期: '2024-06-20',
    }),
  },
  yearSheet: null,
  history: {
    valueText: linkText('caseId', '已关联案件'),
    steps: null,
  },
});
