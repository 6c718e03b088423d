/** 意见书/建议书: the ledger of opinion and suggestion letters, declared once (see shared/ledgers/definition.ts). */
import { isInYear } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { combineTexts, enumText, linkText } from '../ledgers/history';
import { optionalDate, requiredDate, storedEnum, storedRecord, storedText } from '../ledgers/stored';
import { REVIEW_LETTER_COLUMNS } from '../ledger-columns';
import { normalizeCaseNo } from './case-number';
import { LETTER_FIELD_LABELS } from './letter-schema';
import { LETTER_KIND_LABELS, type LetterKind, type ReviewLetter } from './types';

const L = LETTER_FIELD_LABELS;
const kindName = (l: ReviewLetter) => LETTER_KIND_LABELS[l.kind] ?? '文书';

export const letterLedger = defineLedger<ReviewLetter>()({
  table: 'reviewLetters',
  indexes: 'id, caseId, issueDate, kind, deleted, awaiting',
  name: '意见书/建议书',
  labels: LETTER_FIELD_LABELS,
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
  sheet: {
    kind: 'reviewLetters',
    sheetName: '复议文书台账',
    title: '行政复议意见书、建议书台账',
    templateName: '复议文书',
    columns: REVIEW_LETTER_COLUMNS,
  },
  history: {
    valueText: combineTexts(enumText<LetterKind>('kind', LETTER_KIND_LABELS), linkText('caseId', '已关联案件')),
    steps: null,
  },
});
