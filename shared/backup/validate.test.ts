import { describe, expect, it } from 'vitest';
import { serializeBackup, tablesChecksum, type BackupTables } from './format';
import { checkBackupForRestore, checkBackupIntegrity, checkFreshBackup, type RestoreTarget } from './validate';

const base = { id: 'c1', createdAt: '2026-01-05T01:00:00.000Z', updatedAt: '2026-01-05T01:00:00.000Z', deleted: 0 };
const goodTables = (): BackupTables => ({
  reviewCases: [
    {
      ...base,
      caseNo: '丹政复〔2026〕1号',
      receivedDate: '2026-01-05',
      acceptedDate: null,
      events: [{ id: 'e1', kind: 'receive', date: '2026-01-05' }],
    },
  ],
  reviewLetters: [],
  changeLog: [
    {
      seq: 1,
      at: '2026-01-05T01:00:00.000Z',
      actor: '张明',
      table: 'reviewCases',
      recordId: 'c1',
      action: 'create',
      summary: '登记',
      before: null,
      after: {},
    },
  ],
  settings: [{ key: 'app', value: { operatorName: '张明' } }],
});

const target: RestoreTarget = {
  schemaVersion: 2,
  appVersion: '0.1.0',
  tables: { reviewCases: 'id', reviewLetters: 'id', changeLog: 'seq', settings: 'key', agreementReviews: 'id' },
};

function backupText(tables: BackupTables = goodTables(), overrides: Partial<{ schemaVersion: number; appVersion: string }> = {}): string {
  return serializeBackup({
    tables,
    schemaVersion: overrides.schemaVersion ?? 2,
    appVersion: overrides.appVersion ?? '0.1.0',
    createdAt: '2026-01-05T02:00:00.000Z',
    reason: '手动',
  }).json;
}

/** Replaces the tables of a valid backup but keeps a correct checksum, to reach the record checks. */
function withTables(tables: BackupTables): string {
  const file = JSON.parse(backupText());
  file.tables = tables;
  file.counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
  file.checksum = tablesChecksum(tables);
  return JSON.stringify(file);
}

describe('checkBackupIntegrity', () => {
  it('accepts a backup as written', () => {
    const result = checkBackupIntegrity(backupText());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.tables).toEqual(goodTables());
  });

  it('accepts a file that was pretty-printed since', () => {
    expect(checkBackupIntegrity(JSON.stringify(JSON.parse(backupText()), null, 2)).ok).toBe(true);
  });

  it('refuses a file whose record keys were put in another order', () => {
    const file = JSON.parse(backupText());
    const [row] = file.tables.reviewCases;
    file.tables.reviewCases = [Object.fromEntries(Object.entries(row).reverse())];
    const result = checkBackupIntegrity(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^备份文件校验失败/);
  });

  it('accepts a file with a byte-order mark (saved again by Notepad)', () => {
    expect(checkBackupIntegrity(`\uFEFF${backupText()}`).ok).toBe(true);
  });

  it('refuses a truncated file', () => {
    const text = backupText();
    expect(checkBackupIntegrity(text.slice(0, Math.floor(text.length * 0.7)))).toEqual({
      ok: false,
      error: '备份文件不完整（可能在复制、下载时被截断或已损坏），无法使用，未做任何改动。',
    });
  });

  it('refuses a file whose records were changed after the checksum was computed', () => {
    const text = backupText().replace('丹政复〔2026〕1号', '丹政复〔2026〕9号');
    const result = checkBackupIntegrity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^备份文件校验失败/);
  });

  it('refuses a wrong checksum', () => {
    const file = JSON.parse(backupText());
    file.checksum = '0'.repeat(64);
    const result = checkBackupIntegrity(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('校验失败');
  });

  it('refuses counts that do not match the rows', () => {
    const file = JSON.parse(backupText());
    file.counts.reviewCases = 2;
    const result = checkBackupIntegrity(JSON.stringify(file));
    expect(result).toEqual({ ok: false, error: '备份文件中「行政复议案件」的记录数与说明不符，文件可能已损坏，未做任何改动。' });
  });

  it.each([
    ['an exported JSON list', '[{"案号":"丹政复〔2026〕1号"}]'],
    ["another program's JSON", '{"name":"package","version":"1.0.0"}'],
    ['a text file', '案号,申请人\n丹政复〔2026〕1号,张三'],
    ['an empty file', ''],
  ])('refuses %s as not a backup', (_label, text) => {
    expect(checkBackupIntegrity(text)).toEqual({ ok: false, error: '所选文件不是法治台账的备份文件，未做任何改动。' });
  });

  it('refuses a newer file format, naming the app version', () => {
    const file = JSON.parse(backupText());
    file.formatVersion = 3;
    file.appVersion = '3.0.0';
    const result = checkBackupIntegrity(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('更新的文件格式（第3版），由更新版本的法治台账（3.0.0）创建');
  });

  it('refuses a header with a missing field', () => {
    const file = JSON.parse(backupText());
    delete file.schemaVersion;
    expect(checkBackupIntegrity(JSON.stringify(file))).toEqual({ ok: false, error: '备份文件的说明信息不完整或已损坏，无法使用，未做任何改动。' });
  });
});

