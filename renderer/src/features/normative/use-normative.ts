import { useLiveQuery } from 'dexie-react-hooks';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../../../../shared/normative/types';
import { getDb } from '../../db/db';

export function useLiveDocuments(): NormativeDocument[] | undefined {
  return useLiveQuery(() => getDb().normativeDocuments.where('deleted').equals(0).toArray(), []);
}
export function useLiveLegalityReviews(): LegalityReview[] | undefined {
  return useLiveQuery(() => getDb().legalityReviews.where('deleted').equals(0).toArray(), []);
}
export function useLiveFilingReviews(): FilingReview[] | undefined {
  return useLiveQuery(() => getDb().filingReviews.where('deleted').equals(0).toArray(), []);
}
export function useLiveCleanupBatches(): CleanupBatch[] | undefined {
  return useLiveQuery(() => getDb().cleanupBatches.where('deleted').equals(0).toArray(), []);
}
