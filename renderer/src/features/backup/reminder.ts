/**
 * The browser cannot back up by itself, so it remembers when the clerk last downloaded a
 * backup and reminds them after a week. localStorage rather than the database: a restore must
 * not bring back an old date, and the date must not count as a change to back up.
 */

export const REMINDER_DAYS = 7;
const KEY = 'fazhi-ledger.lastBackupAt';

export function recordBrowserBackup(at: string): void {
  try {
    localStorage.setItem(KEY, at);
  } catch {
    // Storage refused (private mode, full disk): the reminder just shows again.
  }
}

export function lastBrowserBackupAt(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

/** Whole days since `lastAt`, or null when there was no backup. */
export function daysSince(lastAt: string | null, now: Date): number | null {
  if (!lastAt) return null;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(lastAt)) / 86_400_000));
}

/** Whether to remind: there is data to lose, and no backup for a week (or never). */
export function needsReminder(lastAt: string | null, now: Date, hasData: boolean): boolean {
  if (!hasData) return false;
  const days = daysSince(lastAt, now);
  return days === null || days >= REMINDER_DAYS;
}
