import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../../shared/backup/format';
import type { ChangeLogEntry } from '../../../../shared/record';
import type { FazhiDb } from '../../db/db';
import { expectRefusedUnchanged, withFreshDb } from '../../db/test-db';
import { prepareRestore, restoreFrom, takeBackup } from './backup-service';
import { ACTOR, everything, fillLedger, installFakeHost, tamper, type FakeHost } from './test-fixtures';

/**
 * Format 2 at its limits: a backup far larger than any string built on the way (the JavaScript engine's string
 * limit, scaled down), old `.json` backups, and compressed files cut short or changed.
 */

let db: FazhiDb;
let host: FakeHost;
withFreshDb((fresh) => {
  db = fresh;
  host = installFakeHost();
});

async function expectRefused(action: () => Promise<unknown>, message: string | RegExp): Promise<void> {
  await expectRefusedUnchanged(db, action, message);
}

/** Lines of the decompressed backup, and the same compressed again after `edit`. */
function relines(bytes: Uint8Array, edit: (lines: string[]) => string[]): Uint8Array {
  const lines = strFromU8(gunzipSync(bytes)).split('\n');
  return gzipSync(strToU8(edit(lines).join('\n')));
}

describe('a backup larger than any string the engine could hold', () => {
  it('is written and restored without ever building a string longer than one record', async () => {
    await fillLedger();
    // 60 change-log entries with 250,000 characters each before and after: 30 million characters in all, where the
    // longest record is 500,000. N stands for V8's limit (~536 million characters) scaled down.
    const big = (n: number) => 'x'.repeat(250_000 - 10) + String(n).padStart(10, '0');
    const entries: ChangeLogEntry[] = Array.from({ length: 60 }, (_, i) => ({
      at: '2024-06-30T01:00:00.000Z',
      actor: ACTOR,
      table: 'reviewCases',
      recordId: `r${i}`,
      action: 'update',
      summary: `第${i}次修改`,
      before: { note: big(i) },
      after: { note: big(i + 1000) },
    }));
    await db.changeLog.bulkAdd(entries);
    const state = await everything(db);
    const N = 1_000_000;
    // One string of the whole database, as format 1 built it, would be 30 times N.
    expect(
      serializeBackup({ tables: state, schemaVersion: 3, appVersion: '0.1.0', createdAt: new Date().toISOString(), reason: '手动' }).json.length,
    ).toBeGreaterThan(30 * N);

    let longest = 0;
    const stringify = JSON.stringify;
    const parse = JSON.parse;
    vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
      const out = stringify(...args);
      longest = Math.max(longest, out?.length ?? 0);
      return out;
    });
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      longest = Math.max(longest, text.length);
      return parse(text, reviver);
    });
    const decode = TextDecoder.prototype.decode;
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, ...args: Parameters<TextDecoder['decode']>) {
      const out = decode.apply(this, args);
      longest = Math.max(longest, out.length);
      return out;
    });

    // The fake host would decompress the whole file to check it: not the app's work, and not measured.
    host.readBack = false;
    await takeBackup('手动');
    const written = host.written[0].bytes;
    expect(longest).toBeLessThan(N);
    // Compressed, 30 million characters of repetitive text take a fraction of a percent.
    expect(written.length).toBeLessThan(N);

    for (const table of db.tables) await table.clear();
    longest = 0;
    const outcome = await restoreFrom(new Blob([written as BlobPart]).stream(), 'big.fzbak');
    expect(longest).toBeLessThan(N);
    vi.restoreAllMocks();
    expect(outcome.counts.changeLog).toBe(state.changeLog.length);
    const restored = await everything(db);
    expect((restored.changeLog as ChangeLogEntry[]).pop()).toMatchObject({ table: 'backupRestore' });
    expect(restored).toEqual(state);
  }, 60_000);
});

describe('backups of earlier releases', () => {
  it('an old .json backup (format 1, one JSON text) still restores, as text or as a chosen file', async () => {
    await fillLedger();
    const state = await everything(db);
    const json = serializeBackup({ tables: state, schemaVersion: 3, appVersion: '0.1.0', createdAt: new Date().toISOString(), reason: '定时' }).json;
    for (const table of db.tables) await table.clear();
    await restoreFrom(new Blob([`\uFEFF${json}`]).stream(), '法治台账备份_2024-06-30_090000_定时.json');
    const restored = await everything(db);
    expect((restored.changeLog as ChangeLogEntry[]).pop()).toMatchObject({ summary: '从备份“法治台账备份_2024-06-30_090000_定时.json”恢复全部数据' });
    expect(restored).toEqual(state);
  });
});