describe('checkBackupForRestore', () => {
  it('accepts a good backup', () => {
    expect(checkBackupForRestore(backupText(), target).ok).toBe(true);
  });

  it('accepts a backup from an older schema and app version', () => {
    expect(checkBackupForRestore(backupText(goodTables(), { schemaVersion: 1, appVersion: '0.0.9' }), target).ok).toBe(true);
  });

  it('refuses a backup from a newer schema', () => {
    const result = checkBackupForRestore(backupText(goodTables(), { schemaVersion: 3, appVersion: '0.3.0' }), target);
    expect(result).toEqual({
      ok: false,
      error: '该备份来自更新版本的法治台账（程序 0.3.0，数据库第3版），本程序只认识到第2版。请先升级本程序再恢复，未做任何改动。',
    });
  });

  it('refuses a backup from a newer app version with the same schema', () => {
    const result = checkBackupForRestore(backupText(goodTables(), { appVersion: '0.2.0' }), target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('较新版本的法治台账（0.2.0）创建，本机是 0.1.0');
  });

  it('refuses a table this app does not know', () => {
    const result = checkBackupForRestore(withTables({ ...goodTables(), futureTable: [] }), target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('本程序不认识的数据「futureTable」');
  });

  // The list of tables is exact: a name every object answers to ('constructor', '__proto__') is not a table either.
  it.each(['constructor', '__proto__', 'toString'])('refuses a table named %s', (name) => {
    const tables = goodTables();
    Object.defineProperty(tables, name, { value: [{ id: 'x' }], enumerable: true, configurable: true, writable: true });
    const result = checkBackupForRestore(withTables(tables), target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`本程序不认识的数据「${name}」`);
  });

  it.each([
    ['a record without id', { ...base, id: undefined, receivedDate: '2026-01-05' }, '「行政复议案件」第1条记录缺少编号（id）'],
    ['an id that is a number', { ...base, id: 7, receivedDate: '2026-01-05' }, '缺少编号（id）'],
    ['deleted neither 0 nor 1', { ...base, deleted: true, receivedDate: '2026-01-05' }, '的删除标记无效（应为 0 或 1）'],
    ['a missing required date', { ...base }, '（编号 c1）的收到日期缺失或不是有效日期'],
    ['an impossible date', { ...base, receivedDate: '2026-02-30' }, '收到日期缺失或不是有效日期'],
    ['a bad optional date', { ...base, receivedDate: '2026-01-05', concludedDate: '2026/3/1' }, '的审结日期不是有效日期'],
    ['a timeline step without a date', { ...base, receivedDate: '2026-01-05', events: [{ kind: 'receive' }] }, '办理过程第1项的日期缺失'],
    ['a row that is not an object', 'c1', '「行政复议案件」第1条记录不是有效的记录'],
  ])('refuses %s, naming the problem', (_label, row, message) => {
    const result = checkBackupForRestore(withTables({ ...goodTables(), reviewCases: [row] }), target);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error).toMatch(/^备份中的数据有误：.*未做任何改动。$/);
    }
  });

  it('refuses an id that appears twice', () => {
    const row = goodTables().reviewCases[0];
    const result = checkBackupForRestore(withTables({ ...goodTables(), reviewCases: [row, row] }), target);
    expect(result).toEqual({ ok: false, error: '备份中的数据有误：「行政复议案件」中编号 c1 出现了两次。未做任何改动。' });
  });

  it('refuses a change-log entry without a sequence number', () => {
    const log = { ...(goodTables().changeLog[0] as object), seq: undefined };
    const result = checkBackupForRestore(withTables({ ...goodTables(), changeLog: [log] }), target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('「修改记录」第1条记录的序号无效');
  });

  it('refuses a table outside its exact list, even one the target database has', () => {
    const unknown = { ...target, tables: { ...target.tables, trash: 'id' } };
    const result = checkBackupForRestore(withTables({ ...goodTables(), trash: [{ id: 'x' }] }), unknown);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('本程序不认识的数据「trash」');
  });

  it('refuses a hand-edited setting of the wrong type, naming it, and an unknown settings key', () => {
    const bad = checkBackupForRestore(withTables({ ...goodTables(), settings: [{ key: 'app', value: { operatorName: { name: '王五' } } }] }), target);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toBe('备份中的数据有误：「设置」第1条记录设置（operatorName）：使用人姓名（operatorName）不是文字。未做任何改动。');
    const holidays = checkBackupForRestore(
      withTables({ ...goodTables(), settings: [{ key: 'app', value: { holidays: [{ date: '2026-02-30', kind: 'holiday', name: '春节' }] } }] }),
      target,
    );
    expect(holidays.ok).toBe(false);
    if (!holidays.ok) expect(holidays.error).toContain('节假日的日期无效');
    const mappings = checkBackupForRestore(
      withTables({ ...goodTables(), settings: [{ key: 'importMappings', value: { h1: { ledger: 'review', columns: 3 } } }] }),
      target,
    );
    expect(mappings.ok).toBe(false);
    const unknownKey = checkBackupForRestore(withTables({ ...goodTables(), settings: [{ key: 'theme', value: 'dark' }] }), target);
    expect(unknownKey.ok).toBe(false);
    if (!unknownKey.ok) expect(unknownKey.error).toContain('不认识的设置项“theme”');
    const good = checkBackupForRestore(
      withTables({
        ...goodTables(),
        settings: [
          { key: 'app', value: { operatorName: '王五', organNames: { caseNoPrefix: '丹政复' } } },
          { key: 'importMappings', value: { h1: { ledger: 'review', columns: ['caseNo', null], savedAt: '2026-01-05T08:00:00.000Z' } } },
        ],
      }),
      target,
    );
    expect(good.ok).toBe(true);
  });
});

describe('checkFreshBackup', () => {
  it('passes a backup as serializeBackup wrote it', () => {
    expect(checkFreshBackup(backupText())).toBeNull();
  });

  it('catches a cut-off text, a changed record and text that is no backup', () => {
    const text = backupText();
    expect(checkFreshBackup(text.slice(0, -20))).toBe('备份内容不完整。');
    expect(checkFreshBackup(text.slice(0, -1))).toBe('备份内容与校验码不符。');
    expect(checkFreshBackup(text.replace('丹政复〔2026〕1号', '丹政复〔2026〕2号'))).toBe('备份内容与校验码不符。');
    expect(checkFreshBackup('{"a":1}')).toBe('备份内容不完整。');
  });
});
