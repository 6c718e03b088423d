import { normalizeDocNo } from '../../../shared/normative/validity';
import { LEDGERS, type AnyLedger } from '../../../shared/ledgers/registry';
import type { FazhiDb } from '../db/db';

/** One record the header's search found: where it is listed, how it is named, and its page. */
export interface SearchHit {
  table: string;
  id: string;
  /** The ledger's name (行政复议案件, 规范性文件 …). */
  ledger: string;
  /** The record's title as the registry words it (案号（申请人：…）, 《名称》（文号）…). */
  title: string;
  route: string;
  /** When found by a field other than the title: that field and its text (被申请人：丹阳市自然资源和规划局). */
  matched?: string;
}

export const SEARCH_LIMIT = 20;

type Stored = { id: string; deleted?: number } & Record<string, unknown>;

/** The key indexes of a ledger (caseNoKey, docNoKey): a normalised 案号 or 文号, the part after '|' for docNoKey. */
function keyIndexes(ledger: AnyLedger): string[] {
  return ledger.indexes
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /Key$/.test(s));
}

function hitOf(ledger: AnyLedger, r: Stored, matched?: string): SearchHit {
  const hit: SearchHit = { table: ledger.table, id: r.id, ledger: ledger.name, title: ledger.title(r), route: ledger.route(r.id) };
  return matched ? { ...hit, matched } : hit;
}

/** The first of the ledger's search fields whose text holds `q` (lower case), as 被申请人：…; null if none does. */
function matchedField(ledger: AnyLedger, r: Stored, q: string): string | null {
  for (const f of ledger.searchFields as readonly string[]) {
    const v = r[f];
    if (typeof v === 'string' && v.toLowerCase().includes(q)) return `${ledger.labels[f] ?? f}：${v}`;
  }
  return null;
}

/**
 * Finds records of every ledger of the registry by 案号 / 文号 / name: first through the key indexes (reading
 * index keys only, no records), then a scan of each ledger's records by their title, stopping after `limit` hits.
 * Records in the 回收站 are left out. `stale` stops the scans early once a newer search has started.
 */
export async function searchLedgers(db: FazhiDb, text: string, limit = SEARCH_LIMIT, stale: () => boolean = () => false): Promise<SearchHit[]> {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const key = normalizeDocNo(text.trim()).toLowerCase();
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = (ledger: AnyLedger, r: Stored | undefined, matched?: string) => {
    if (!r || r.deleted === 1 || seen.has(`${ledger.table}:${r.id}`) || hits.length >= limit) return;
    seen.add(`${ledger.table}:${r.id}`);
    hits.push(hitOf(ledger, r, matched));
  };
  for (const ledger of LEDGERS as readonly AnyLedger[]) {
    for (const index of keyIndexes(ledger)) {
      // The record whose key is exactly what was typed comes first (丹政复〔2026〕1号 before 丹政复〔2026〕12号).
      for (const r of (await db.table(ledger.table).where(index).equals(key).toArray()) as Stored[]) add(ledger, r);
      const found: { id: string; length: number }[] = [];
      await db
        .table(ledger.table)
        .orderBy(index)
        .until(() => found.length >= limit || stale())
        .eachKey((k, cursor) => {
          const s = String(k).toLowerCase();
          const part = s.includes('|') ? s.slice(s.indexOf('|') + 1) : s;
          if (part.includes(key)) found.push({ id: String(cursor.primaryKey), length: part.length });
        });
      // Shorter keys first: the closest to what was typed.
      const ids = found.sort((x, y) => x.length - y.length).map((f) => f.id);
      const records = (await db.table(ledger.table).bulkGet(ids)) as (Stored | undefined)[];
      for (const r of records) add(ledger, r);
    }
  }
  // Then by title, and by the names of the ledger's search fields (被申请人, 原告, 被告…).
  for (const ledger of LEDGERS as readonly AnyLedger[]) {
    if (hits.length >= limit || stale()) break;
    const found = (await db
      .table(ledger.table)
      .filter(
        (r: Stored) =>
          r.deleted !== 1 &&
          !seen.has(`${ledger.table}:${r.id}`) &&
          (ledger.title(r).toLowerCase().includes(q) || matchedField(ledger, r, q) !== null),
      )
      .until(() => stale())
      .limit(limit - hits.length)
      .toArray()) as Stored[];
    for (const r of found) add(ledger, r, ledger.title(r).toLowerCase().includes(q) ? undefined : (matchedField(ledger, r, q) ?? undefined));
  }
  return hits;
}
