/**
 * The columns of each ledger as the import reads them: the template's headers (exactly the names, in that
 * order), the optional columns the import also understands (not in the template), and the synonyms clerks write
 * instead — declared by each ledger next to its export columns (its LedgerSheet in the registry).
 *
 * Headers are compared after normaliseHeader: NFKC (full-width letters, digits and brackets → half-width),
 * no spaces or line breaks, no '*' required-marks, no trailing colon. A header that still does not match is
 * tried once more without a trailing parenthetical hint ("程序（普通/简易）" → "程序"), except a unit hint
 * ("金额（元）" must not be read as 万元).
 */
import { headersOf } from '../ledger-columns';
import { LEDGERS, ledgerOfSheet, type SheetKind } from '../ledgers/registry';
import type { FieldSpec } from '../ledgers/sheet-fields';

export type { FieldSpec } from '../ledgers/sheet-fields';

/** Each sheet's fields: declared by its ledger (the registry's LedgerSheet). */
export const LEDGER_FIELDS = Object.fromEntries(LEDGERS.map((l) => [l.sheet.kind, l.sheet.fields])) as Record<SheetKind, readonly FieldSpec[]>;

/** The template's header row of a ledger: the export's headers (the registry's sheet columns), one contract for both. */
export function templateHeaders(ledger: SheetKind): string[] {
  return headersOf(ledgerOfSheet(ledger).sheet.columns);
}

export function fieldSpec(ledger: SheetKind, key: string): FieldSpec | undefined {
  return LEDGER_FIELDS[ledger].find((s) => s.key === key);
}

/** A header in comparable form (see the file comment). */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/^[*※]+|[*※]+$/g, '')
    .replace(/[:：]+$/, '')
    .toLowerCase();
}

const TRAILING_HINT = /\(([^()]*)\)$/;

const indexes = new Map<SheetKind, Map<string, string>>();
function index(ledger: SheetKind): Map<string, string> {
  let m = indexes.get(ledger);
  if (!m) {
    m = new Map();
    for (const spec of LEDGER_FIELDS[ledger]) {
      for (const name of [spec.header, ...spec.synonyms]) {
        const key = normaliseHeader(name);
        if (!m.has(key)) m.set(key, spec.key);
      }
    }
    indexes.set(ledger, m);
  }
  return m;
}

/** The field a header names in a ledger, or null. */
export function matchHeader(ledger: SheetKind, text: string): string | null {
  const n = normaliseHeader(text);
  if (!n) return null;
  const m = index(ledger);
  const exact = m.get(n);
  if (exact) return exact;
  const hint = TRAILING_HINT.exec(n);
  if (hint && !/元/.test(hint[1])) return m.get(n.slice(0, hint.index)) ?? null;
  return null;
}
