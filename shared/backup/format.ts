import { formatChinaTime } from '../dates';
import { sha256Hex } from './sha256';

/**
 * The backup file. Format 2 (this release, `.fzbak`): gzip-compressed lines of JSON, one per record, written and read
 * as a stream (shared/backup/stream.ts). Format 1 (earlier releases, `.json`, still restored): one UTF-8 JSON object
 * holding every table; its small header fields come first and `tables` last, so that a folder listing can read a
 * file's header from its first bytes without parsing megabytes of records.
 */

export const BACKUP_FORMAT = 'fazhi-ledger-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** The one-object JSON format of earlier releases (serializeBackup, checkBackupIntegrity). */
export const LEGACY_BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_PREFIX = '法治台账备份';
export const BACKUP_FILE_EXTENSION = '.fzbak';
/** Backups of earlier releases: listed, restored and kept by retention like the new ones. */
export const LEGACY_BACKUP_FILE_EXTENSION = '.json';

/** Whether a file name ends like a backup of either format (any letter case). */
export function hasBackupExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(BACKUP_FILE_EXTENSION) || lower.endsWith(LEGACY_BACKUP_FILE_EXTENSION);
}

/** Why a backup was taken; part of the file name. */
export const BACKUP_REASONS = ['启动', '定时', '退出', '导入前', '恢复前', '升级前', '手动'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Taken without the clerk asking, many times a day: these are thinned out first. */
export const ROUTINE_REASONS: readonly BackupReason[] = ['启动', '定时', '退出'];

export type BackupTables = Record<string, unknown[]>;

/** What a listing and the restore dialog show of a backup: its header without the checksum (format 2 keeps that in its last line). */
export interface BackupSummary {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The Dexie schema version (db.verno) the records were read from. */
  schemaVersion: number;
  appVersion: string;
  /** ISO timestamp (UTC). */
  createdAt: string;
  reason: BackupReason;
  /** Rows per table. */
  counts: Record<string, number>;
}

/** A backup's header: what the dialog shows, and the checksum. */
export interface BackupHeader extends BackupSummary {
  /** SHA-256 (hex) of JSON.stringify(tables): see tablesChecksum. */
  checksum: string;
}

export interface BackupFile extends BackupHeader {
  tables: BackupTables;
}

export interface BackupInput {
  tables: BackupTables;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  reason: BackupReason;
}

/**
 * The checksum covers the tables' compact JSON text, exactly as the app writes it into the file.
 * JSON.stringify(JSON.parse(text)) gives that text back (key order, numbers and escapes all
 * survive the round trip), so a reader recomputes it from the parsed file, even one that was
 * pretty-printed since. Any changed value, or keys put in another order, fails the check.
 */
export function tablesChecksum(tables: BackupTables): string {
  return sha256Hex(JSON.stringify(tables));
}

export function countRows(tables: BackupTables): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The file's text and its header. `tables` comes last (see readHeaderFromPrefix). */
/** Format 1, as earlier releases wrote it: kept for tests of reading old backups. */
export function serializeBackup(input: BackupInput): { json: string; header: BackupHeader } {
  // Serialized once: the same text is hashed and written, which halves the work for a large ledger.
  const tablesJson = JSON.stringify(input.tables);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: LEGACY_BACKUP_FORMAT_VERSION,
    schemaVersion: input.schemaVersion,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    reason: input.reason,
    counts: countRows(input.tables),
    checksum: sha256Hex(tablesJson),
  };
  return { json: `${JSON.stringify(header).slice(0, -1)},"tables":${tablesJson}}`, header };
}

/** Date 'YYYY-MM-DD' and time 'HHMMSS' in China Standard Time (formatChinaTime), whatever the machine's time zone. */
export function chinaStamp(iso: string): { date: string; time: string } {
  const shown = formatChinaTime(iso);
  return { date: shown.slice(0, 10), time: shown.slice(11, 19).replace(/:/g, '') };
}

/** 法治台账备份_2026-11-29_183000_定时.fzbak */
export function backupFileName(createdAt: string, reason: BackupReason): string {
  const { date, time } = chinaStamp(createdAt);
  return `${BACKUP_FILE_PREFIX}_${date}_${time}_${reason}${BACKUP_FILE_EXTENSION}`;
}

export interface ParsedBackupName {
  date: string;
  time: string;
  reason: BackupReason;
  /** 0 for the plain name; n for the "_n" added when two backups fall in the same second. */
  serial: number;
}

const NAME_RE = new RegExp(`^${BACKUP_FILE_PREFIX}_(\\d{4}-\\d{2}-\\d{2})_(\\d{6})_(${BACKUP_REASONS.join('|')})(?:_(\\d{1,4}))?\\.(?:fzbak|json)$`);

/** Whether 'YYYY-MM-DD' and 'HHMMSS' name a real moment: no 2026-02-30, no day 99, no 25 o'clock. */
function isRealStamp(date: string, time: string): boolean {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = [time.slice(0, 2), time.slice(2, 4), time.slice(4, 6)].map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1970 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h <= 23 && mi <= 59 && s <= 59;
}

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = NAME_RE.exec(name);
  if (!m || !isRealStamp(m[1], m[2])) return null;
  return { date: m[1], time: m[2], reason: m[3] as BackupReason, serial: m[4] ? Number(m[4]) : 0 };
}

/** The same name with "_n" before the extension, for a second backup within one second. */
export function withSerial(name: string, serial: number): string {
  return name.replace(/\.(fzbak|json)$/, `_${serial}.$1`);
}

/**
 * The header of a backup from the first bytes of its file, or null when they do not hold one
 * (not a backup, keys reordered by some editor, or a header longer than the prefix).
 */
export function readHeaderFromPrefix(prefix: string): BackupHeader | null {
  const text = prefix.replace(/^\uFEFF/, '');
  const at = text.search(/"tables"\s*:/);
  if (at < 0) return null;
  const head = text.slice(0, at).replace(/[\s,]*$/, '');
  try {
    const value = JSON.parse(`${head}}`) as unknown;
    return isBackupHeader(value) ? value : null;
  } catch {
    return null;
  }
}

export function isBackupHeader(value: unknown): value is BackupHeader {
  if (!isBackupSummary(value)) return false;
  const v = value as unknown as Record<string, unknown>;
  return typeof v.checksum === 'string' && /^[0-9a-f]{64}$/.test(v.checksum);
}

/** The fields every backup's header has, in either format. */
export function isBackupSummary(value: unknown): value is BackupSummary {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === BACKUP_FORMAT &&
    Number.isInteger(v.formatVersion) &&
    Number.isInteger(v.schemaVersion) &&
    (v.schemaVersion as number) >= 1 &&
    typeof v.appVersion === 'string' &&
    typeof v.createdAt === 'string' &&
    !Number.isNaN(Date.parse(v.createdAt)) &&
    typeof v.reason === 'string' &&
    (BACKUP_REASONS as readonly string[]).includes(v.reason) &&
    v.counts !== null &&
    typeof v.counts === 'object' &&
    !Array.isArray(v.counts) &&
    Object.values(v.counts as Record<string, unknown>).every((n) => Number.isInteger(n) && (n as number) >= 0)
  );
}

/** Compares dotted version numbers ('0.10.0' > '0.9.3'); a pre-release suffix is ignored. Null when either is not one. */
export function compareVersions(a: string, b: string): number | null {
  const parse = (v: string) => (/^\d+(\.\d+)*(-[0-9A-Za-z.-]+)?$/.test(v) ? v.split('-')[0].split('.').map(Number) : null);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
