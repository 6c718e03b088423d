/**
 * Tests only: one stored record per ledger, as the database holds it (the clerk's input of form-inputs.test-util.ts
 * plus what the repositories derive), every date in 2020 and the record still open where the ledger has open
 * records. Each builder takes overrides for the fields a test is about.
 */
import type { AgreementReview } from '../agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../normative/types';
import type { ReviewCase, ReviewLetter } from '../review/types';
import { agreementFields, batchFields, caseFields, docFields, filingFields, legalityFields } from './form-inputs.test-util';

export const STORED_BASE = { createdAt: '2020-05-01T02:00:00.000Z', updatedAt: '2020-05-01T02:00:00.000Z', deleted: 0 as 0 | 1 };

export function storedCase(overrides: Partial<ReviewCase> = {}): ReviewCase {
  return {
    ...STORED_BASE,
    id: 'c1',
    ...(caseFields({ caseNo: '丹政复〔2020〕1号' }) as Pick<
      ReviewCase,
      | 'caseNo'
      | 'applicant'
      | 'applicantType'
      | 'applicantCount'
      | 'respondent'
      | 'respondentLevel'
      | 'actCategory'
      | 'field'
      | 'handler'
      | 'intakePoint'
    >),
    caseNoKey: '丹政复2020-1',
    caseYear: 2020,
    caseSeq: 1,
    thirdParty: '',
    actName: '',
    actDocNo: '',
    actDate: null,
    request: '',
    incidentalReview: false,
    note: '',
    status: 'underReview',
    law: 'old',
    receivedDate: '2020-03-02',
    correctionRequestDate: null,
    correctionReturnedDate: null,
    acceptedDate: '2020-03-05',
    deemedAccepted: false,
    procedure: 'ordinary',
    nonAcceptance: null,
    nonAcceptanceDate: null,
    extensionDays: 0,
    hearingDate: null,
    concludedDate: null,
    outcome: null,
    compensation: false,
    correctedBeforeTermination: false,
    events: [
      { id: 'e1', kind: 'receive', date: '2020-03-02', recordedBy: '李四', recordedAt: STORED_BASE.createdAt },
      { id: 'e2', kind: 'accept', date: '2020-03-05', procedure: 'ordinary', recordedBy: '李四', recordedAt: STORED_BASE.createdAt },
    ],
    ...overrides,
  };
}

export function storedLetter(overrides: Partial<ReviewLetter> = {}): ReviewLetter {
  return {
    ...STORED_BASE,
    id: 'l1',
    kind: 'opinion',
    docNo: '丹复意〔2020〕1号',
    caseId: 'c1',
    issueDate: '2020-06-01',
    recipient: '丹阳市公安局',
    answerDate: null,
    note: '',
    ...overrides,
  };
}

export function storedDocument(overrides: Partial<NormativeDocument> = {}): NormativeDocument {
  return {
    ...STORED_BASE,
    id: 'd1',
    ...(docFields({ publishDate: '2020-04-01' }) as Omit<
      NormativeDocument,
      'id' | 'createdAt' | 'updatedAt' | 'deleted' | 'docNoKey' | 'expiryDate' | 'history'
    >),
    docNoKey: '丹阳市人民政府|丹政发2020-14',
    expiryDate: '2025-03-31',
    history: [{ date: '2020-04-01', kind: 'registered', detail: '登记', recordedBy: '李四', recordedAt: STORED_BASE.createdAt }],
    ...overrides,
  };
}

export function storedLegality(overrides: Partial<LegalityReview> = {}): LegalityReview {
  return {
    ...STORED_BASE,
    id: 'r1',
    ...(legalityFields({
      title: '丹阳市城市管理办法（草案）',
      draftingUnit: '市城管局',
      submittedDate: '2020-03-01',
      completedDate: null,
      opinion: null,
      documentId: 'd1',
    }) as Omit<LegalityReview, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>),
    ...overrides,
  };
}

export function storedFiling(overrides: Partial<FilingReview> = {}): FilingReview {
  return { ...STORED_BASE, id: 'f1', ...(filingFields() as Omit<FilingReview, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>), ...overrides };
}

export function storedBatch(overrides: Partial<CleanupBatch> = {}): CleanupBatch {
  return {
    ...STORED_BASE,
    id: 'b1',
    ...(batchFields({ completedDate: '2020-11-30' }) as Pick<CleanupBatch, 'name' | 'scope' | 'completedDate' | 'note'>),
    items: [{ documentId: 'd1', result: 'continue', newExpiry: null }],
    appliedAt: '2020-12-01T02:00:00.000Z',
    ...overrides,
  };
}

export function storedAgreement(overrides: Partial<AgreementReview> = {}): AgreementReview {
  return {
    ...STORED_BASE,
    id: 'a1',
    ...(agreementFields({ receivedDate: '2020-06-01' }) as Omit<AgreementReview, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>),
    ...overrides,
  };
}
