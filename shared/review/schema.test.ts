import { describe, expect, it } from 'vitest';
import { CASE_FIELD_LABELS, validateCaseFields, type FieldError, type Validated } from './schema';
import type { ReviewCaseFields } from './types';

const TODAY = '2026-11-29';

const VALID = {
  caseNo: '丹政复〔2019〕12号',
  applicant: '张三',
  applicantType: 'natural',
  applicantCount: 1,
  respondent: '丹阳市公安局',
  respondentLevel: '市政府部门',
  thirdParty: '',
  actName: '行政处罚决定',
  actDocNo: '丹公（交）行罚决字〔2019〕123号',
  actDate: '2019-02-20',
  actCategory: '行政处罚',
  field: '公安',
  request: '撤销行政处罚决定',
  handler: '李四',
  intakePoint: '司法局',
  incidentalReview: false,
  note: '',
};

function value(result: Validated<ReviewCaseFields>): ReviewCaseFields {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errors(result: Validated<ReviewCaseFields>): FieldError[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('validateCaseFields: a valid form', () => {
  it('passes and reads caseYear / caseSeq out of the 案号', () => {
    const v = value(validateCaseFields(VALID, TODAY));
    expect(v.caseYear).toBe(2019);
    expect(v.caseSeq).toBe(12);
    expect(v).toEqual({ ...VALID, caseYear: 2019, caseSeq: 12 });
  });

  it('reads the year and sequence from other bracket styles', () => {
    const v = value(validateCaseFields({ ...VALID, caseNo: '丹政复[2025]第7号' }, TODAY));
    expect(v.caseYear).toBe(2025);
    expect(v.caseSeq).toBe(7);
  });

  it('gives caseYear 0 and caseSeq null when the 案号 cannot be parsed', () => {
    const v = value(validateCaseFields({ ...VALID, caseNo: '临时编号A' }, TODAY));
    expect(v.caseYear).toBe(0);
    expect(v.caseSeq).toBeNull();
  });

  it('ignores caseYear / caseSeq sent by the form and derives them from the 案号', () => {
    const v = value(validateCaseFields({ ...VALID, caseYear: 1999, caseSeq: 99 }, TODAY));
    expect(v.caseYear).toBe(2019);
    expect(v.caseSeq).toBe(12);
  });

  it('fills optional fields with defaults when they are left out', () => {
    const { thirdParty: _t, actName: _n, actDocNo: _d, actDate: _a, request: _r, incidentalReview: _i, note: _o, ...minimal } = VALID;
    const v = value(validateCaseFields(minimal, TODAY));
    expect(v.thirdParty).toBe('');
    expect(v.actName).toBe('');
    expect(v.actDocNo).toBe('');
    expect(v.actDate).toBeNull();
    expect(v.request).toBe('');
    expect(v.incidentalReview).toBe(false);
    expect(v.note).toBe('');
  });

  it('treats null / undefined / blank optional fields as empty', () => {
    const v = value(validateCaseFields({ ...VALID, actDate: undefined, thirdParty: null, note: null }, TODAY));
    expect(v.actDate).toBeNull();
    expect(v.thirdParty).toBe('');
    expect(v.note).toBe('');
    expect(value(validateCaseFields({ ...VALID, actDate: null }, TODAY)).actDate).toBeNull();
    expect(value(validateCaseFields({ ...VALID, actDate: '' }, TODAY)).actDate).toBeNull();
    expect(value(validateCaseFields({ ...VALID, actDate: '   ' }, TODAY)).actDate).toBeNull();
  });

  it('accepts an organisation applicant with several applicants and the other respondent levels', () => {
    const v = value(
      validateCaseFields(
        { ...VALID, applicantType: 'organization', applicantCount: 12, respondentLevel: '镇（区、街道）', incidentalReview: true },
        TODAY,
      ),
    );
    expect(v.applicantType).toBe('organization');
    expect(v.applicantCount).toBe(12);
    expect(v.respondentLevel).toBe('镇（区、街道）');
    expect(v.incidentalReview).toBe(true);
  });

  it('accepts an act dated today', () => {
    expect(value(validateCaseFields({ ...VALID, actDate: TODAY }, TODAY)).actDate).toBe(TODAY);
  });
});

describe('validateCaseFields: trimming', () => {
  it('trims every text field', () => {
    const v = value(
      validateCaseFields(
        {
          ...VALID,
          caseNo: '  丹政复〔2019〕12号 ',
          applicant: ' 张三\t',
          respondent: '\n丹阳市公安局 ',
          thirdParty: '  王五 ',
          actName: ' 行政处罚决定 ',
          actDate: ' 2019-02-20 ',
          actCategory: ' 行政处罚 ',
          field: ' 公安 ',
          request: '  撤销  ',
          handler: ' 李四 ',
          intakePoint: ' 司法局 ',
          note: ' 备注 ',
        },
        TODAY,
      ),
    );
    expect(v.caseNo).toBe('丹政复〔2019〕12号');
    expect(v.applicant).toBe('张三');
    expect(v.respondent).toBe('丹阳市公安局');
    expect(v.thirdParty).toBe('王五');
    expect(v.actName).toBe('行政处罚决定');
    expect(v.actDate).toBe('2019-02-20');
    expect(v.actCategory).toBe('行政处罚');
    expect(v.field).toBe('公安');
    expect(v.request).toBe('撤销');
    expect(v.handler).toBe('李四');
    expect(v.intakePoint).toBe('司法局');
    expect(v.note).toBe('备注');
  });
});

describe('validateCaseFields: required fields', () => {
  const REQUIRED = [
    'caseNo',
    'applicant',
    'applicantType',
    'applicantCount',
    'respondent',
    'respondentLevel',
    'actCategory',
    'field',
    'handler',
    'intakePoint',
  ] as const;

  const labels: Record<(typeof REQUIRED)[number], string> = {
    caseNo: '案号',
    applicant: '申请人',
    applicantType: '申请人类型',
    applicantCount: '申请人数',
    respondent: '被申请人',
    respondentLevel: '被申请人层级',
    actCategory: '行为类别',
    field: '管理领域',
    handler: '承办人',
    intakePoint: '受理点',
  };

  it('uses the expected Chinese labels', () => {
    for (const f of REQUIRED) expect(CASE_FIELD_LABELS[f]).toBe(labels[f]);
  });

  for (const f of REQUIRED) {
    for (const [how, empty] of [
      ['empty string', ''],
      ['blank', '   '],
      ['undefined', undefined],
      ['null', null],
    ] as const) {
      if (f === 'applicantCount' && how === 'blank') continue; // a number field: blank text is not a number
      it(`${f} (${labels[f]}) as ${how}`, () => {
        const errs = errors(validateCaseFields({ ...VALID, [f]: empty }, TODAY));
        expect(errs).toEqual([{ field: f, message: `${labels[f]}不能为空` }]);
      });
    }

    it(`${f} (${labels[f]}) left out of the form`, () => {
      const { [f]: _omit, ...rest } = VALID;
      expect(errors(validateCaseFields(rest, TODAY))).toEqual([{ field: f, message: `${labels[f]}不能为空` }]);
    });
  }

  it('reports every empty field at once, each with its label', () => {
    const errs = errors(validateCaseFields({ ...VALID, applicant: '', handler: '' }, TODAY));
    expect(errs).toHaveLength(2);
    expect(errs).toContainEqual({ field: 'applicant', message: '申请人不能为空' });
    expect(errs).toContainEqual({ field: 'handler', message: '承办人不能为空' });
  });

  it('refuses a non-object input', () => {
    expect(validateCaseFields(null, TODAY).ok).toBe(false);
    expect(validateCaseFields('丹政复〔2019〕12号', TODAY).ok).toBe(false);
  });
});

describe('validateCaseFields: bad values', () => {
  it('refuses applicantCount 0', () => {
    expect(errors(validateCaseFields({ ...VALID, applicantCount: 0 }, TODAY))).toEqual([{ field: 'applicantCount', message: '申请人数至少为1' }]);
  });

  it('refuses a negative applicantCount', () => {
    expect(errors(validateCaseFields({ ...VALID, applicantCount: -2 }, TODAY))[0].message).toBe('申请人数至少为1');
  });

  it('refuses a non-integer applicantCount', () => {
    expect(errors(validateCaseFields({ ...VALID, applicantCount: 1.5 }, TODAY))).toEqual([
      { field: 'applicantCount', message: '申请人数必须是整数' },
    ]);
  });

  it('refuses an applicantCount that is not a number', () => {
    expect(errors(validateCaseFields({ ...VALID, applicantCount: '3' }, TODAY))).toEqual([
      { field: 'applicantCount', message: '申请人数必须是数字' },
    ]);
    expect(errors(validateCaseFields({ ...VALID, applicantCount: Number.NaN }, TODAY))[0].message).toBe('申请人数必须是数字');
  });

  it('refuses an unknown applicantType', () => {
    expect(errors(validateCaseFields({ ...VALID, applicantType: 'company' }, TODAY))).toEqual([
      { field: 'applicantType', message: '申请人类型必须是自然人或法人或其他组织' },
    ]);
  });

  it('refuses an unknown respondentLevel', () => {
    const errs = errors(validateCaseFields({ ...VALID, respondentLevel: '省政府' }, TODAY));
    expect(errs).toHaveLength(1);
    expect(errs[0].field).toBe('respondentLevel');
    expect(errs[0].message).toContain('被申请人层级');
  });

  for (const bad of ['2019-02-30', '2019-13-01', '2019/02/20', '20190220', '2019-2-20', 'yesterday']) {
    it(`refuses the actDate '${bad}'`, () => {
      expect(errors(validateCaseFields({ ...VALID, actDate: bad }, TODAY))).toEqual([
        { field: 'actDate', message: '被申请行为日期不是有效日期（格式：2019-03-05）' },
      ]);
    });
  }

  it('refuses an actDate that is not a string', () => {
    const errs = errors(validateCaseFields({ ...VALID, actDate: 20190220 }, TODAY));
    expect(errs).toHaveLength(1);
    expect(errs[0].field).toBe('actDate');
    expect(errs[0].message).toContain('被申请行为日期');
  });

  it('refuses an actDate after today', () => {
    expect(errors(validateCaseFields({ ...VALID, actDate: '2026-11-30' }, TODAY))).toEqual([
      { field: 'actDate', message: '被申请行为日期（2026-11-30）晚于今天' },
    ]);
  });

  it('refuses over-long text with the field name and the limit', () => {
    expect(errors(validateCaseFields({ ...VALID, caseNo: '丹'.repeat(61) }, TODAY))).toEqual([{ field: 'caseNo', message: '案号不能超过60个字' }]);
    expect(errors(validateCaseFields({ ...VALID, note: '注'.repeat(2001) }, TODAY))).toEqual([{ field: 'note', message: '备注不能超过2000个字' }]);
    expect(errors(validateCaseFields({ ...VALID, thirdParty: '王'.repeat(501) }, TODAY))).toEqual([
      { field: 'thirdParty', message: '第三人不能超过500个字' },
    ]);
  });

  it('measures the length after trimming', () => {
    expect(value(validateCaseFields({ ...VALID, caseNo: `  ${'丹'.repeat(60)}  ` }, TODAY)).caseNo).toHaveLength(60);
  });
});

describe('all errors at once', () => {
  it('reports an 被申请行为日期 after today together with the empty fields', () => {
    expect(validateCaseFields({ ...VALID, applicant: '', actDate: '2027-01-01' }, TODAY)).toEqual({
      ok: false,
      errors: [
        { field: 'applicant', message: '申请人不能为空' },
        { field: 'actDate', message: '被申请行为日期（2027-01-01）晚于今天' },
      ],
    });
  });
});
