import { describe, expect, it } from 'vitest';
import type { BackupReason } from './format';
import { backupsToDelete, planBudget, type RetentionInput, type RetentionPolicy } from './retention';

/** A recorded backup taken at China date and time `date` `time` (HHMMSS); its name is the one the main process gives it. */
const name = (date: string, time: string, reason: BackupReason = '定时', serial = 0) =>
  `法治台账备份_${date}_${time}_${reason}${serial ? `_${serial}` : ''}.json`;
const at = (date: string, time: string) =>
  new Date(Date.parse(`${date}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}+08:00`)).toISOString();
const record = (n: string): RetentionInput => {
  const [, date, time, reason] = /_(\d{4}-\d{2}-\d{2})_(\d{6})_([^_.]+)/.exec(n)!;
  const serial = Number(/_(\d+)\.json$/.exec(n)?.[1] ?? 0);
  return { name: n, createdAt: new Date(Date.parse(at(date, time)) + serial).toISOString(), reason: reason as BackupReason };
};
const good = (names: string[]) => names.map(record);
const TODAY = '2026-11-29';

describe('backupsToDelete', () => {
  it('keeps the newest few of today and deletes the older ones of today', () => {
    const today = ['080000', '090000', '100000', '110000', '120000', '130000', '140000', '150000'].map((t) => name(TODAY, t));
    expect(backupsToDelete(good(today), TODAY).sort()).toEqual([name(TODAY, '080000'), name(TODAY, '090000')]);
  });

  it("keeps one backup per earlier day (the day's last) within the daily window", () => {
    const files = [
      name('2026-11-28', '090000'),
      name('2026-11-28', '170000'),
      name('2026-11-27', '120000', '启动'),
      name('2026-11-27', '180000', '退出'),
    ];
    expect(backupsToDelete(good(files), TODAY).sort()).toEqual([name('2026-11-27', '120000', '启动'), name('2026-11-28', '090000')]);
  });

  it('keeps one backup per month before the daily window', () => {
    const files = [
      name('2026-09-03', '090000'),
      name('2026-09-20', '090000'),
      name('2026-08-31', '180000'),
      name('2026-08-01', '080000'),
      name('2025-12-31', '170000'),
      name('2025-12-30', '170000'),
    ];
    expect(backupsToDelete(good(files), TODAY).sort()).toEqual(
      [name('2026-09-03', '090000'), name('2026-08-01', '080000'), name('2025-12-30', '170000')].sort(),
    );
  });

  it('applies the cap to the day and month rules, dropping the oldest', () => {
    const policy: RetentionPolicy = { today: 2, dailyDays: 30, protectedDays: 30, cap: 3 };
    const files = [name(TODAY, '100000'), name('2026-11-28', '100000'), name('2026-11-27', '100000'), name('2026-11-26', '100000')];
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name('2026-11-26', '100000')]);
  });

  it('keeps backups taken before an import, a restore or an upgrade, and manual ones, for a month', () => {
    const files = [
      name(TODAY, '100000'),
      name('2026-11-20', '090000', '导入前'),
      name('2026-11-20', '100000', '恢复前'),
      name('2026-11-20', '110000'),
      name('2026-11-20', '120000', '手动'),
      name('2026-10-01', '090000', '升级前'),
      name('2026-10-01', '100000', '手动'),
    ];
    // Within a month all special ones stay; the routine 11:00 backup goes (the 12:00 one is the day's newest);
    // on 2026-10-01 (outside 30 days) only the month's newest stays.
    expect(backupsToDelete(good(files), TODAY).sort()).toEqual([name('2026-10-01', '090000', '升级前'), name('2026-11-20', '110000')].sort());
  });

  it('never deletes the newest backup, even when the rules would', () => {
    const policy: RetentionPolicy = { today: 0, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = good([name(TODAY, '120000'), name(TODAY, '110000'), name(TODAY, '100000')]);
    expect(backupsToDelete(files, TODAY, policy).sort()).toEqual([name(TODAY, '100000'), name(TODAY, '110000')]);
  });

  it('keeps files it is told to keep (the one just written)', () => {
    const policy: RetentionPolicy = { today: 1, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [name(TODAY, '120000'), name(TODAY, '100000')];
    expect(backupsToDelete(good(files), TODAY, policy, [name(TODAY, '100000')])).toEqual([]);
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name(TODAY, '100000')]);
  });

  it('reads the recorded time, not the name: a name claiming another date changes nothing', () => {
    const policy: RetentionPolicy = { today: 1, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files: RetentionInput[] = [
      { name: name('2099-12-31', '235959', '手动'), createdAt: at(TODAY, '080000'), reason: '定时' },
      { name: name('2026-11-28', '100000'), createdAt: at(TODAY, '090000'), reason: '定时' },
    ];
    expect(backupsToDelete(files, TODAY, policy)).toEqual([name('2099-12-31', '235959', '手动')]);
  });

  it('leaves an entry it cannot date alone', () => {
    const files: RetentionInput[] = [...good([name(TODAY, '120000')]), { name: 'x.json', createdAt: 'not a time', reason: '定时' }];
    expect(backupsToDelete(files, TODAY, { today: 0, dailyDays: 0, protectedDays: 0, cap: 0 })).toEqual([]);
  });

  it("counts backups dated after today (a clock set wrong) as today's, after today's real ones", () => {
    const policy: RetentionPolicy = { today: 2, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [name('2027-01-01', '100000'), name(TODAY, '100000'), name(TODAY, '090000'), name(TODAY, '080000')];
    expect(backupsToDelete(good(files), TODAY, policy).sort()).toEqual([name('2027-01-01', '100000'), name(TODAY, '080000')].sort());
  });

  it("gives 300 手动 backups dated 2099 no protection: they only fill today's free places", () => {
    const future = Array.from({ length: 300 }, (_, i) =>
      name('2099-01-01', `${10 + Math.floor(i / 60)}${String(i % 60).padStart(2, '0')}00`, '手动'),
    );
    const real = [name(TODAY, '100000'), name('2026-11-28', '100000'), name('2026-11-20', '100000', '导入前')];
    const doomed = new Set(backupsToDelete(good([...future, ...real]), TODAY));
    // Nothing real goes; of the 300, only the five that fit beside today's one real backup stay.
    for (const n of real) expect(doomed.has(n)).toBe(false);
    expect(future.filter((n) => !doomed.has(n))).toHaveLength(5);
  });

  it('never counts a future-dated backup as the newest one', () => {
    const policy: RetentionPolicy = { today: 0, dailyDays: 0, protectedDays: 0, cap: 0 };
    const files = [name('2099-01-01', '100000', '手动'), name('2026-11-01', '100000')];
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name('2099-01-01', '100000', '手动')]);
  });

  it('orders backups of the same second by their serial', () => {
    const policy: RetentionPolicy = { today: 1, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [name(TODAY, '100000'), name(TODAY, '100000', '定时', 2)];
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name(TODAY, '100000')]);
  });
});

