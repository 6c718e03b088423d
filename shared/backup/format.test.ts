import { describe, expect, it } from 'vitest';
import { backupFileName, compareVersions, parseBackupFileName, readHeaderFromPrefix, serializeBackup, tablesChecksum, withSerial } from './format';

const tables = {
  reviewCases: [{ id: 'a', caseNo: '丹政复〔2024〕1号', deleted: 0 }],
  settings: [{ key: 'app', value: { operatorName: '张明' } }],
};

describe('serializeBackup', () => {
  it('writes the header first, tables last, with counts and the checksum of the tables', () => {
    const { json, header } = serializeBackup({
      tables,
      schemaVersion: 2,
      appVersion: '0.1.0',
      createdAt: '2026-11-29T10:30:00.000Z',
      reason: '定时',
    });
    expect(Object.keys(JSON.parse(json))).toEqual([
      'format',
      'formatVersion',
      'schemaVersion',
      'appVersion',
      'createdAt',
      'reason',
      'counts',
      'checksum',
      'tables',
    ]);
    expect(header.counts).toEqual({ reviewCases: 1, settings: 1 });
    expect(header.checksum).toBe(tablesChecksum(tables));
    expect(header.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(json).tables).toEqual(tables);
    expect(tablesChecksum(JSON.parse(json).tables)).toBe(header.checksum);
  });

  it('survives values whose JSON text is not obvious: escapes, lone surrogates, large and negative-zero numbers, numeric keys', () => {
    const odd = { t: [{ s: 'a"b\\c\n\u2028\ud800', n: -0, big: 1e21, tiny: 5e-7, 2: 'two', 10: 'ten', x: undefined, d: new Date(0) }] };
    const { json, header } = serializeBackup({
      tables: odd,
      schemaVersion: 2,
      appVersion: '0.1.0',
      createdAt: '2026-11-29T10:30:00.000Z',
      reason: '手动',
    });
    expect(tablesChecksum(JSON.parse(json).tables)).toBe(header.checksum);
  });

  it('changes the checksum when any value changes', () => {
    const other = { ...tables, reviewCases: [{ ...tables.reviewCases[0], deleted: 1 }] };
    expect(tablesChecksum(other)).not.toBe(tablesChecksum(tables));
  });
});

describe('backup file names', () => {
  it('name the China date and time and the reason', () => {
    // 18:30:00 in Beijing is 10:30 UTC.
    expect(backupFileName('2026-11-29T10:30:00.000Z', '定时')).toBe('法治台账备份_2026-11-29_183000_定时.fzbak');
    // 23:59 UTC on 28 Nov is already 29 Nov in China.
    expect(backupFileName('2026-11-28T23:59:59.000Z', '退出')).toBe('法治台账备份_2026-11-29_075959_退出.fzbak');
    // Backups of earlier releases (.json) keep their names: they are parsed, and numbered, the same way.
    expect(parseBackupFileName('法治台账备份_2026-11-29_183000_定时.fzbak')).toMatchObject({ reason: '定时', serial: 0 });
    expect(withSerial('法治台账备份_2026-11-29_183000_手动.fzbak', 3)).toBe('法治台账备份_2026-11-29_183000_手动_3.fzbak');
    expect(withSerial('法治台账备份_2026-11-29_183000_手动.json', 3)).toBe('法治台账备份_2026-11-29_183000_手动_3.json');
    expect(parseBackupFileName('法治台账备份_2026-11-29_183000_定时.fzbak.tmp')).toBeNull();
  });

  it('parse back, with the serial added for a second backup in one second', () => {
    expect(parseBackupFileName('法治台账备份_2026-11-29_183000_导入前.json')).toEqual({
      date: '2026-11-29',
      time: '183000',
      reason: '导入前',
      serial: 0,
    });
    expect(parseBackupFileName(withSerial('法治台账备份_2026-11-29_183000_手动.json', 2))).toMatchObject({ serial: 2, reason: '手动' });
    expect(parseBackupFileName('法治台账备份_2028-02-29_235959_定时.json')).toMatchObject({ date: '2028-02-29', time: '235959' });
  });

  it.each([
    '法治台账备份_2026-11-29_183000_其他.json',
    '法治台账备份_2026-11-29_1830_定时.json',
    'notes.json',
    '法治台账备份_2026-11-29_183000_定时.json.tmp',
    // Dates and times that do not exist: the name must stand for a real moment.
    '法治台账备份_2026-11-99_183000_定时.json',
    '法治台账备份_2026-13-01_183000_定时.json',
    '法治台账备份_2026-02-29_183000_手动.json',
    '法治台账备份_2026-00-10_183000_手动.json',
    '法治台账备份_0000-01-01_183000_手动.json',
    '法治台账备份_2026-11-29_243000_定时.json',
    '法治台账备份_2026-11-29_186000_定时.json',
    '法治台账备份_2026-11-29_183060_定时.json',
    '法治台账备份_2026-11-29_183000_手动.json:stream',
  ])('do not match %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('readHeaderFromPrefix', () => {
  const { json, header } = serializeBackup({ tables, schemaVersion: 2, appVersion: '0.1.0', createdAt: '2026-11-29T10:30:00.000Z', reason: '手动' });

  it('reads the header from the first bytes only', () => {
    const prefix = json.slice(0, json.indexOf('"tables"') + 20);
    expect(readHeaderFromPrefix(prefix)).toEqual(header);
  });

  it('reads a pretty-printed file and one with a byte-order mark', () => {
    expect(readHeaderFromPrefix(`\uFEFF${JSON.stringify(JSON.parse(json), null, 2)}`)).toEqual(header);
  });

  it('returns null for other JSON and for a header that is cut off', () => {
    expect(readHeaderFromPrefix('{"name":"x","tables":[]}')).toBeNull();
    expect(readHeaderFromPrefix(json.slice(0, 60))).toBeNull();
  });
});

describe('compareVersions', () => {
  it.each([
    ['0.10.0', '0.9.3', 1],
    ['0.1.0', '0.1.0', 0],
    ['0.1.0', '0.1', 0],
    ['1.2.3', '1.3.0', -1],
    ['0.2.0-beta.1', '0.2.0', 0],
  ])('%s vs %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it('is null for something that is not a version', () => {
    expect(compareVersions('dev', '0.1.0')).toBeNull();
  });
});
