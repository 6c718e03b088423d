import { addDays } from '../dates';
import { ROUTINE_REASONS, chinaStamp, type BackupReason } from './format';

/**
 * Which backups to keep, after Actual Budget's rule: several of today, one per earlier day,
 * one per earlier month, and a cap. Backups the clerk asked for or that guard a risky step
 * (手动, 导入前, 恢复前, 升级前) are kept for a month whatever the cap says. The newest backup
 * is never deleted.
 *
 * The rule reads the desktop main process's own record of the backups it wrote (each with the
 * time of its own clock), never file names: a name says whatever whoever made the file wanted
 * (a page could once claim any date), and a file that is not in the record (a copy the clerk
 * keeps in the folder, a backup of an older version) is never deleted.
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

/** One recorded backup. */
export interface RetentionInput {
  name: string;
  /** ISO time (UTC) from the clock of the process that wrote the file, when it wrote it. */
  createdAt: string;
  reason: BackupReason;
}

interface Entry extends RetentionInput {
  date: string;
  ms: number;
  /** Dated after today: the clock was set wrong when it was written. */
  future: boolean;
}

/**
 * Newest first; backups dated after today come after all the others, so that a clock once set to
 * 2099 can never crowd out the real backups of today, nor count as the newest one.
 */
const rankOrder = (a: Entry, b: Entry): number =>
  Number(a.future) - Number(b.future) || b.ms - a.ms || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);

function entriesOf(files: readonly RetentionInput[], today: string): Entry[] {
  const entries: Entry[] = [];
  for (const file of files) {
    const ms = Date.parse(file.createdAt);
    // An entry that cannot be dated is left alone: never delete what the rule cannot place.
    if (Number.isNaN(ms)) continue;
    const { date } = chinaStamp(file.createdAt);
    entries.push({ ...file, date, ms, future: date > today });
  }
  return entries.sort(rankOrder);
}

/** Names of the files to delete. `today` is the China date ('YYYY-MM-DD'); `keep` names files that must stay (e.g. the one just written). */
export function backupsToDelete(
  files: readonly RetentionInput[],
  today: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  keep: readonly string[] = [],
): string[] {
  const entries = entriesOf(files, today);
  const firstDailyDay = addDays(today, -policy.dailyDays);
  const firstProtectedDay = addDays(today, -policy.protectedDays);
  const kept = new Set<string>();
  const byRule: Entry[] = [];
  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  let todayCount = 0;
  for (const e of entries) {
    // A date after today (a clock set wrong) counts as today, ranked after today's real backups: it only fills a free place.
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
    // Protected for the month after it was taken, not for ever: a future date earns nothing.
    if (!ROUTINE_REASONS.includes(e.reason) && e.date >= firstProtectedDay && e.date <= today) kept.add(e.name);
  }
  for (const name of keep) kept.add(name);
  if (entries.length > 0) kept.add(entries[0].name);
  return entries.filter((e) => !kept.has(e.name)).map((e) => e.name);
}

export interface SizedBackup extends RetentionInput {
  /** Bytes on disk. */
  size: number;
}

/** How much the recorded backups of one folder may take. */
export interface BackupBudget {
  bytes: number;
  files: number;
}

export interface BudgetPlan {
  /** Names to delete, in this order, to fit the budget. */
  doomed: string[];
  /** Whether the backups that remain fit the budget. */
  fits: boolean;
  /** Bytes and number of the backups that remain. */
  remainingBytes: number;
  remainingFiles: number;
  /** Bytes of the 手动 backups, which only the clerk deletes. */
  manualBytes: number;
}

/**
 * What to delete so that the recorded backups fit `budget`: the oldest routine backups (启动,
 * 定时, 退出) first, then the oldest of those before an import, a restore or an upgrade. Never a
 * 手动 backup (only the clerk deletes those), never the newest backup, never one named in `keep`.
 * `fits` is false when even that is not enough.
 */
export function planBudget(files: readonly SizedBackup[], today: string, budget: BackupBudget, keep: readonly string[] = []): BudgetPlan {
  const entries = entriesOf(files, today);
  const size = new Map(files.map((f) => [f.name, f.size]));
  let remainingBytes = files.reduce((sum, f) => sum + f.size, 0);
  let remainingFiles = files.length;
  const manualBytes = files.filter((f) => f.reason === '手动').reduce((sum, f) => sum + f.size, 0);
  const spared = new Set([...keep, ...(entries.length > 0 ? [entries[0].name] : [])]);
  const oldestFirst = entries.slice().reverse();
  const candidates = [
    ...oldestFirst.filter((e) => ROUTINE_REASONS.includes(e.reason)),
    ...oldestFirst.filter((e) => !ROUTINE_REASONS.includes(e.reason) && e.reason !== '手动'),
  ].filter((e) => !spared.has(e.name));
  const fits = () => remainingBytes <= budget.bytes && remainingFiles <= budget.files;
  const doomed: string[] = [];
  for (const e of candidates) {
    if (fits()) break;
    doomed.push(e.name);
    remainingBytes -= size.get(e.name) ?? 0;
    remainingFiles--;
  }
  return { doomed, fits: fits(), remainingBytes, remainingFiles, manualBytes };
}
