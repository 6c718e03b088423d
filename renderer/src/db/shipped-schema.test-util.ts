/**
 * Every version exactly as it shipped (copied, not imported: if someone edits a shipped entry, installed databases
 * no longer match it and this test must say so). A new release appends its version here when it ships.
 */
export const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    reviewCases: 'id, caseNoKey, caseYear, receivedDate, acceptedDate, concludedDate, nonAcceptanceDate, status, handler, deleted, updatedAt',
    reviewLetters: 'id, caseId, issueDate, kind, deleted',
    changeLog: '++seq, at, table, recordId',
    settings: 'key',
  },
  2: {
    normativeDocuments: 'id, docNoKey, issuer, publishDate, expiryDate, status, deleted',
    legalityReviews: 'id, submittedDate, completedDate, publishDate, documentId, deleted',
    filingReviews: 'id, filedDate, publishDate, deleted',
    cleanupBatches: 'id, completedDate, deleted',
    agreementReviews: 'id, receivedDate, opinionDate, signingCapacity, category, handler, deleted',
  },
  3: {
    reviewLetters: 'id, caseId, issueDate, kind, deleted, awaiting',
    legalityReviews: 'id, submittedDate, completedDate, publishDate, documentId, deleted, awaiting',
    agreementReviews: 'id, receivedDate, opinionDate, signingCapacity, category, handler, deleted, awaiting',
  },
};
