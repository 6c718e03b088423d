import { describe, expect, it } from 'vitest';
import type { AgreementReview } from './agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from './normative/types';
import type { ReviewCase, ReviewLetter } from './review/types';
import { isYearEmpty, selectYearRecords, type LedgerRecords } from './year-records';

const base = (id: string, deleted: 0 | 1 = 0) => ({ id, createdAt: '', updatedAt: '', deleted });

/** Only the dates matter to the selection; the rest is filler. */
function kase(id: string, d: { r: string; a?: string; n?: string; c?: string }, deleted: 0 | 1 = 0): ReviewCase {
  return {
    ...base(id, deleted),
    caseNo: id,
    caseNoKey: id,
    caseYear: 0,
    caseSeq: null,
    applicant: '',
    applicantType: 'natural',
    applicantCount: 1,
    respondent: '',
    respondentLevel: '其他',
    thirdParty: '',
    actName: '',
    actDocNo: '',
    actDate: null,
    actCategory: '',
    field: '',
    request: '',
    handler: '',
    intakePoint: '',
    incidentalReview: false,
    note: '',
    status: 'received',
    law: 'old',
    receivedDate: d.r,
    correctionRequestDate: null,
    correctionReturnedDate: null,
    acceptedDate: d.a ?? null,
    deemedAccepted: false,
    procedure: null,
    nonAcceptance: d.n ? 'reject' : null,
    nonAcceptanceDate: d.n ?? null,
    extensionDays: 0,
    hearingDate: null,
    concludedDate: d.c ?? null,
    outcome: d.c ? 'uphold' : null,
    compensation: false,
    correctedBeforeTermination: false,
    events: [],
  };
}
const letter = (id: string, issueDate: string, deleted: 0 | 1 = 0): ReviewLetter => ({
  ...base(id, deleted),
  kind: 'opinion',
  docNo: id,
  caseId: null,
  issueDate,
  recipient: '',
  answerDate: null,
  note: '',
});
const doc = (id: string, publishDate: string): NormativeDocument => ({
  ...base(id),
  title: id,
  docNo: id,
  issuer: '',
  docNoKey: id,
  publishDate,
  effectiveDate: null,
  statedExpiry: null,
  expiryDate: '2030-01-01',
  status: 'valid',
  history: [],
  note: '',
});
const legality = (id: string, submitted: string, completed: string | null, publish: string | null = null): LegalityReview => ({
  ...base(id),
  title: id,
  kind: 'new',
  draftingUnit: '',
  submittedDate: submitted,
  completedDate: completed,
  opinion: completed ? 'legal' : null,
  problems: '',
  handler: '',
  docNo: '',
  publishDate: publish,
  documentId: null,
  note: '',
});
const filing = (id: string, filedDate: string): FilingReview => ({
  ...base(id),
  title: id,
  docNo: id,
  issuer: '',
  publishDate: '2019-01-01',
  filedDate,
  result: null,
  problems: '',
  corrected: null,
  handler: '',
  note: '',
});
const batch = (id: string, completedDate: string, docIds: string[], applied = true): CleanupBatch => ({
  ...base(id),
  name: id,
  scope: '',
  completedDate,
  items: docIds.map((documentId) => ({ documentId, result: 'continue', newExpiry: null })),
  appliedAt: applied ? `${completedDate}T00:00:00.000Z` : null,
  note: '',
});
const agreement = (id: string, receivedDate: string, opinionDate: string | null): AgreementReview => ({
  ...base(id),
  name: id,
  signingCapacity: 'town',
  submittingUnit: '',
  counterparty: '',
  category: '其他',
  amount: null,
  receivedDate,
  opinionDate,
  opinion: opinionDate ? 'approve' : null,
  problems: '',
  handler: '',
  note: '',
});

const ids = (records: { id: string }[]) => records.map((r) => r.id);

