/**
 * What planning an import needs from the app: the stored records of every ledger and the import context (today,
 * who imports, organ names and defaults from the settings).
 */
import type { ExistingData } from '../../../../shared/import/plan';
import type { ImportContext } from '../../../../shared/import/context';
import type { AppSettings } from '../../../../shared/settings';
import { todayInChina } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { newId, nowIso } from '../../db/write';

export async function loadExistingData(): Promise<ExistingData> {
  const db = getDb();
  const [reviewCases, reviewLetters, normativeDocuments, legalityReviews, filingReviews, cleanupBatches, agreementReviews] = await Promise.all([
    db.reviewCases.toArray(),
    db.reviewLetters.toArray(),
    db.normativeDocuments.toArray(),
    db.legalityReviews.toArray(),
    db.filingReviews.toArray(),
    db.cleanupBatches.toArray(),
    db.agreementReviews.toArray(),
  ]);
  return { reviewCases, reviewLetters, normativeDocuments, legalityReviews, filingReviews, cleanupBatches, agreementReviews };
}

export function importContext(settings: AppSettings, today: string = todayInChina()): ImportContext {
  return {
    today,
    actor: settings.operatorName,
    now: nowIso(),
    newId,
    government: settings.organNames.government,
    defaultIntakePoint: settings.intakePoints[0] ?? '',
  };
}
