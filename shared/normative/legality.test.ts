import { describe, expect, it } from 'vitest';
import { makeWorkCalendar } from '../calendar/working-days';
import { SEED_HOLIDAYS } from '../calendar/holidays';
import { documentFromIssuedReview, legalityReviewDeadline, recordRevision } from './legality';
import type { NormativeDocument } from './types';

const cal = makeWorkCalendar(SEED_HOLIDAYS);

describe('legalityReviewDeadline', () => {
  it('counts working days from the day after 送审, skipping 劳动节 and counting the 调休 Sundays', () => {
    // Fri 2019-04-26: Sun 4-28 (调休) 1, 4-29 2, 4-30 3, 5-1..5-4 off, Sun 5-5 (调休) 4, Mon 5-6 5
    const d = legalityReviewDeadline({ submittedDate: '2019-04-26', completedDate: null }, cal, '2019-04-30', 5);
    expect(d).toEqual({
      kind: 'legalityReview',
      label: '合法性审核期限',
      due: '2019-05-06',
      daysLeft: 6,
      state: 'open',
      basis: '自送审之日（2019年4月26日）起5个工作日内完成审核（送审当日不计）',
    });
  });

  it('15 working days across 国庆节', () => {
    const r = { submittedDate: '2019-09-25', completedDate: '2019-10-21' };
    const d = legalityReviewDeadline(r, cal, '2019-11-01', 15);
    expect(d.due).toBe('2019-10-21');
    expect(d.state).toBe('met');
    expect(legalityReviewDeadline({ ...r, completedDate: '2019-10-22' }, cal, '2019-11-01', 15).state).toBe('missed');
  });

  it('warns when the holidays of a year are not entered', () => {
    const d = legalityReviewDeadline({ submittedDate: '2019-04-26', completedDate: null }, makeWorkCalendar([]), '2019-04-30', 5);
    expect(d.due).toBe('2019-05-03');
    expect(d.basis).toContain('注意：2019年节假日安排尚未录入，期限仅按周末推算');
  });
});

describe('issuing a reviewed draft', () => {
  const review = { title: '丹阳市科创资金管理暂行办法', docNo: '丹政规〔2019〕7号', publishDate: '2019-08-01' };

  it('registers a new document with a derived 有效期 and a history line', () => {
    const doc = documentFromIssuedReview(review, '丹阳市人民政府', '李四', '2019-08-02T01:00:00.000Z');
    expect(doc).toEqual({
      title: '丹阳市科创资金管理暂行办法',
      docNo: '丹政规〔2019〕7号',
      issuer: '丹阳市人民政府',
      docNoKey: '丹阳市人民政府|丹政规〔2019〕7号',
      publishDate: '2019-08-01',
      effectiveDate: null,
      statedExpiry: null,
      expiryDate: '2021-07-31',
      status: 'valid',
      history: [
        {
          date: '2019-08-01',
          kind: 'registered',
          detail: '经合法性审核后公布：丹政规〔2019〕7号',
          recordedBy: '李四',
          recordedAt: '2019-08-02T01:00:00.000Z',
        },
      ],
      note: '',
    });
  });

  it('refuses a review that is not published or has no 文号', () => {
    expect(() => documentFromIssuedReview({ ...review, publishDate: null }, 'x', 'a', 'n')).toThrow('草案尚未公布');
    expect(() => documentFromIssuedReview({ ...review, docNo: '' }, 'x', 'a', 'n')).toThrow('已公布的文件须填写文号');
  });

  it('records a revision on the existing document', () => {
    const old: NormativeDocument = {
      id: 'd1',
      createdAt: '',
      updatedAt: '',
      deleted: 0,
      title: '丹阳市科创资金管理办法',
      docNo: '丹政发〔2014〕20号',
      issuer: '丹阳市人民政府',
      docNoKey: '丹阳市人民政府|丹政发〔2014〕20号',
      publishDate: '2014-05-01',
      effectiveDate: '2014-06-01',
      statedExpiry: null,
      expiryDate: '2019-05-31',
      status: 'amended',
      history: [],
      note: '备注',
    };
    const doc = recordRevision(old, { ...review, title: '丹阳市科创资金管理办法' }, '李四', 'now', { effectiveDate: '2019-09-01' });
    expect(doc).toMatchObject({
      id: 'd1',
      docNo: '丹政规〔2019〕7号',
      docNoKey: '丹阳市人民政府|丹政规〔2019〕7号',
      publishDate: '2019-08-01',
      effectiveDate: '2019-09-01',
      expiryDate: '2024-08-31',
      status: 'valid',
      note: '备注',
      updatedAt: 'now',
    });
    expect(doc.history).toEqual([
      {
        date: '2019-08-01',
        kind: 'revised',
        detail: '重新修订后公布：丹政规〔2019〕7号（原文号丹政发〔2014〕20号，原公布日期2014-05-01）',
        recordedBy: '李四',
        recordedAt: 'now',
      },
    ]);
  });
});
