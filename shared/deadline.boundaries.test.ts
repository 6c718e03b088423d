import { describe, expect, it } from 'vitest';
import { deadlineFrom, isDueWithin, isOverdue, type Deadline } from './deadline';

const TODAY = '2024-03-15';

function open(due: string | null, today = TODAY): Deadline {
  return deadlineFrom('decision', '审理期限', due, null, today, '60日');
}

describe('deadlineFrom', () => {
  it('keeps kind, label, due and basis, and counts calendar days from today to due', () => {
    expect(deadlineFrom('decision', '审理期限', '2024-03-20', null, TODAY, '自受理之日起60日')).toEqual({
      kind: 'decision',
      label: '审理期限',
      due: '2024-03-20',
      daysLeft: 5,
      state: 'open',
      basis: '自受理之日起60日',
    });
  });

  it('counts across a month end, a leap day and a year end', () => {
    expect(open('2024-03-01', '2024-02-28').daysLeft).toBe(2);
    expect(open('2025-01-01', '2024-12-31').daysLeft).toBe(1);
    expect(open('2024-12-31', '2025-01-02').daysLeft).toBe(-2);
  });

  it('is open with no done date (null or undefined), whatever the due date', () => {
    expect(open('2024-03-14').state).toBe('open');
    expect(deadlineFrom('x', 'x', '2024-03-16', undefined, TODAY, '').state).toBe('open');
  });

  it('is met when done on or before due, missed when done the day after', () => {
    expect(deadlineFrom('x', 'x', '2024-03-10', '2024-03-09', TODAY, '').state).toBe('met');
    expect(deadlineFrom('x', 'x', '2024-03-10', '2024-03-10', TODAY, '').state).toBe('met');
    expect(deadlineFrom('x', 'x', '2024-03-10', '2024-03-11', TODAY, '').state).toBe('missed');
  });

  it('is paused, without days left, while the clock is stopped (no due date), even when a done date is given', () => {
    expect(open(null)).toMatchObject({ due: null, daysLeft: null, state: 'paused' });
    expect(deadlineFrom('x', 'x', null, '2024-03-10', TODAY, '')).toMatchObject({ daysLeft: null, state: 'paused' });
  });

  it('still counts days left for a met or missed deadline (check the state before calling it overdue)', () => {
    expect(deadlineFrom('x', 'x', '2024-03-10', '2024-03-11', TODAY, '').daysLeft).toBe(-5);
  });
});

describe('isOverdue', () => {
  it('is false on the due date itself and true from the day after', () => {
    expect(isOverdue(open('2024-03-15'))).toBe(false);
    expect(isOverdue(open('2024-03-14'))).toBe(true);
    expect(isOverdue(open('2024-03-16'))).toBe(false);
    expect(isOverdue(open('2023-12-31'))).toBe(true);
  });

  it('is false for a step already done (even late) and while the clock is stopped', () => {
    expect(isOverdue(deadlineFrom('x', 'x', '2024-03-01', '2024-03-05', TODAY, ''))).toBe(false);
    expect(isOverdue(deadlineFrom('x', 'x', '2024-03-01', '2024-02-28', TODAY, ''))).toBe(false);
    expect(isOverdue(open(null))).toBe(false);
  });
});

describe('isDueWithin', () => {
  it('takes today and the last day of the window, not yesterday nor the day after the window', () => {
    expect(isDueWithin(open('2024-03-15'), 7)).toBe(true);
    expect(isDueWithin(open('2024-03-22'), 7)).toBe(true);
    expect(isDueWithin(open('2024-03-23'), 7)).toBe(false);
    expect(isDueWithin(open('2024-03-14'), 7)).toBe(false);
  });

  it('with a window of 0 days takes only what is due today', () => {
    expect(isDueWithin(open('2024-03-15'), 0)).toBe(true);
    expect(isDueWithin(open('2024-03-16'), 0)).toBe(false);
  });

  it('is false for a step already done and while the clock is stopped', () => {
    expect(isDueWithin(deadlineFrom('x', 'x', '2024-03-16', '2024-03-15', TODAY, ''), 7)).toBe(false);
    expect(isDueWithin(open(null), 7)).toBe(false);
  });
});