describe('a compressed backup cut short or changed', () => {
  let file: Uint8Array;
  beforeEach(async () => {
    await fillLedger();
    await takeBackup('手动');
    file = host.written[0].bytes;
    // Something to lose: the database differs from the backup.
    await db.reviewLetters.clear();
  });

  it.each([0.3, 0.6, 0.9])('is refused, changing nothing, when cut at %s of its length', async (at) => {
    await expectRefused(() => prepareRestore(file.subarray(0, Math.floor(file.length * at))), /^备份文件(不完整|已损坏)/);
  });

  it('is refused when it ends cleanly before its last line', async () => {
    await expectRefused(() => prepareRestore(relines(file, (l) => [...l.slice(0, -2), ''])), /^备份文件不完整/);
    // Or loses rows from its end, closing line kept.
    await expectRefused(() => prepareRestore(relines(file, (l) => [...l.slice(0, -4), ...l.slice(-2)])), /^备份文件校验失败/);
  });

  it('is refused when a value inside was changed, or a byte of the compressed data', async () => {
    await expectRefused(() => prepareRestore(tamper(file, '李雷', '韩梅梅')), /^备份文件校验失败：内容与校验码不符/);
    for (const at of [0.2, 0.5, 0.8]) {
      const flipped = file.slice();
      flipped[Math.floor(file.length * at)] ^= 0x55;
      // A damaged header may no longer read as a backup at all.
      await expectRefused(() => prepareRestore(flipped), /^(备份文件(不完整|已损坏|校验失败)|所选文件不是法治台账的备份文件)/);
    }
  });

  it('is refused when counts were changed to match', async () => {
    const edited = relines(file, (l) => [l[0].replace('"reviewCases":2', '"reviewCases":3'), ...l.slice(1)]);
    await expectRefused(() => prepareRestore(edited), /^备份文件(校验失败|中「行政复议案件」的记录数与说明不符)/);
  });

  it('names a bad record, and a newer app version, as for format 1', async () => {
    // A record that fails its ledger's stored-record schema, checksum recomputed as if the app had written it.
    let table = '';
    const bad = await rewrite(file, (line) => {
      if (line.startsWith('["table"')) table = JSON.parse(line)[1];
      return table === 'reviewCases' ? line.replace('"deleted":0', '"deleted":2') : line;
    });
    await expectRefused(
      () => prepareRestore(bad),
      /^备份中的数据有误：「行政复议案件」第1条记录（编号 .+）的删除标记无效（应为 0 或 1）。未做任何改动。$/,
    );
    const newer = await rewrite(file, (line, i) => (i === 0 ? line.replace('"appVersion":"0.1.0"', '"appVersion":"0.2.0"') : line));
    await expectRefused(() => prepareRestore(newer), /较新版本的法治台账（0\.2\.0）创建，本机是 0\.1\.0/);
  });

  it('refuses a file that is not a backup at all', async () => {
    await expectRefused(() => prepareRestore(gzipSync(strToU8('{"hello":1}\n'))), '所选文件不是法治台账的备份文件，未做任何改动。');
    await expectRefused(() => prepareRestore(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), '所选文件不是法治台账的备份文件，未做任何改动。');
  });
});

/** The backup with each line edited, its closing line's checksum made to match again (what a careful forger would do). */
async function rewrite(bytes: Uint8Array, edit: (line: string, index: number) => string): Promise<Uint8Array> {
  const { createHasher } = await import('./backup-stream');
  const lines = strFromU8(gunzipSync(bytes)).split('\n');
  lines.pop();
  const trailer = JSON.parse(lines.pop()!);
  const body = lines.map(edit);
  const hasher = await createHasher();
  for (const line of body) hasher.update(strToU8(`${line}\n`));
  trailer[1].checksum = hasher.digest();
  return gzipSync(strToU8(`${body.join('\n')}\n${JSON.stringify(trailer)}\n`));
}
