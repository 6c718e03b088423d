/**
 * Which ledger a sheet holds, which row is its header and which column is which field.
 *
 * The header row is looked for in the first HEADER_SCAN_ROWS rows (title rows, merged title cells and note rows
 * may sit above it): for every row and ledger, the number of different fields its cells name; a ledger counts
 * only when all its required columns are there (e.g. 行政复议: 案号 and 收到日期). The best row wins (a sheet
 * whose name mentions the ledger gets a small bonus); ties go to the upper row. A mapping the clerk corrected
 * and imported before is remembered by the hash of its header row and used instead.
 */
import { cellText, isProblem } from './cells';
import { ledgerOfSheet } from '../ledgers/registry';
import { LEDGER_FIELDS, matchHeader, normaliseHeader } from './headers';
import { HEADER_SCAN_ROWS, SHEET_KINDS, type SheetKind, type RawSheet } from './types';

export interface SheetLayout {
  ledger: SheetKind;
  /** 1-based row of the header. */
  headerRow: number;
  /** columns[j]: the field of column j + 1, or null (not imported). */
  columns: (string | null)[];
}

/** A mapping the clerk confirmed, stored (settings key 'importMappings') by layoutHash of its header row. */
export interface RememberedMapping {
  /** A sheet kind (mappings saved by earlier versions name it review, letters, documents…). */
  ledger: string;
  columns: (string | null)[];
  savedAt: string;
}
export type MappingMemory = Record<string, RememberedMapping>;

/** The texts of one row (1-based), '' for blank cells and problems. */
export function rowTexts(sheet: RawSheet, row: number): string[] {
  const cells = sheet.rows[row - 1] ?? [];
  return cells.map((c) => {
    const t = cellText(c);
    return isProblem(t) ? '' : t;
  });
}

/** FNV-1a (32 bit) of the normalised header texts: the same layout gives the same hash whatever the spacing. */
export function layoutHash(headers: readonly string[]): string {
  const parts = headers.map(normaliseHeader);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `h${h.toString(16).padStart(8, '0')}-${parts.length}`;
}

/** The fields the headers name in a ledger; a field named twice is taken from its first column only. */
export function autoColumns(ledger: SheetKind, headers: readonly string[]): (string | null)[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    const key = matchHeader(ledger, h);
    if (!key || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
}

/** The required fields of a ledger that a mapping lacks (their template headers). */
export function missingRequired(ledger: SheetKind, columns: readonly (string | null)[]): string[] {
  return LEDGER_FIELDS[ledger].filter((s) => s.required && !columns.includes(s.key)).map((s) => s.header);
}

function score(ledger: SheetKind, headers: readonly string[]): { score: number; columns: (string | null)[] } | null {
  const columns = autoColumns(ledger, headers);
  if (missingRequired(ledger, columns).length) return null;
  return { score: columns.filter(Boolean).length, columns };
}

/** The sheet kinds of mappings remembered before sheets were named by their table (settings keep them). */
const LEGACY_KINDS: Readonly<Record<string, SheetKind>> = {
  review: 'reviewCases',
  letters: 'reviewLetters',
  documents: 'normativeDocuments',
  legality: 'legalityReviews',
  filing: 'filingReviews',
  cleanup: 'cleanupItems',
  agreements: 'agreementReviews',
};

/** The sheet kind a remembered mapping names, or null when this app does not know it. */
function rememberedKind(name: string): SheetKind | null {
  if ((SHEET_KINDS as readonly string[]).includes(name)) return name as SheetKind;
  return Object.hasOwn(LEGACY_KINDS, name) ? LEGACY_KINDS[name] : null;
}

/** The remembered layout of this sheet, when one of its top rows is a header imported before. */
export function rememberedLayout(sheet: RawSheet, memory: MappingMemory): SheetLayout | null {
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const texts = rowTexts(sheet, r);
    if (!texts.some(Boolean)) continue;
    const hash = layoutHash(texts);
    const m = Object.hasOwn(memory, hash) ? memory[hash] : undefined;
    const ledger = m && rememberedKind(m.ledger);
    if (m && ledger) return { ledger, headerRow: r, columns: [...m.columns] };
  }
  return null;
}

/** Finds the header row and ledger of a sheet; null when no row is a recognisable header. */
export function detectLayout(sheet: RawSheet, memory: MappingMemory = {}): SheetLayout | null {
  const remembered = rememberedLayout(sheet, memory);
  if (remembered) return remembered;
  let best: (SheetLayout & { score: number }) | null = null;
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const texts = rowTexts(sheet, r);
    if (texts.filter(Boolean).length < 2) continue;
    for (const ledger of SHEET_KINDS) {
      const s = score(ledger, texts);
      if (!s) continue;
      const total = s.score + (ledgerOfSheet(ledger).sheet.nameHint.test(sheet.name) ? 0.5 : 0);
      if (!best || total > best.score) best = { ledger, headerRow: r, columns: s.columns, score: total };
    }
  }
  return best && { ledger: best.ledger, headerRow: best.headerRow, columns: best.columns };
}

/** The layout for a header row and ledger the clerk chose by hand. */
export function layoutAt(sheet: RawSheet, ledger: SheetKind, headerRow: number): SheetLayout {
  return { ledger, headerRow, columns: autoColumns(ledger, rowTexts(sheet, headerRow)) };
}
