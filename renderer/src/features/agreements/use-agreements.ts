import { useLiveQuery } from 'dexie-react-hooks';
import type { AgreementReview } from '../../../../shared/agreements/types';
import { getDb } from '../../db/db';

export function useLiveAgreements(): AgreementReview[] | undefined {
  return useLiveQuery(() => getDb().agreementReviews.where('deleted').equals(0).toArray(), []);
}
