import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RetentionPolicy } from './retention';

const name = (date: string, time: string, reason = '定时', serial = 0) =>
  `法治台账备份_${date}_${time}_${reason}${serial ? `_${serial}` : ''}.json`;
const good = (names: string[]) => names.map((n) => ({ name: n, good: true }));
const TODAY = '2026-11-29';

describe('backupsToDelete', () => {
  it('keeps the newest few of today and deletes the older ones of today', () => {
    const today = ['080000', '090000', '100000', '110000', '120000', '130000', '140000', '150000'].map((t) => name(TODAY, t));
    expect(backupsToDelete(good(today), TODAY).sort()).toEqual([name(TODAY, '080000'), name(TODAY, '090000')]);
  });

  it('keeps one backup per earlier day (the day\'s last) within the daily window', () => {
    const files = [name('2026-11-28', '090000'), name('2026-11-28', '170000'), name('2026-11-27', '120000', '启动'), name('2026-11-27', '180000', '退出')];
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

  it('never deletes the newest good backup, even when the rules would', () => {
    const policy: RetentionPolicy = { today: 2, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [
      { name: name(TODAY, '120000'), good: false },
      { name: name(TODAY, '110000'), good: false },
      { name: name(TODAY, '100000'), good: true },
      { name: name(TODAY, '090000'), good: true },
    ];
    expect(backupsToDelete(files, TODAY, policy)).toEqual([name(TODAY, '090000')]);
  });

  it('keeps files it is told to keep (the one just written), and ignores files it did not name', () => {
    const policy: RetentionPolicy = { today: 1, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [name(TODAY, '120000'), name(TODAY, '100000'), '我的备份.json', '法治台账备份_说明.txt'];
    expect(backupsToDelete(good(files), TODAY, policy, [name(TODAY, '100000')])).toEqual([]);
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name(TODAY, '100000')]);
  });

  it('counts backups dated after today (a clock set wrong) as today\'s', () => {
    const policy: RetentionPolicy = { today: 2, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [name('2027-01-01', '100000'), name(TODAY, '100000'), name(TODAY, '090000')];
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name(TODAY, '090000')]);
  });

  it('orders backups of the same second by their serial', () => {
    const policy: RetentionPolicy = { today: 1, dailyDays: 30, protectedDays: 30, cap: 60 };
    const files = [name(TODAY, '100000'), name(TODAY, '100000', '定时', 2)];
    expect(backupsToDelete(good(files), TODAY, policy)).toEqual([name(TODAY, '100000')]);
  });
});
