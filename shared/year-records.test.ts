import { describe, expect, it } from 'vitest';
import type { AgreementReview } from './agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from './normative/types';
import type { ReviewCase, ReviewLetter } from './review/types';
import {
  storedAgreement,
  storedBatch,
  storedCase,
  storedDocument,
  storedFiling,
  storedLegality,
  storedLetter,
} from './ledgers/stored-fixtures.test-util';
import { isYearEmpty, selectYearRecords, type LedgerRecords } from './year-records';

/** Only the dates matter to the selection; the rest is filler. */
const kase = (id: string, d: { r: string; a?: string; n?: string; c?: string }, deleted: 0 | 1 = 0): ReviewCase =>
  storedCase({
    id,
    deleted,
    status: 'received',
    receivedDate: d.r,
    acceptedDate: d.a ?? null,
    nonAcceptance: d.n ? 'reject' : null,
    nonAcceptanceDate: d.n ?? null,
    concludedDate: d.c ?? null,
    outcome: d.c ? 'uphold' : null,
    events: [],
  });
const letter = (id: string, issueDate: string, deleted: 0 | 1 = 0): ReviewLetter => storedLetter({ id, deleted, caseId: null, issueDate });
const doc = (id: string, publishDate: string): NormativeDocument => storedDocument({ id, publishDate, expiryDate: '2030-01-01' });
const legality = (id: string, submitted: string, completed: string | null, publish: string | null = null): LegalityReview =>
  storedLegality({
    id,
    submittedDate: submitted,
    completedDate: completed,
    opinion: completed ? 'legal' : null,
    publishDate: publish,
    documentId: null,
  });
const filing = (id: string, filedDate: string): FilingReview => storedFiling({ id, publishDate: '2019-01-01', filedDate, result: null });
const batch = (id: string, completedDate: string, docIds: string[], applied = true): CleanupBatch =>
  storedBatch({
    id,
    completedDate,
    items: docIds.map((documentId) => ({ documentId, result: 'continue', newExpiry: null })),
    appliedAt: applied ? `${completedDate}T00:00:00.000Z` : null,
  });
const agreement = (id: string, receivedDate: string, opinionDate: string | null): AgreementReview =>
  storedAgreement({ id, receivedDate, opinionDate, opinion: opinionDate ? 'approve' : null });

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
