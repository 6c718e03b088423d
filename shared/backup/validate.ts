import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  compareVersions,
  isBackupHeader,
  readHeaderFromPrefix,
  tablesChecksum,
  type BackupFile,
  type BackupHeader,
} from './format';
import { RESTORABLE_TABLES, rowProblem, tableLabel } from './records';
import { sha256Hex } from './sha256';

export type BackupCheck = { ok: true; backup: BackupFile } | { ok: false; error: string };

/** What the app restoring a backup knows: its schema, its version and its tables' primary keys. */
export interface RestoreTarget {
  schemaVersion: number;
  appVersion: string;
  /** Table name → primary key path (null when the key lives outside the row). */
  tables: Record<string, string | null>;
}

const fail = (error: string): BackupCheck => ({ ok: false, error });

const NOT_A_BACKUP = '所选文件不是法治台账的备份文件，未做任何改动。';

/**
 * Reads a backup's text and checks that it is whole: a backup of this app, complete, and
 * matching its checksum and counts. Says nothing about whether this app can restore it
 * (see checkBackupForRestore). Every message is meant for the clerk.
 */
export function checkBackupIntegrity(text: string): BackupCheck {
  const clean = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch {
    if (clean.trimStart().startsWith(`{"format":"${BACKUP_FORMAT}"`)) {
      return fail('备份文件不完整（可能在复制、下载时被截断或已损坏），无法使用，未做任何改动。');
    }
    return fail(NOT_A_BACKUP);
  }
  if (value === null || typeof value !== 'object' || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail(NOT_A_BACKUP);
  }
  const file = value as Partial<BackupFile>;
  if (typeof file.formatVersion === 'number' && file.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(
      `该备份使用了更新的文件格式（第${file.formatVersion}版），由更新版本的法治台账${typeof file.appVersion === 'string' ? `（${file.appVersion}）` : ''}创建。请先升级本程序再恢复，未做任何改动。`,
    );
  }
  if (!isBackupHeader(value)) return fail('备份文件的说明信息不完整或已损坏，无法使用，未做任何改动。');
  const tables = file.tables as unknown;
  if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) {
    return fail('备份文件中没有数据部分，文件可能已损坏，未做任何改动。');
  }
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) return fail(`备份文件中「${tableLabel(name)}」的数据已损坏，未做任何改动。`);
  }
  const header = value as BackupHeader;
  const typedTables = tables as Record<string, unknown[]>;
  if (tablesChecksum(typedTables) !== header.checksum) {
    return fail('备份文件校验失败：内容与校验码不符，文件可能已损坏或被改动过，无法使用，未做任何改动。');
  }
  const names = new Set([...Object.keys(header.counts), ...Object.keys(typedTables)]);
  for (const name of names) {
    if ((typedTables[name]?.length ?? -1) !== header.counts[name]) {
      return fail(`备份文件中「${tableLabel(name)}」的记录数与说明不符，文件可能已损坏，未做任何改动。`);
    }
  }
  return { ok: true, backup: value as BackupFile };
}

/**
 * A quick check of a backup just made by serializeBackup, before it is stored: the header is
 * whole and the checksum matches the tables' text as written. Hashes the text without parsing
 * it, so storing a large backup does not stall Electron's main process. Null when it is fine.
 */
export function checkFreshBackup(text: string): string | null {
  const header = readHeaderFromPrefix(text.slice(0, 64 * 1024));
  const marker = ',"tables":';
  const at = text.indexOf(marker);
  if (!header || at < 0 || !text.endsWith('}')) return '备份内容不完整。';
  if (sha256Hex(text.slice(at + marker.length, -1)) !== header.checksum) return '备份内容与校验码不符。';
  return null;
}

/**
 * Everything checkBackupIntegrity checks, and whether this app can take the backup in: not
 * from a newer schema or app version, only the tables of its exact list (RESTORABLE_TABLES), every field of every
 * row and every setting well-formed, and no id twice.
 */
export function checkBackupForRestore(text: string, target: RestoreTarget): BackupCheck {
  const whole = checkBackupIntegrity(text);
  if (!whole.ok) return whole;
  const backup = whole.backup;
  if (backup.schemaVersion > target.schemaVersion) {
    return fail(
      `该备份来自更新版本的法治台账（程序 ${backup.appVersion}，数据库第${backup.schemaVersion}版），本程序只认识到第${target.schemaVersion}版。请先升级本程序再恢复，未做任何改动。`,
    );
  }
  if ((compareVersions(backup.appVersion, target.appVersion) ?? 0) > 0) {
    return fail(
      `该备份由较新版本的法治台账（${backup.appVersion}）创建，本机是 ${target.appVersion}。为避免新版本的数据在旧版本中出错，请先升级本程序再恢复，未做任何改动。`,
    );
  }
  for (const [name, rows] of Object.entries(backup.tables)) {
    if (!Object.hasOwn(target.tables, name) || !RESTORABLE_TABLES.has(name)) {
      return fail(`备份中含有本程序不认识的数据「${name}」，可能来自更新版本的法治台账。请先升级本程序再恢复，未做任何改动。`);
    }
    const keyPath = target.tables[name];
    const seen = new Set<unknown>();
    for (let i = 0; i < rows.length; i++) {
      const problem = rowProblem(name, rows[i], i + 1, keyPath);
      if (problem) return fail(`备份中的数据有误：${problem}。未做任何改动。`);
      if (keyPath) {
        const key = (rows[i] as Record<string, unknown>)[keyPath];
        if (seen.has(key)) return fail(`备份中的数据有误：「${tableLabel(name)}」中编号 ${String(key)} 出现了两次。未做任何改动。`);
        seen.add(key);
      }
    }
  }
  return whole;
}
