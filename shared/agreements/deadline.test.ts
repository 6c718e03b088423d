import { describe, expect, it } from 'vitest';
import { SEED_HOLIDAYS } from '../calendar/holidays';
import { makeWorkCalendar } from '../calendar/working-days';
import { isOverdue } from '../deadline';
import { agreementDeadline, isValidReviewPeriod } from './deadline';

const cal = makeWorkCalendar(SEED_HOLIDAYS);

describe('agreementDeadline', () => {
  it('counts 7 working days across New Year (received Thu 2019-12-26, 元旦 2020-01-01 off)', () => {
    // 12-27 (1), 12-30 (2), 12-31 (3), 01-01 holiday, 01-02 (4), 01-03 (5), 01-06 (6), 01-07 (7)
    const d = agreementDeadline({ receivedDate: '2019-12-26', opinionDate: null }, cal, '2019-12-30', 7);
    expect(d.kind).toBe('agreementReview');
    expect(d.label).toBe('审查期限');
    expect(d.due).toBe('2020-01-07');
    expect(d.state).toBe('open');
    expect(d.daysLeft).toBe(8);
    expect(d.basis).toBe('自收件之日起7个工作日内出具审查意见（审查期限按设置为7个工作日，收件当日不计入）');
  });

  it('follows the configured period', () => {
    const d = agreementDeadline({ receivedDate: '2019-12-26', opinionDate: null }, cal, '2019-12-30', 5);
    expect(d.due).toBe('2020-01-03');
    expect(d.basis).toContain('5个工作日');
  });

  it('counts 调休 working days and skips 国庆节 (received Fri 2019-09-27)', () => {
    // 09-29 Sun worked (1), 09-30 (2), 10-01..07 off, 10-08 (3) … 10-11 (6), 10-12 Sat worked (7)
    const d = agreementDeadline({ receivedDate: '2019-09-27', opinionDate: null }, cal, '2019-09-27', 7);
    expect(d.due).toBe('2019-10-12');
  });

  it('skips the extended 春节 2020 (received Fri 2020-01-17)', () => {
    // 01-19 Sun worked (1), 01-20..23 (2–5), 01-24..02-02 off, 02-03 (6), 02-04 (7)
    expect(agreementDeadline({ receivedDate: '2020-01-17', opinionDate: null }, cal, '2020-01-17', 7).due).toBe('2020-02-04');
  });

  it('is met by an opinion on the due date and missed by a later one', () => {
    const met = agreementDeadline({ receivedDate: '2019-12-26', opinionDate: '2020-01-07' }, cal, '2020-03-01', 7);
    expect(met.state).toBe('met');
    expect(met.basis).toContain('；已于2020年1月7日出具意见');
    const missed = agreementDeadline({ receivedDate: '2019-12-26', opinionDate: '2020-01-10' }, cal, '2020-03-01', 7);
    expect(missed.state).toBe('missed');
    expect(missed.basis).toContain('；2020年1月10日出具意见，超过期限3日');
    expect(isOverdue(missed)).toBe(false);
  });

  it('is overdue while open after the due date', () => {
    const d = agreementDeadline({ receivedDate: '2019-12-26', opinionDate: null }, cal, '2020-01-08', 7);
    expect(d.daysLeft).toBe(-1);
    expect(isOverdue(d)).toBe(true);
  });

  it('falls back to the default 7 days when the setting is unusable, and says so', () => {
    for (const bad of [0, -1, 2.5, Number.NaN, 61]) {
      const d = agreementDeadline({ receivedDate: '2019-12-26', opinionDate: null }, cal, '2019-12-30', bad);
      expect(d.due).toBe('2020-01-07');
      expect(d.basis).toContain(`设置的审查期限（${String(bad)}）无效，按默认7个工作日计算`);
    }
    expect(isValidReviewPeriod(15)).toBe(true);
    expect(isValidReviewPeriod(0)).toBe(false);
  });

  it('warns when the holidays of a year are not entered', () => {
    const d = agreementDeadline({ receivedDate: '2031-03-03', opinionDate: null }, cal, '2031-03-03', 7);
    expect(d.due).toBe('2031-03-12');
    expect(d.basis).toContain('注意：2031年节假日安排尚未录入，期限仅按周末推算');
  });

  it('has no due date without a valid 收件日期', () => {
    const d = agreementDeadline({ receivedDate: '', opinionDate: null }, cal, '2020-01-01', 7);
    expect(d.due).toBeNull();
    expect(d.basis).toBe('收件日期缺失或无效，无法计算审查期限');
  });
});