describe('planBudget', () => {
  const sized = (n: string, size: number) => ({ ...record(n), size });

  it('deletes nothing while the recorded backups fit', () => {
    const files = [sized(name(TODAY, '100000'), 40), sized(name(TODAY, '090000'), 40)];
    expect(planBudget(files, TODAY, { bytes: 100, files: 10 })).toEqual({
      doomed: [],
      fits: true,
      remainingBytes: 80,
      remainingFiles: 2,
      manualBytes: 0,
    });
  });

  it('deletes the oldest routine backups first, then those before risky steps, never 手动 nor the newest', () => {
    const files = [
      sized(name(TODAY, '120000'), 10),
      sized(name(TODAY, '110000', '手动'), 10),
      sized(name('2026-11-20', '100000', '导入前'), 10),
      sized(name('2026-11-25', '100000'), 10),
      sized(name('2026-11-10', '100000', '手动'), 10),
      sized(name('2026-11-26', '100000', '启动'), 10),
    ];
    expect(planBudget(files, TODAY, { bytes: 40, files: 10 }).doomed).toEqual([name('2026-11-25', '100000'), name('2026-11-26', '100000', '启动')]);
    expect(planBudget(files, TODAY, { bytes: 30, files: 10 }).doomed).toEqual([
      name('2026-11-25', '100000'),
      name('2026-11-26', '100000', '启动'),
      name('2026-11-20', '100000', '导入前'),
    ]);
    // The newest (12:00 today) and the two 手动 ones are all that may remain.
    expect(planBudget(files, TODAY, { bytes: 20, files: 10 })).toEqual({
      doomed: [name('2026-11-25', '100000'), name('2026-11-26', '100000', '启动'), name('2026-11-20', '100000', '导入前')],
      fits: false,
      remainingBytes: 30,
      remainingFiles: 3,
      manualBytes: 20,
    });
  });

  it('spares the files it is told to keep', () => {
    const files = [sized(name(TODAY, '120000'), 10), sized(name(TODAY, '110000'), 10), sized(name(TODAY, '100000'), 10)];
    expect(planBudget(files, TODAY, { bytes: 10, files: 10 }, [name(TODAY, '100000')])).toMatchObject({
      doomed: [name(TODAY, '110000')],
      fits: false,
    });
  });

  it('counts files as well as bytes: many tiny backups cannot pile up either', () => {
    const files = [sized(name(TODAY, '120000'), 1), sized(name(TODAY, '110000'), 1), sized(name(TODAY, '100000', '手动'), 1)];
    expect(planBudget(files, TODAY, { bytes: 100, files: 2 })).toMatchObject({ doomed: [name(TODAY, '110000')], fits: true, remainingFiles: 2 });
    expect(planBudget(files, TODAY, { bytes: 100, files: 1 })).toMatchObject({ fits: false, remainingFiles: 2 });
  });
});
