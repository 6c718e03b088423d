import { useLiveQuery } from 'dexie-react-hooks';
import type { AgreementReview } from '../../../../shared/agreements/types';
import type { LegalityReview } from '../../../../shared/normative/types';
import type { ReviewLetter } from '../../../../shared/review/types';
import { AWAITING_FIELD } from '../../db/awaiting';
import { getDb, type FazhiDb } from '../../db/db';

/**
 * What 待办 reads besides the open cases: the records in the `awaiting` index (db/awaiting.ts), i.e. the live
 * 意见书 not yet answered, 合法性审核 not completed and 行政协议 without an opinion — a few hundred records,
 * however many thousands the ledgers hold.
 */
export interface AwaitingRecords {
  letters: ReviewLetter[];
  legalityReviews: LegalityReview[];
  agreements: AgreementReview[];
}

export async function readAwaiting(db: FazhiDb = getDb()): Promise<AwaitingRecords> {
  const [letters, legalityReviews, agreements] = await Promise.all([
    db.reviewLetters.where(AWAITING_FIELD).equals(1).toArray(),
    db.legalityReviews.where(AWAITING_FIELD).equals(1).toArray(),
    db.agreementReviews.where(AWAITING_FIELD).equals(1).toArray(),
  ]);
  return { letters, legalityReviews, agreements };
}

export function useAwaiting(): AwaitingRecords | undefined {
  return useLiveQuery(() => readAwaiting(), []);
}
