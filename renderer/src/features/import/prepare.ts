/**
 * What planning an import needs from the app: the stored records it looks at and the import context (today,
 * who imports, organ names and defaults from the settings).
 */
import type { ExistingData, ExistingNeeds } from '../../../../shared/import/plan';
import type { ImportContext } from '../../../../shared/import/context';
import { LEDGER_TABLES, type LedgerTable } from '../../../../shared/ledgers/registry';
import type { AppSettings } from '../../../../shared/settings';
import { todayInChina } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { newId, nowIso } from '../../db/write';

const ALL: ExistingNeeds['tables'] = LEDGER_TABLES.filter((t) => t !== 'reviewCases');

/**
 * The stored records planning needs (shared/import/plan.ts existingNeeds): the tables it reads whole, and of the
 * 行政复议 ledger (50,000 cases after ten busy years) only the cases whose 案号 key the file names, through the
 * caseNoKey index (every write stores caseNoKey = normalizeCaseNo(caseNo): review-repo.ts, the import). Without
 * `needs`, everything.
 */
export async function loadExistingData(needs?: ExistingNeeds): Promise<ExistingData> {
  const db = getDb();
  const tables = new Set(needs ? needs.tables : ALL);
  const cases = !needs
    ? db.reviewCases.toArray()
    : needs.caseKeys.length
      ? db.reviewCases.where('caseNoKey').anyOf(needs.caseKeys).toArray()
      : Promise.resolve([]);
  const read = (name: LedgerTable): Promise<unknown[]> =>
    name === 'reviewCases' ? cases : tables.has(name as ExistingNeeds['tables'][number]) ? db.table(name).toArray() : Promise.resolve([]);
  const lists = await Promise.all(LEDGER_TABLES.map(read));
  return Object.fromEntries(LEDGER_TABLES.map((name, i) => [name, lists[i]])) as ExistingData;
}

export function importContext(settings: AppSettings, today: string = todayInChina()): ImportContext {
  return {
    today,
    actor: settings.operatorName,
    now: nowIso(),
    newId,
    government: settings.organNames.government,
    defaultIntakePoint: settings.intakePoints[0] ?? '',
    settings,
  };
}
