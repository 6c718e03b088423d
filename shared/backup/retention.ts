import { addDays } from '../dates';
import { ROUTINE_REASONS, parseBackupFileName, type ParsedBackupName } from './format';

/**
 * Which backups to keep, after Actual Budget's rule: several of today, one per earlier day,
 * one per earlier month, and a cap. Backups the clerk asked for or that guard a risky step
 * (手动, 导入前, 恢复前, 升级前) are kept for a month whatever the cap says. The newest good
 * backup is never deleted, and files whose names this app did not write are never touched.
 */
export interface RetentionPolicy {
  /** Backups kept from today (China time). */
  today: number;
  /** Earlier days that keep their newest backup; older backups keep one per month. */
  dailyDays: number;
  /** Days a non-routine backup is kept regardless of the other rules. */
  protectedDays: number;
  /** Most backups kept by the day and month rules together. */
  cap: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { today: 6, dailyDays: 30, protectedDays: 30, cap: 60 };

export interface RetentionInput {
  name: string;
  /** Whether the file is known to hold a usable, non-empty backup. */
  good: boolean;
}

interface Entry extends ParsedBackupName {
  name: string;
  good: boolean;
}

const newestFirst = (a: Entry, b: Entry): number =>
  b.date.localeCompare(a.date) || b.time.localeCompare(a.time) || b.serial - a.serial;

/** Names of the files to delete. `today` is the China date ('YYYY-MM-DD'); `keep` names files that must stay (e.g. the one just written). */
export function backupsToDelete(
  files: readonly RetentionInput[],
  today: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  keep: readonly string[] = [],
): string[] {
  const entries: Entry[] = [];
  for (const file of files) {
    const parsed = parseBackupFileName(file.name);
    if (parsed) entries.push({ ...parsed, name: file.name, good: file.good });
  }
  entries.sort(newestFirst);

  const firstDailyDay = addDays(today, -policy.dailyDays);
  const firstProtectedDay = addDays(today, -policy.protectedDays);
  const kept = new Set<string>();
  const byRule: Entry[] = [];
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  let todayCount = 0;
  for (const e of entries) {
    // A date after today (a clock set wrong) counts as today, so it can never crowd out the rest forever.
    if (e.date >= today) {
      if (todayCount < policy.today) {
        todayCount++;
        byRule.push(e);
      }
    } else if (e.date >= firstDailyDay) {
      if (!seenDays.has(e.date)) {
        seenDays.add(e.date);
        byRule.push(e);
      }
    } else {
      const month = e.date.slice(0, 7);
      if (!seenMonths.has(month)) {
        seenMonths.add(month);
        byRule.push(e);
      }
    }
  }
  for (const e of byRule.slice(0, policy.cap)) kept.add(e.name);
  for (const e of entries) {
    if (!ROUTINE_REASONS.includes(e.reason) && e.date >= firstProtectedDay) kept.add(e.name);
  }
  for (const name of keep) kept.add(name);
  const newestGood = entries.find((e) => e.good);
  if (newestGood) kept.add(newestGood.name);
  return entries.filter((e) => !kept.has(e.name)).map((e) => e.name);
}