const INPUT: LedgerRecords = {
  cases: [
    kase('received', { r: '2019-03-01' }),
    kase('acceptedOnly', { r: '2018-12-28', a: '2019-01-03', c: '2020-05-01' }),
    kase('notAcceptedOnly', { r: '2018-12-30', n: '2019-01-02' }),
    kase('concludedOnly', { r: '2018-05-01', a: '2018-05-03', c: '2019-12-31' }),
    kase('openThrough', { r: '2018-06-01', a: '2018-06-05', c: '2020-01-01' }),
    kase('openForever', { r: '2017-06-01', a: '2017-06-05' }),
    kase('closed2018', { r: '2018-01-01', a: '2018-01-05', c: '2018-12-31' }),
    kase('next', { r: '2020-01-01' }),
    kase('receivedLastYearNotDecided', { r: '2018-12-31' }),
    kase('deleted', { r: '2019-05-05' }, 1),
  ],
  letters: [letter('l2019', '2019-12-31'), letter('l2018', '2018-12-31'), letter('l2020', '2020-01-01'), letter('lDel', '2019-06-01', 1)],
  documents: [doc('pub2019', '2019-06-01'), doc('cleaned', '2015-01-01'), doc('draftOnly', '2015-01-01'), doc('old', '2016-01-01')],
  legalityReviews: [
    legality('completed', '2018-12-20', '2019-01-05'),
    legality('published', '2018-10-01', '2018-11-01', '2019-02-01'),
    legality('pending', '2019-12-30', null),
    legality('pendingAcross', '2019-12-30', '2020-01-04'),
    legality('old', '2018-01-01', '2018-02-01', '2018-03-01'),
    legality('future', '2020-01-02', null),
  ],
  filingReviews: [filing('f2019', '2019-01-01'), filing('f2020', '2020-01-01')],
  cleanupBatches: [
    batch('b2019', '2019-10-30', ['cleaned', 'missing']),
    batch('draft', '2019-11-30', ['draftOnly'], false),
    batch('b2018', '2018-10-30', ['old']),
  ],
  agreements: [
    agreement('opinion2019', '2018-12-25', '2019-01-04'),
    agreement('pendingEnd', '2019-12-20', '2020-01-08'),
    agreement('pendingNoOpinion', '2019-12-30', null),
    agreement('done2018', '2018-01-01', '2018-02-01'),
    agreement('received2020', '2020-01-02', null),
  ],
};

describe('selectYearRecords', () => {
  const r = selectYearRecords(INPUT, 2019);

  it('takes the cases counted in the year or open on 31 December, ordered by receipt date', () => {
    expect(ids(r.cases)).toEqual(['openForever', 'concludedOnly', 'openThrough', 'acceptedOnly', 'notAcceptedOnly', 'received']);
  });

  it('takes the letters issued in the year', () => {
    expect(ids(r.letters)).toEqual(['l2019']);
  });

  it('takes the documents published in the year or cleaned up by an applied batch of the year', () => {
    expect(ids(r.documents)).toEqual(['cleaned', 'pub2019']);
    expect(r.cleanupItems.map((i) => `${i.batch.id}/${i.document.id}`)).toEqual(['b2019/cleaned']);
  });

  it('takes legality reviews completed or published in the year or pending at its end', () => {
    expect(ids(r.legalityReviews)).toEqual(['published', 'completed', 'pending', 'pendingAcross']);
  });

  it('takes filings and agreements of the year (agreements: opinion in Y or pending at its end)', () => {
    expect(ids(r.filingReviews)).toEqual(['f2019']);
    expect(ids(r.agreements)).toEqual(['opinion2019', 'pendingEnd', 'pendingNoOpinion']);
  });

  it('is empty for a year nothing touches, and not for 2019', () => {
    expect(isYearEmpty(r)).toBe(false);
    const none = selectYearRecords({ ...INPUT, cases: [], documents: [], cleanupBatches: [] }, 2010);
    expect(isYearEmpty(none)).toBe(true);
  });
});
