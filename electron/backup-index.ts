import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_REASONS, parseBackupFileName } from '../shared/backup/format';
import { readJsonFile, writeJsonFile } from './files';
import { isSafeFileName } from './paths';

/**
 * The main process's own record of the backups it wrote, per backup folder, in
 * <userData>/backup-index.json (written atomically: temp file + rename). Retention and the folder
 * budget read only this record: a file the record does not list is the clerk's (a copy, a backup
 * of an older version, a file dropped in by hand) and is never deleted. Kept in userData rather
 * than in the folder, so that two PCs sharing one folder each manage only their own backups.
 */

export const BACKUP_INDEX_FILE = 'backup-index.json';

export interface BackupRecord {
  name: string;
  /** ISO time (UTC) from the main process's clock when it wrote the file. */
  createdAt: string;
  reason: (typeof BACKUP_REASONS)[number];
  /** Bytes written. */
  size: number;
  /** SHA-256 (hex) of the bytes written: a file is deleted only while it is still exactly what was written. */
  sha256: string;
}

const recordSchema = z
  .object({
    name: z.string().refine(isSafeFileName),
    createdAt: z.string().refine((value) => !Number.isNaN(Date.parse(value))),
    reason: z.enum(BACKUP_REASONS),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
  .refine((record) => parseBackupFileName(record.name)?.reason === record.reason);

interface IndexFile {
  version: 1;
  /** Resolved folder path → its records. */
  folders: Record<string, BackupRecord[]>;
}

export function backupIndexFile(userDataDir: string): string {
  return path.join(userDataDir, BACKUP_INDEX_FILE);
}

const folderKey = (folder: string) => path.resolve(folder);

function readIndex(file: string): IndexFile {
  const value = readJsonFile(file) as { version?: unknown; folders?: unknown } | undefined;
  if (value?.version !== 1 || value.folders === null || typeof value.folders !== 'object') return { version: 1, folders: {} };
  return { version: 1, folders: value.folders as Record<string, unknown[]> } as IndexFile;
}

/**
 * The records of `folder`. An unreadable index, or an entry that is not one the main process
 * could have written, reads as absent: its file then counts as the clerk's and is kept.
 */
export function loadBackupRecords(indexFile: string, folder: string): BackupRecord[] {
  const raw = readIndex(indexFile).folders[folderKey(folder)];
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const records: BackupRecord[] = [];
  for (const entry of raw) {
    const parsed = recordSchema.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.name)) continue;
    seen.add(parsed.data.name);
    records.push(parsed.data);
  }
  return records;
}

export function saveBackupRecords(indexFile: string, folder: string, records: readonly BackupRecord[]): void {
  const index = readIndex(indexFile);
  index.folders[folderKey(folder)] = [...records];
  mkdirSync(path.dirname(indexFile), { recursive: true });
  writeJsonFile(indexFile, index);
}
