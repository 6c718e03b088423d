import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  defaultValidityYears,
  deriveExpiry,
  docNoKey,
  isExpiringWithin,
  isPastExpiry,
  normalizeDocNo,
  validityEnd,
} from './validity';

describe('defaultValidityYears', () => {
  it('is 2 for 暂行 / 试行 titles and 5 otherwise', () => {
    expect(defaultValidityYears('丹阳市科创资金管理暂行办法')).toBe(2);
    expect(defaultValidityYears('丹阳市农村公路养护管理办法（试行）')).toBe(2);
    expect(defaultValidityYears('丹阳市人民防空管理办法')).toBe(5);
    expect(defaultValidityYears('关于实行河长制的意见')).toBe(5); // 实行 is not 试行
  });
});

describe('deriveExpiry', () => {
  const base = { title: '丹阳市人民防空管理办法', effectiveDate: null, publishDate: '2019-01-15', statedExpiry: null };

  it('ends the day before the 5th anniversary of the effective date', () => {
    expect(deriveExpiry({ ...base, effectiveDate: '2019-03-01' })).toBe('2024-02-29');
    expect(deriveExpiry({ ...base, effectiveDate: '2019-06-10' })).toBe('2024-06-09');
  });

  it('counts from the publish date when there is no effective date', () => {
    expect(deriveExpiry(base)).toBe('2024-01-14');
  });

  it('gives 暂行 / 试行 documents two years', () => {
    expect(deriveExpiry({ ...base, title: '丹阳市停车管理暂行办法', effectiveDate: '2019-03-01' })).toBe('2021-02-28');
    expect(deriveExpiry({ ...base, title: '丹阳市停车管理办法（试行）', publishDate: '2019-01-01' })).toBe('2020-12-31');
  });

  it('Feb-29 rule: the missing anniversary is 28 February, the validity ends the day before', () => {
    expect(deriveExpiry({ ...base, title: '暂行办法', effectiveDate: '2020-02-29' })).toBe('2022-02-27');
    // into a leap year the anniversary exists
    expect(deriveExpiry({ ...base, title: '暂行办法', effectiveDate: '2022-02-28' })).toBe('2024-02-27');
    expect(validityEnd('2020-02-29', 4)).toBe('2024-02-28');
  });

  it('a stated expiry wins', () => {
    expect(deriveExpiry({ ...base, effectiveDate: '2019-03-01', statedExpiry: '2021-12-31' })).toBe('2021-12-31');
  });

  it('a retroactive effective date (before publication) is still the start', () => {
    expect(deriveExpiry({ ...base, publishDate: '2019-05-01', effectiveDate: '2019-01-01' })).toBe('2023-12-31');
  });
});

describe('addMonthsClamped', () => {
  it('clamps to the month end and crosses years', () => {
    expect(addMonthsClamped('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonthsClamped('2018-08-31', 6)).toBe('2019-02-28');
    expect(addMonthsClamped('2019-12-31', 6)).toBe('2020-06-30');
    expect(addMonthsClamped('2019-07-15', 6)).toBe('2020-01-15');
    expect(addMonthsClamped('2020-01-31', -2)).toBe('2019-11-30');
  });
});

describe('isExpiringWithin / isPastExpiry', () => {
  const doc = (expiryDate: string, status: 'valid' | 'amended' | 'repealed' | 'expired' = 'valid') => ({ expiryDate, status });
  const today = '2019-07-15';

  it('lists valid documents expiring from today up to six months ahead, both ends included', () => {
    expect(isExpiringWithin(doc('2019-07-15'), today)).toBe(true); // expires today
    expect(isExpiringWithin(doc('2019-07-14'), today)).toBe(false); // already expired
    expect(isExpiringWithin(doc('2020-01-15'), today)).toBe(true); // exactly six months
    expect(isExpiringWithin(doc('2020-01-16'), today)).toBe(false); // one day more
    expect(isExpiringWithin(doc('2019-09-01'), today, 1)).toBe(false);
    expect(isExpiringWithin(doc('2019-08-15'), today, 1)).toBe(true);
  });

  it('six months from 31 August end on the last day of February', () => {
    expect(isExpiringWithin(doc('2020-02-29'), '2019-08-31')).toBe(true);
    expect(isExpiringWithin(doc('2020-03-01'), '2019-08-31')).toBe(false);
  });

  it('only documents still 有效 are listed', () => {
    expect(isExpiringWithin(doc('2019-08-01', 'repealed'), today)).toBe(false);
    expect(isExpiringWithin(doc('2019-08-01', 'amended'), today)).toBe(false);
  });

  it('past expiry from the day after 有效期至, only while still marked 有效', () => {
    expect(isPastExpiry(doc('2019-07-15'), today)).toBe(false);
    expect(isPastExpiry(doc('2019-07-14'), today)).toBe(true);
    expect(isPastExpiry(doc('2019-07-14', 'expired'), today)).toBe(false);
  });
});

describe('docNoKey', () => {
  it('makes bracket, 第, zero-padding, digit-width and space variants collide', () => {
    const k = docNoKey('丹阳市人民政府', '丹政发〔2019〕5号');
    expect(docNoKey('丹阳市人民政府', '丹政发[2019]第05号')).toBe(k);
    expect(docNoKey('丹阳市人民政府', '丹政发（２０１９）５号')).toBe(k);
    expect(docNoKey(' 丹阳市人民政府 ', '丹政发 ［2019］ 005 号')).toBe(k);
    expect(docNoKey('丹阳市人民政府', '丹政发(2019)第5号')).toBe(k);
  });

  it('keeps different numbers, years, prefixes and issuers apart', () => {
    const k = docNoKey('丹阳市人民政府', '丹政发〔2019〕5号');
    expect(docNoKey('丹阳市人民政府', '丹政发〔2019〕50号')).not.toBe(k);
    expect(docNoKey('丹阳市人民政府', '丹政发〔2018〕5号')).not.toBe(k);
    expect(docNoKey('丹阳市人民政府', '丹政办发〔2019〕5号')).not.toBe(k);
    expect(docNoKey('丹阳市人民政府办公室', '丹政发〔2019〕5号')).not.toBe(k);
  });

  it('normalizeDocNo keeps a number 0 and a number with inner zeros', () => {
    expect(normalizeDocNo('丹政发〔2019〕0号')).toBe('丹政发〔2019〕0号');
    expect(normalizeDocNo('丹政发〔2019〕第105号')).toBe('丹政发〔2019〕105号');
  });
});
