/**
 * What planning an import needs from the app: the stored records it looks at and the import context (today,
 * who imports, organ names and defaults from the settings).
 */
import type { ExistingData, ExistingNeeds } from '../../../../shared/import/plan';
import type { ImportContext } from '../../../../shared/import/context';
import type { AppSettings } from '../../../../shared/settings';
import { todayInChina } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { newId, nowIso } from '../../db/write';

const ALL: ExistingNeeds['tables'] = ['reviewLetters', 'normativeDocuments', 'legalityReviews', 'filingReviews', 'cleanupBatches', 'agreementReviews'];

/**
 * The stored records planning needs (shared/import/plan.ts existingNeeds): the tables it reads whole, and of the
 * 行政复议 ledger (50,000 cases after ten busy years) only the cases whose 案号 key the file names, through the
 * caseNoKey index (every write stores caseNoKey = normalizeCaseNo(caseNo): review-repo.ts, the import). Without
 * `needs`, everything.
 */
export async function loadExistingData(needs?: ExistingNeeds): Promise<ExistingData> {
  const db = getDb();
  const tables = new Set(needs ? needs.tables : ALL);
  const whole = <T>(name: ExistingNeeds['tables'][number]): Promise<T[]> => (tables.has(name) ? (db.table(name).toArray() as Promise<T[]>) : Promise.resolve([]));
  const cases = !needs ? db.reviewCases.toArray() : needs.caseKeys.length ? db.reviewCases.where('caseNoKey').anyOf(needs.caseKeys).toArray() : Promise.resolve([]);
  const [reviewCases, reviewLetters, normativeDocuments, legalityReviews, filingReviews, cleanupBatches, agreementReviews] = await Promise.all([
    cases,
    whole<ExistingData['reviewLetters'][number]>('reviewLetters'),
    whole<ExistingData['normativeDocuments'][number]>('normativeDocuments'),
    whole<ExistingData['legalityReviews'][number]>('legalityReviews'),
    whole<ExistingData['filingReviews'][number]>('filingReviews'),
    whole<ExistingData['cleanupBatches'][number]>('cleanupBatches'),
    whole<ExistingData['agreementReviews'][number]>('agreementReviews'),
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
