import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { expect, vi } from 'vitest';
import { backupFileName, type BackupReason, type BackupSummary } from '../../../../shared/backup/format';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { HOST_API_GLOBAL, type HostApi, type WriteBackupResult } from '../../../../shared/host-api';
import { backedUpTables, type FazhiDb } from '../../db/db';
import { saveSettings } from '../../db/settings-repo';
import { saveAgreement } from '../agreements/agreement-repo';
import { saveDocument } from '../normative/normative-repo';
import { saveLetter } from '../review/letter-repo';
import { addStep, registerCase } from '../review/review-repo';
import { caseFields as inputOf } from '../../../../shared/ledgers/form-inputs.test-util';

/** Unit tests of backups: a host that keeps written backups in memory, and a small filled ledger. */

export const TODAY = '2024-06-30';
export const ACTOR = '张明';

/** A written backup (format 2) read back: its header, its tables and what its last line says. */
export interface ReadBack extends BackupSummary {
  tables: Record<string, unknown[]>;
  trailer: { counts: Record<string, number>; checksum: string };
}

/** Decompresses and parses a format-2 backup, for tests (the app itself never holds one whole). */
export function readBack(bytes: Uint8Array): ReadBack {
  const lines = strFromU8(gunzipSync(bytes)).split('\n');
  expect(lines.pop()).toBe('');
  const header = JSON.parse(lines[0]) as BackupSummary;
  const tables: Record<string, unknown[]> = {};
  let current = '';
  let trailer: ReadBack['trailer'] | null = null;
  for (const line of lines.slice(1)) {
    const value = JSON.parse(line);
    if (Array.isArray(value) && value[0] === 'table') {
      current = value[1];
      tables[current] = [];
    } else if (Array.isArray(value) && value[0] === 'end') trailer = value[1];
    else tables[current].push(value);
  }
  return { ...header, tables, trailer: trailer! };
}

/** The same backup with `from` replaced by `to` inside, compressed again: the checksum no longer matches. */
export function tamper(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = strFromU8(gunzipSync(bytes));
  expect(text).toContain(from);
  return gzipSync(strToU8(text.replace(from, to)));
}

export interface FakeHost extends HostApi {
  /** Each backup with the name the desktop host would give it. */
  written: { name: string; reason: BackupReason; bytes: Uint8Array; file: ReadBack }[];
  /** Whether each backup is decompressed and parsed into `file` (true); a test measuring the app's own work turns it off. */
  readBack: boolean;
  /** Makes the next writes fail with this message (null: succeed). */
  failWith: string | null;
  quitHandler: (() => Promise<void>) | null;
}

export function installFakeHost(kind: 'electron' | 'browser' = 'electron', version = '0.1.0'): FakeHost {
  let tokens = 0;
  const open = new Map<string, { reason: BackupReason; parts: Uint8Array[] }>();
  const host: FakeHost = {
    written: [],
    readBack: true,
    failWith: null,
    quitHandler: null,
    getAppInfo: async () => ({ kind, version, platform: 'win32' }),
    saveFile: async () => ({ saved: true }),
    openExternal: async () => true,
    showItemInFolder: async () => {},
    openLogFolder: async () => false,
    async beginBackup(reason) {
      if (host.failWith) return { ok: false, error: host.failWith };
      const token = `${++tokens}`.padStart(32, '0');
      open.set(token, { reason, parts: [] });
      return { ok: true, token };
    },
    async appendBackup(req) {
      const backup = open.get(req.token);
      if (!backup || backup.parts.length !== req.index) return { ok: false, error: '顺序有误' };
      backup.parts.push(req.chunk.slice());
      return { ok: true };
    },
    async finishBackup(req): Promise<WriteBackupResult> {
      const backup = open.get(req.token);
      open.delete(req.token);
      if (!backup) return { saved: false, error: '不存在' };
      const bytes = new Uint8Array(backup.parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of backup.parts) {
        bytes.set(p, at);
        at += p.length;
      }
      const file = host.readBack ? readBack(bytes) : ({} as ReadBack);
      if (host.readBack) expect(req.counts).toEqual(file.counts);
      const name = backupFileName(new Date().toISOString(), backup.reason);
      host.written.push({ name, reason: backup.reason, bytes, file });
      return { saved: true, name, path: `D:\\法治台账备份\\${name}` };
    },
    async abortBackup(token) {
      open.delete(token);
    },
    listBackups: async () => ({ folder: 'D:\\法治台账备份', entries: [] }),
    readBackupChunk: async () => ({ ok: false, error: 'none' }),
    getBackupFolder: async () => ({ path: 'D:\\法治台账备份', isDefault: true, freeBytes: null, totalBytes: null }),
    chooseBackupFolder: async () => ({ changed: false }),
    onBeforeQuit(handler) {
      host.quitHandler = handler;
    },
  };
  const storage = new Map<string, string>();
  vi.stubGlobal('window', { [HOST_API_GLOBAL]: host });
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
  });
  return host;
}

export function caseFields(caseNo: string, overrides: Record<string, unknown> = {}) {
  return inputOf({ caseNo, ...overrides });
}

/** A case with a timeline, a letter, a normative document, an agreement and the settings: every kind of row. */
export async function fillLedger() {
  await saveSettings({ ...DEFAULT_SETTINGS, operatorName: ACTOR }, '填写使用人姓名');
  const first = await registerCase(caseFields('丹政复〔2024〕1号'), '2024-03-05', ACTOR, TODAY);
  const accepted = await addStep(first.id, { kind: 'accept', date: '2024-03-08', procedure: 'ordinary' }, ACTOR, TODAY);
  const second = await registerCase(caseFields('丹政复〔2024〕2号', { applicant: '李雷' }), '2024-04-01', ACTOR, TODAY);
  const letter = await saveLetter(
    { kind: 'opinion', docNo: '丹复意〔2024〕1号', caseId: first.id, issueDate: '2024-05-06', recipient: '丹阳市公安局', answerDate: null, note: '' },
    null,
    ACTOR,
    TODAY,
  );
  const doc = await saveDocument(
    {
      title: '丹阳市城市管理办法',
      docNo: '丹政发〔2020〕14号',
      issuer: '丹阳市人民政府',
      publishDate: '2020-03-01',
      effectiveDate: null,
      statedExpiry: null,
      status: 'valid',
      note: '',
    },
    null,
    ACTOR,
    TODAY,
  );
  const agreement = await saveAgreement(
    {
      name: '城南片区征收补偿协议',
      signingCapacity: 'government',
      submittingUnit: '市住建局',
      counterparty: '丹阳某置业有限公司',
      category: '征收补偿',
      amount: 1200.5,
      receivedDate: '2024-03-01',
      opinionDate: null,
      opinion: null,
      problems: '',
      handler: '李四',
      note: '',
    },
    null,
    ACTOR,
    TODAY,
  );
  return { first: accepted, second, letter, doc, agreement };
}

/** Every backed-up table's full contents (not 多机同步's local-only bookkeeping, which no backup holds). */
export async function everything(db: FazhiDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of backedUpTables(db.tables)) out[table.name] = await table.toArray();
  return out;
}
