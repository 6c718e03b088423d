/** 行政协议审查: legality reviews of agreements before signing, declared once (see shared/ledgers/definition.ts). */
import { isInYear, yearEnd } from '../dates';
import { defineLedger } from '../ledgers/definition';
import { combineTexts, enumText } from '../ledgers/history';
import { optionalDate, requiredDate, storedEnum, storedNumber, storedRecord, storedText } from '../ledgers/stored';
import { openAt } from '../ledgers/year';
import { AGREEMENT_REVIEW_COLUMNS } from '../ledger-columns';
import { AGREEMENT_FIELD_LABELS } from './schema';
import {
  AGREEMENT_OPINION_LABELS,
  AGREEMENT_OPINIONS,
  SIGNING_CAPACITIES,
  SIGNING_CAPACITY_LABELS,
  type AgreementOpinion,
  type AgreementReview,
  type SigningCapacity,
} from './types';

const L = AGREEMENT_FIELD_LABELS;

/** Opinion in Y, or received by 31 December Y with no opinion by then. */
export function isAgreementOfYear(a: AgreementReview, year: number): boolean {
  return isInYear(a.opinionDate, year) || openAt(a.receivedDate, a.opinionDate, yearEnd(year));
}

export const agreementLedger = defineLedger<AgreementReview>()({
  table: 'agreementReviews',
  indexes: 'id, receivedDate, opinionDate, signingCapacity, category, handler, deleted, awaiting',
  name: '行政协议审查',
  labels: AGREEMENT_FIELD_LABELS,
  schema: storedRecord({
    name: storedText(L.name),
    signingCapacity: storedEnum(L.signingCapacity, SIGNING_CAPACITIES as [SigningCapacity, ...SigningCapacity[]]),
    submittingUnit: storedText(L.submittingUnit),
    counterparty: storedText(L.counterparty),
    category: storedText(L.category),
    amount: storedNumber(L.amount),
    receivedDate: requiredDate('收到日期'),
    opinionDate: optionalDate('出具意见日期'),
    opinion: storedEnum(L.opinion, AGREEMENT_OPINIONS as [AgreementOpinion, ...AgreementOpinion[]]),
    problems: storedText(L.problems),
    handler: storedText(L.handler),
    note: storedText(L.note),
  }),
  title: (a) => a.name ?? '',
  route: (id) => `/agreements/${id}`,
  unique: null,
  references: [],
  awaiting: { index: 'awaiting', rule: (a) => a.deleted === 0 && !a.opinionDate },
  inYear: isAgreementOfYear,
  sheet: {
    kind: 'agreementReviews',
    sheetName: '行政协议台账',
    title: '行政协议合法性审查台账',
    templateName: '行政协议',
    columns: AGREEMENT_REVIEW_COLUMNS,
  },
  history: {
    valueText: combineTexts(
      enumText<SigningCapacity>('signingCapacity', SIGNING_CAPACITY_LABELS),
      enumText<AgreementOpinion>('opinion', AGREEMENT_OPINION_LABELS),
    ),
    steps: null,
  },
});
