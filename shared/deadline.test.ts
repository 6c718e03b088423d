import { describe, expect, it } from 'vitest';
import { deadlineFrom, isDueWithin, isOverdue } from './deadline';

const TODAY = '2025-03-10';
const open = (due: string) => deadlineFrom('k', '期限', due, null, TODAY, '');

describe('isOverdue', () => {
  it('is overdue from the day after the due date, not on the due date itself', () => {
    expect(isOverdue(open('2025-03-09'))).toBe(true);
    expect(isOverdue(open('2025-03-10'))).toBe(false);
    expect(isOverdue(open('2025-03-11'))).toBe(false);
  });

  it('only while the step is not done and the clock runs', () => {
    expect(isOverdue(deadlineFrom('k', '期限', '2025-03-01', '2025-03-05', TODAY, ''))).toBe(false);
    expect(isOverdue(deadlineFrom('k', '期限', '2025-03-01', '2025-02-28', TODAY, ''))).toBe(false);
    expect(isOverdue(deadlineFrom('k', '期限', null, null, TODAY, ''))).toBe(false);
  });
});

describe('isDueWithin', () => {
  it('counts today as day 0 and includes the last day of the window', () => {
    expect(isDueWithin(open('2025-03-10'), 7)).toBe(true);
    expect(isDueWithin(open('2025-03-17'), 7)).toBe(true);
    expect(isDueWithin(open('2025-03-18'), 7)).toBe(false);
  });

  it('is not due within the window once overdue, done or paused', () => {
    expect(isDueWithin(open('2025-03-09'), 7)).toBe(false);
    expect(isDueWithin(deadlineFrom('k', '期限', '2025-03-12', '2025-03-05', TODAY, ''), 7)).toBe(false);
    expect(isDueWithin(deadlineFrom('k', '期限', null, null, TODAY, ''), 7)).toBe(false);
  });
});
