import { describe, expect, it } from 'vitest';
import { REMINDER_DAYS, daysSince, needsReminder } from './reminder';

const now = new Date('2026-11-29T10:00:00.000Z');

describe('the weekly backup reminder', () => {
  it('counts whole days since the last backup', () => {
    expect(daysSince('2026-11-22T10:00:00.000Z', now)).toBe(7);
    expect(daysSince('2026-11-22T10:00:01.000Z', now)).toBe(6);
    expect(daysSince(null, now)).toBeNull();
  });

  it('reminds after a week, or when there never was a backup, but only when there is data', () => {
    expect(REMINDER_DAYS).toBe(7);
    expect(needsReminder('2026-11-22T10:00:00.000Z', now, true)).toBe(true);
    expect(needsReminder('2026-11-23T09:00:00.000Z', now, true)).toBe(false);
    expect(needsReminder(null, now, true)).toBe(true);
    expect(needsReminder(null, now, false)).toBe(false);
  });

  it('does not count a backup dated in the future as overdue', () => {
    expect(daysSince('2026-12-10T00:00:00.000Z', now)).toBe(0);
    expect(needsReminder('2026-12-10T00:00:00.000Z', now, true)).toBe(false);
  });
});
