import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
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
