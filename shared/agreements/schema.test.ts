import { describe, expect, it } from 'vitest';
import type { FieldError, Validated } from '../review/schema';
import { AGREEMENT_FIELD_LABELS, parseAmount, validateAgreementFields, type AgreementFields } from './schema';

const TODAY = '2020-03-01';

const VALID = {
  name: '丹阳市某片区城市更新项目投资合作协议',
  signingCapacity: 'government',
  submittingUnit: '市住建局',
  counterparty: '某建设投资有限公司',
  category: '政府和社会资本合作',
  amount: 12000.5,
  receivedDate: '2019-12-20',
  opinionDate: '2020-01-08',
  opinion: 'approveAfterChanges',
  problems: '违约责任条款不对等',
  handler: '王五',
  note: '',
};

function value(result: Validated<AgreementFields>): AgreementFields {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}
function errors(result: Validated<AgreementFields>): FieldError[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}
const check = (patch: Record<string, unknown>) => validateAgreementFields({ ...VALID, ...patch }, TODAY);

describe('parseAmount', () => {
  it.each([
    [12.5, 12.5],
    [0, 0],
    ['12.5', 12.5],
    ['1,200', 1200],
    ['1,234,567.89', 1234567.89],
    ['１２', 12],
    ['１２．５', 12.5],
    ['１，２００', 1200],
    [' 30 ', 30],
    ['30万元', 30],
    ['0.0001', 0.0001],
    ['12.50000', 12.5],
    ['.5', 0.5],
    ['12.', 12],
    ['-0', 0],
    [0.1 + 0.2, 0.3],
    [100_000_000, 100_000_000],
  ])('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['   '], ['\u3000']])('%j → null (not stated)', (input) => {
    expect(parseAmount(input)).toBeNull();
  });

  it.each([
    ['abc'],
    ['-3'],
    ['－3'],
    [-3],
    [-0.0001],
    ['1,2'],
    ['12,34'],
    ['1e3'],
    ['12.34567'],
    [12.34567],
    ['.'],
    ['-'],
    ['12元'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['100000000.0001'],
    [true],
    [{}],
  ])('%j → invalid', (input) => {
    expect(parseAmount(input)).toBe('invalid');
  });
});

describe('validateAgreementFields: a valid form', () => {
  it('passes unchanged', () => {
    expect(value(validateAgreementFields(VALID, TODAY))).toEqual(VALID);
  });

  it('trims text, reads the amount from text and fills optional fields with defaults', () => {
    const { opinionDate: _d, opinion: _o, problems: _p, note: _n, amount: _a, ...minimal } = VALID;
    const v = value(validateAgreementFields({ ...minimal, name: '  协议 ', handler: ' 王五\t' }, TODAY));
    expect(v.name).toBe('协议');
    expect(v.handler).toBe('王五');
    expect(v.amount).toBeNull();
    expect(v.opinionDate).toBeNull();
    expect(v.opinion).toBeNull();
    expect(v.problems).toBe('');
    expect(v.note).toBe('');
    expect(value(check({ amount: '１，２００．５' })).amount).toBe(1200.5);
    expect(value(check({ amount: '' })).amount).toBeNull();
  });

  it('accepts the Chinese labels of the choices and half-width brackets', () => {
    const v = value(check({ signingCapacity: '以镇（区、街道）名义', opinion: '不宜签订', category: '建设工程(投资500万元以上)' }));
    expect(v.signingCapacity).toBe('town');
    expect(v.opinion).toBe('reject');
    expect(v.category).toBe('建设工程（投资500万元以上）');
    expect(value(check({ signingCapacity: '以市政府组成部门名义' })).signingCapacity).toBe('department');
  });

  it('accepts dates of today and an opinion on the day of receipt', () => {
    const v = value(check({ receivedDate: TODAY, opinionDate: TODAY }));
    expect(v.opinionDate).toBe(TODAY);
  });

  it('treats a blank opinion and opinion date as not yet decided', () => {
    const v = value(check({ opinion: '', opinionDate: ' ' }));
    expect(v.opinion).toBeNull();
    expect(v.opinionDate).toBeNull();
  });
});

