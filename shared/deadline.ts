import { diffDays, type DateStr } from './dates';

/** open = not done yet; met / missed = done on or before / after due; paused = clock stopped. */
export type DeadlineState = 'open' | 'met' | 'missed' | 'paused';

/** A statutory or configured time limit, as every ledger shows it. */
export interface Deadline<K extends string = string> {
  kind: K;
  label: string;
  /** null while the clock is stopped (中止 / awaiting 补正). */
  due: DateStr | null;
  /** Calendar days from today to due (negative once due has passed); null when due is null. Computed for every state: check `state` before calling it overdue. */
  daysLeft: number | null;
  state: DeadlineState;
  /** Chinese explanation of the period, its basis and anything that moved it. */
  basis: string;
  /**
   * Shown instead of the overdue count once due has passed, when the law attaches a consequence to the lapse
   * rather than a breach (2023 law: an application not decided on in time is deemed accepted). The state stays
   * 'open': the clerk still has to record the step.
   */
  lapsedText?: string;
}

/** A deadline whose state follows from its due date and the date the step was done (if it was). */
export function deadlineFrom<K extends string>(
  kind: K,
  label: string,
  due: DateStr | null,
  done: DateStr | null | undefined,
  today: DateStr,
  basis: string,
): Deadline<K> {
  let state: DeadlineState;
  if (due === null) state = 'paused';
  else if (done) state = done <= due ? 'met' : 'missed';
  else state = 'open';
  return { kind, label, due, daysLeft: due === null ? null : diffDays(today, due), state, basis };
}

export function isOverdue(d: Deadline): boolean {
  return d.state === 'open' && d.daysLeft !== null && d.daysLeft < 0;
}

/** Overdue, and the lapse is a breach (not one the law turns into a step, see `lapsedText`): what 已超期 shows. */
export function isBreached(d: Deadline): boolean {
  return isOverdue(d) && !d.lapsedText;
}

export function isDueWithin(d: Deadline, days: number): boolean {
  return d.state === 'open' && d.daysLeft !== null && d.daysLeft >= 0 && d.daysLeft <= days;
}
