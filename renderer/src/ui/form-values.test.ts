import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { TypedDate, parseTypedDate } from './dates';
import { formInput } from './form-values';

describe('formInput', () => {
  it('turns untouched fields into what the validators expect, and returns only the named fields', () => {
    const values = {
      title: '某某办法',
      note: undefined,
      opinion: undefined,
      result: 'ok',
      submittedDate: dayjs('2024-06-03'),
      completedDate: undefined,
      publishDate: null,
      id: 'x',
    };
    expect(
      formInput(values, {
        texts: ['title', 'note'],
        choices: ['opinion', 'result'],
        requiredDates: ['submittedDate', 'filedDate'],
        dates: ['completedDate', 'publishDate'],
      }),
    ).toEqual({
      title: '某某办法',
      note: '',
      opinion: null,
      result: 'ok',
      submittedDate: '2024-06-03',
      filedDate: '',
      completedDate: null,
      publishDate: null,
    });
  });
});

describe('typed dates', () => {
  it('passes typed text that is no date on as typed, so that the validators refuse it instead of a default', () => {
    expect(formInput({ a: new TypedDate('2026-02-30'), b: new TypedDate('三月五日') }, { requiredDates: ['a'], dates: ['b'] })).toEqual({
      a: '2026-02-30',
      b: '三月五日',
    });
  });

  it('reads the usual spellings of a date and refuses impossible ones', () => {
    for (const t of ['2019-03-05', '2019-3-5', '2019/3/5', '2019.3.5', '2019年3月5日', '20190305', '２０１９-０３-０５', ' 2019 年 3 月 5 日 ']) {
      expect(parseTypedDate(t), t).toBe('2019-03-05');
    }
    for (const t of ['2026-02-30', '2026-13-01', '2025-02-29', '三月五日', 'abc', '2019-03', '201935']) expect(parseTypedDate(t), t).toBeNull();
    expect(parseTypedDate('2024-02-29')).toBe('2024-02-29');
  });
});