describe('validateAgreementFields: refusals', () => {
  it.each([['abc'], ['-3'], [-3]])('a negative or non-numeric amount %j', (amount) => {
    expect(errors(check({ amount }))).toEqual([{ field: 'amount', message: '金额（万元）必须是不小于0的数字' }]);
  });

  it('an amount with more than 4 decimals, or one far too large', () => {
    expect(errors(check({ amount: '1.23456' }))).toEqual([{ field: 'amount', message: '金额（万元）最多保留4位小数' }]);
    expect(errors(check({ amount: 5e8 }))).toEqual([{ field: 'amount', message: '金额（万元）超过1万亿元，请确认单位是万元' }]);
  });

  it('a missing 签订名义 or 协议类别', () => {
    for (const blank of [undefined, null, '', '  ']) {
      expect(errors(check({ signingCapacity: blank }))).toEqual([{ field: 'signingCapacity', message: '签订名义不能为空' }]);
      expect(errors(check({ category: blank }))).toEqual([{ field: 'category', message: '协议类别不能为空' }]);
    }
  });

  it('an unknown 签订名义, 协议类别 or 审查意见', () => {
    expect(errors(check({ signingCapacity: '以县政府名义' }))).toEqual([
      { field: 'signingCapacity', message: '签订名义必须是以市政府名义、以镇（区、街道）名义、以市政府组成部门名义之一' },
    ]);
    expect(errors(check({ category: '采购' }))[0]).toEqual({
      field: 'category',
      message: '协议类别必须是政府和社会资本合作、招商引资、征收补偿、特许经营、建设工程（投资500万元以上）、国有自然资源使用权出让、其他之一',
    });
    expect(errors(check({ opinion: '同意' }))).toEqual([{ field: 'opinion', message: '审查意见必须是同意签订、修改后签订、不宜签订之一' }]);
  });

  it('each missing required text field names itself', () => {
    for (const field of ['name', 'submittingUnit', 'counterparty', 'handler'] as const) {
      expect(errors(check({ [field]: ' ' }))).toEqual([{ field, message: `${AGREEMENT_FIELD_LABELS[field]}不能为空` }]);
    }
    expect(errors(check({ receivedDate: '' }))).toEqual([{ field: 'receivedDate', message: '收件日期不能为空' }]);
  });

  it('an invalid date', () => {
    expect(errors(check({ receivedDate: '2019-02-30' }))).toEqual([{ field: 'receivedDate', message: '收件日期不是有效日期（格式：2019-03-05）' }]);
    expect(errors(check({ opinionDate: '2020/1/8' }))).toEqual([{ field: 'opinionDate', message: '出具意见日期不是有效日期（格式：2019-03-05）' }]);
  });

  it('出具意见日期 before 收件日期', () => {
    expect(errors(check({ receivedDate: '2020-01-08', opinionDate: '2019-12-20' }))).toEqual([
      { field: 'opinionDate', message: '出具意见日期（2019-12-20）不能早于收件日期（2020-01-08）' },
    ]);
  });

  it('a future date', () => {
    expect(errors(check({ receivedDate: '2020-03-02', opinionDate: null, opinion: null }))).toEqual([
      { field: 'receivedDate', message: '收件日期（2020-03-02）晚于今天' },
    ]);
    expect(errors(check({ opinionDate: '2020-03-02' }))).toEqual([{ field: 'opinionDate', message: '出具意见日期（2020-03-02）晚于今天' }]);
  });

  it('审查意见 without 出具意见日期, and the reverse', () => {
    expect(errors(check({ opinionDate: null }))).toEqual([{ field: 'opinionDate', message: '已填写审查意见，出具意见日期不能为空' }]);
    expect(errors(check({ opinion: null }))).toEqual([{ field: 'opinion', message: '已填写出具意见日期，审查意见不能为空' }]);
  });

  it('reports several field errors at once', () => {
    const fields = errors(check({ name: '', signingCapacity: '', amount: 'abc' })).map((e) => e.field);
    expect(fields).toEqual(['name', 'signingCapacity', 'amount']);
  });

  it('refuses what is not an object', () => {
    expect(validateAgreementFields(null, TODAY).ok).toBe(false);
  });
});

describe('all errors at once', () => {
  it('reports the date rules together with a malformed field (the clerk sees every problem in one save)', () => {
    expect(errors(check({ amount: '-5', receivedDate: '2020-02-10', opinionDate: '2020-02-01' }))).toEqual([
      { field: 'amount', message: '金额（万元）必须是不小于0的数字' },
      { field: 'opinionDate', message: '出具意见日期（2020-02-01）不能早于收件日期（2020-02-10）' },
    ]);
    expect(errors(check({ amount: '十二万', name: '', opinionDate: '2021-01-01' }))).toEqual([
      { field: 'name', message: '协议名称不能为空' },
      { field: 'amount', message: '金额（万元）必须是不小于0的数字' },
      { field: 'opinionDate', message: '出具意见日期（2021-01-01）晚于今天' },
    ]);
  });
});
