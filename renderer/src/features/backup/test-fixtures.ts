import { vi } from 'vitest';
import { backupFileName } from '../../../../shared/backup/format';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { HOST_API_GLOBAL, type HostApi, type WriteBackupRequest, type WriteBackupResult } from '../../../../shared/host-api';
import type { FazhiDb } from '../../db/db';
import { saveSettings } from '../../db/settings-repo';
import { saveAgreement } from '../agreements/agreement-repo';
import { saveDocument } from '../normative/normative-repo';
import { saveLetter } from '../review/letter-repo';
import { addStep, registerCase } from '../review/review-repo';
import { caseFields as inputOf } from '../../db/form-inputs.test-util';

/** Unit tests of backups: a host that keeps written backups in memory, and a small filled ledger. */

export const TODAY = '2024-06-30';
export const ACTOR = '张明';

export interface FakeHost extends HostApi {
  /** Each request with the name the desktop host would give it. */
  written: (WriteBackupRequest & { name: string })[];
  /** Makes the next writes fail with this message (null: succeed). */
  failWith: string | null;
  quitHandler: (() => Promise<void>) | null;
}

export function installFakeHost(kind: 'electron' | 'browser' = 'electron', version = '0.1.0'): FakeHost {
  const host: FakeHost = {
    written: [],
    failWith: null,
    quitHandler: null,
    getAppInfo: async () => ({ kind, version, platform: 'win32' }),
    saveFile: async () => ({ saved: true }),
    openExternal: async () => true,
    showItemInFolder: async () => {},
    openLogFolder: async () => false,
    async writeBackup(req): Promise<WriteBackupResult> {
      if (host.failWith) return { saved: false, error: host.failWith };
      const name = backupFileName(new Date().toISOString(), req.reason);
      host.written.push({ ...req, name });
      return { saved: true, name, path: `D:\\法治台账备份\\${name}` };
    },
    listBackups: async () => ({ folder: 'D:\\法治台账备份', entries: [] }),
    readBackup: async () => ({ ok: false, error: 'none' }),
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

/** Every table's full contents. */
export async function everything(db: FazhiDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
