/**
 * What every ledger's row mapping needs besides the row: today (for the "not after today" rules), who imports,
 * id and time stamps for new records, and the organ names / defaults from the settings.
 */
import type { DateStr } from '../dates';
import type { BaseRecord } from '../record';
import type { AppSettings } from '../settings';

export interface ImportContext {
  today: DateStr;
  actor: string;
  /** ISO time stamp of the import (createdAt / updatedAt of what it writes). */
  now: string;
  newId: () => string;
  /** The government as 制定机关 of its own documents (settings organNames.government). */
  government: string;
  /** 受理点 when the sheet has none (settings intakePoints[0]). */
  defaultIntakePoint: string;
  /** The settings, for a rule a ledger's rows need (行政应诉: the outcomes 设置 counts as 败诉). */
  settings: AppSettings;
}

/** A new record's BaseRecord fields, or the existing one's with the import's time stamp. */
export function stampFor<T extends BaseRecord>(fields: Omit<T, keyof BaseRecord>, existing: BaseRecord | null, ctx: ImportContext): T {
  return {
    ...fields,
    id: existing?.id ?? ctx.newId(),
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    deleted: existing?.deleted ?? 0,
  } as T;
}

/**
 * Kept by the app, not imported: ids, time stamps, the soft-delete flag, and the index-only 'awaiting' flag and
 * 'yearSpan' keys (db/awaiting.ts, db/year-span.ts).
 */
const BASE_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'deleted', 'awaiting', 'yearSpan']);

/** Deep equality of plain data (records as stored: strings, numbers, booleans, null, arrays, objects). */
export function deepEqual(a: unknown, b: unknown, ignore: ReadonlySet<string> = new Set()): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // undefined and a missing key are the same; '' and null are not.
    return a === b;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i], ignore));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) {
    if (ignore.has(k)) continue;
    if (!deepEqual(ao[k], bo[k], ignore)) return false;
  }
  return true;
}

/** Same content, whatever the id and time stamps (and the keys in `also`). */
export function sameContent(a: BaseRecord, b: BaseRecord, also: readonly string[] = []): boolean {
  return deepEqual(a, b, new Set([...BASE_KEYS, ...also]));
}
