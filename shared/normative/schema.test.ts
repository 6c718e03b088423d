import { describe, expect, it } from 'vitest';
import type { FieldError, Validated } from '../review/schema';
import { validateCleanupBatchFields, validateDocumentFields, validateFilingReviewFields, validateLegalityReviewFields } from './schema';
import { docNoKey } from './validity';

const TODAY = '2020-06-30';

function value<T>(r: Validated<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.value;
}
function errors<T>(r: Validated<T>): FieldError[] {
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
}

describe('validateDocumentFields', () => {
  const DOC = {
    title: '丹阳市人民防空管理办法',
    docNo: '丹政发〔2019〕5号',
    issuer: '丹阳市人民政府',
    publishDate: '2019-02-20',
    effectiveDate: '2019-03-01',
    statedExpiry: null,
    note: '',
  };
  const existing = [{ id: 'd1', title: '丹阳市人民防空管理办法', docNoKey: docNoKey('丹阳市人民政府', '丹政发〔2019〕5号'), deleted: 0 as const }];

  it('passes and derives docNoKey, expiryDate and the default status', () => {
    expect(value(validateDocumentFields(DOC, TODAY))).toEqual({
      ...DOC,
      status: 'valid',
      docNoKey: '丹阳市人民政府|丹政发〔2019〕5号',
      expiryDate: '2024-02-29',
    });
  });

  it('refuses a 文号 already used by the same issuer, in any bracket style', () => {
    const e = errors(validateDocumentFields({ ...DOC, title: '另一文件', docNo: '丹政发[2019]第05号' }, TODAY, { existing }));
    expect(e).toEqual([{ field: 'docNo', message: '文号（丹政发[2019]第05号）与同一制定机关的《丹阳市人民防空管理办法》重复' }]);
  });

  it('accepts the same 文号 for the document being edited and for another issuer', () => {
    expect(validateDocumentFields(DOC, TODAY, { existing, editingId: 'd1' }).ok).toBe(true);
    expect(validateDocumentFields({ ...DOC, issuer: '丹阳市教育局' }, TODAY, { existing }).ok).toBe(true);
  });

  it('names a duplicate that is in the 回收站', () => {
    const e = errors(validateDocumentFields(DOC, TODAY, { existing: [{ ...existing[0]!, deleted: 1 }] }));
    expect(e[0]!.message).toBe('文号（丹政发〔2019〕5号）与同一制定机关的《丹阳市人民防空管理办法》重复（该文件在回收站中，可恢复后使用）');
  });

  it('refuses a 公布日期 after today but accepts future 施行日期 and 有效期至', () => {
    expect(errors(validateDocumentFields({ ...DOC, publishDate: '2020-07-01', effectiveDate: null }, TODAY))).toEqual([
      { field: 'publishDate', message: '公布日期（2020-07-01）晚于今天' },
    ]);
    const v = value(validateDocumentFields({ ...DOC, publishDate: '2020-06-30', effectiveDate: '2020-08-01', statedExpiry: '2022-07-31' }, TODAY));
    expect(v.expiryDate).toBe('2022-07-31');
  });

  it('refuses a 施行日期 before the 公布日期 (no 有效期至 is derived from it) and requires 有效期至 after both dates', () => {
    expect(errors(validateDocumentFields({ ...DOC, effectiveDate: '2019-01-01' }, TODAY))).toEqual([
      { field: 'effectiveDate', message: '施行日期（2019-01-01）不能早于公布日期（2019-02-20）' },
    ]);
    expect(value(validateDocumentFields({ ...DOC, effectiveDate: '2019-02-20' }, TODAY)).expiryDate).toBe('2024-02-19');
    expect(errors(validateDocumentFields({ ...DOC, statedExpiry: '2019-02-20' }, TODAY))).toEqual([
      { field: 'statedExpiry', message: '有效期至（2019-02-20）必须晚于公布日期（2019-02-20）' },
    ]);
    expect(errors(validateDocumentFields({ ...DOC, statedExpiry: '2019-02-25' }, TODAY))).toEqual([
      { field: 'statedExpiry', message: '有效期至（2019-02-25）必须晚于施行日期（2019-03-01）' },
    ]);
  });

  it('names missing and malformed fields', () => {
    const e = errors(validateDocumentFields({ ...DOC, title: ' ', publishDate: '2019-02-30', docNo: undefined }, TODAY));
    expect(e).toContainEqual({ field: 'title', message: '文件名称不能为空' });
    expect(e).toContainEqual({ field: 'docNo', message: '文号不能为空' });
    expect(e).toContainEqual({ field: 'publishDate', message: '公布日期不是有效日期（格式：2019-03-05）' });
  });

  it('reports the date rules together with the other fields’ errors, all at once', () => {
    const e = errors(validateDocumentFields({ ...DOC, title: '', publishDate: '2030-01-01', effectiveDate: '2029-01-01' }, TODAY));
    expect(e).toEqual([
      { field: 'title', message: '文件名称不能为空' },
      { field: 'publishDate', message: '公布日期（2030-01-01）晚于今天' },
      { field: 'effectiveDate', message: '施行日期（2029-01-01）不能早于公布日期（2030-01-01）' },
    ]);
  });
});

describe('validateLegalityReviewFields', () => {
  const REVIEW = {
    title: '丹阳市机动车停车服务收费办法',
    kind: 'revision',
    draftingUnit: '市发改委',
    submittedDate: '2019-05-06',
    completedDate: '2019-05-20',
    opinion: 'legalAfterChanges',
    problems: '第五条收费依据不足',
    handler: '王五',
    docNo: '丹政规〔2019〕3号',
    publishDate: '2019-06-01',
    documentId: 'd9',
    note: '',
  };

  it('passes', () => {
    expect(value(validateLegalityReviewFields(REVIEW, TODAY))).toEqual(REVIEW);
  });

  it('accepts a draft still under review (no completion, opinion or publication)', () => {
    const v = value(
      validateLegalityReviewFields({ ...REVIEW, completedDate: '', opinion: '', docNo: '', publishDate: null, documentId: null }, TODAY),
    );
    expect(v.completedDate).toBeNull();
    expect(v.opinion).toBeNull();
  });

  it('refuses 审核完成日期 before 送审日期', () => {
    expect(errors(validateLegalityReviewFields({ ...REVIEW, completedDate: '2019-05-05', publishDate: null }, TODAY))).toEqual([
      { field: 'completedDate', message: '审核完成日期（2019-05-05）不能早于送审日期（2019-05-06）' },
    ]);
  });

  it('requires the opinion with the completion date and the other way round', () => {
    expect(errors(validateLegalityReviewFields({ ...REVIEW, opinion: null }, TODAY))).toEqual([
      { field: 'opinion', message: '已填写审核完成日期，审核意见不能为空' },
    ]);
    expect(errors(validateLegalityReviewFields({ ...REVIEW, completedDate: null, publishDate: null }, TODAY))).toEqual([
      { field: 'completedDate', message: '已选择审核意见，审核完成日期不能为空' },
    ]);
  });

  it('requires 公布日期 ≥ 审核完成日期, a 文号, the revised document and no 不合法 opinion', () => {
    expect(errors(validateLegalityReviewFields({ ...REVIEW, publishDate: '2019-05-19' }, TODAY))).toEqual([
      { field: 'publishDate', message: '公布日期（2019-05-19）不能早于审核完成日期（2019-05-20）' },
    ]);
    expect(errors(validateLegalityReviewFields({ ...REVIEW, docNo: ' ' }, TODAY))).toEqual([
      { field: 'docNo', message: '已填写公布日期，文号不能为空' },
    ]);
    expect(errors(validateLegalityReviewFields({ ...REVIEW, documentId: null }, TODAY))).toEqual([
      { field: 'documentId', message: '重新修订的文件公布时须选择被修订文件' },
    ]);
    expect(errors(validateLegalityReviewFields({ ...REVIEW, opinion: 'illegal' }, TODAY))).toEqual([
      { field: 'publishDate', message: '审核意见为不合法的草案不能登记公布日期' },
    ]);
    expect(errors(validateLegalityReviewFields({ ...REVIEW, completedDate: null, opinion: null }, TODAY))).toEqual([
      { field: 'publishDate', message: '公布日期：审核尚未完成，请先填写审核完成日期' },
    ]);
  });

  it('refuses dates after today', () => {
    const e = errors(
      validateLegalityReviewFields({ ...REVIEW, submittedDate: '2020-07-01', completedDate: '2020-07-02', publishDate: '2020-07-03' }, TODAY),
    );
    expect(e).toEqual([
      { field: 'submittedDate', message: '送审日期（2020-07-01）晚于今天' },
      { field: 'completedDate', message: '审核完成日期（2020-07-02）晚于今天' },
      { field: 'publishDate', message: '公布日期（2020-07-03）晚于今天' },
    ]);
  });

  it('checks the 文号 against the registry, except the document it revises', () => {
    const existing = [{ id: 'd9', title: '旧办法', docNoKey: docNoKey('丹阳市人民政府', '丹政规〔2019〕3号'), deleted: 0 as const }];
    expect(validateLegalityReviewFields(REVIEW, TODAY, { existing, issuer: '丹阳市人民政府' }).ok).toBe(true);
    const e = errors(validateLegalityReviewFields({ ...REVIEW, kind: 'new', documentId: null }, TODAY, { existing, issuer: '丹阳市人民政府' }));
    expect(e).toEqual([{ field: 'docNo', message: '文号（丹政规〔2019〕3号）与同一制定机关的《旧办法》重复' }]);
  });

  it('names a wrong kind', () => {
    expect(errors(validateLegalityReviewFields({ ...REVIEW, kind: 'x' }, TODAY))).toEqual([
      { field: 'kind', message: '审核类型必须是新制定或重新修订' },
    ]);
  });
});

describe('validateFilingReviewFields', () => {
  const FILING = {
    title: '关于加强农村集体资产管理的意见',
    docNo: '延政发〔2019〕12号',
    issuer: '延陵镇人民政府',
    publishDate: '2019-03-01',
    filedDate: '2019-04-01',
    result: 'filed',
    problems: '',
    corrected: null,
    handler: '',
    note: '',
  };

  it('passes (a late filing is still valid input)', () => {
    expect(value(validateFilingReviewFields(FILING, TODAY))).toEqual(FILING);
  });

  it('refuses 报备日期 before 公布日期', () => {
    expect(errors(validateFilingReviewFields({ ...FILING, filedDate: '2019-02-28' }, TODAY))).toEqual([
      { field: 'filedDate', message: '报备日期（2019-02-28）不能早于公布日期（2019-03-01）' },
    ]);
  });

  it('refuses dates after today', () => {
    expect(errors(validateFilingReviewFields({ ...FILING, publishDate: '2020-06-30', filedDate: '2020-07-01' }, TODAY))).toEqual([
      { field: 'filedDate', message: '报备日期（2020-07-01）晚于今天' },
    ]);
  });

  it('keeps 是否已纠正 only when problems were found', () => {
    expect(value(validateFilingReviewFields({ ...FILING, corrected: true }, TODAY)).corrected).toBeNull();
    expect(value(validateFilingReviewFields({ ...FILING, problems: '未经合法性审核', corrected: true }, TODAY)).corrected).toBe(true);
  });

  it('names a wrong result', () => {
    expect(errors(validateFilingReviewFields({ ...FILING, result: '同意' }, TODAY))).toEqual([
      { field: 'result', message: '审查结果必须是予以备案、不予备案或补充修改后重报' },
    ]);
  });
});

describe('validateCleanupBatchFields', () => {
  const BATCH = {
    name: '2019年规范性文件清理',
    scope: '市政府发布的规范性文件',
    completedDate: '2019-12-31',
    items: [
      { documentId: 'a', result: 'continue', newExpiry: null },
      { documentId: 'b', result: null, newExpiry: null },
    ],
    note: '',
  };
  const documents = [
    { id: 'a', title: '甲办法' },
    { id: 'b', title: '乙办法' },
  ];

  it('passes with items still lacking a result', () => {
    expect(value(validateCleanupBatchFields(BATCH, TODAY))).toEqual(BATCH);
  });

  it('refuses a document added twice, naming it', () => {
    const input = { ...BATCH, items: [...BATCH.items, { documentId: 'a', result: 'repeal', newExpiry: null }] };
    expect(errors(validateCleanupBatchFields(input, TODAY, { documents }))).toEqual([
      { field: 'items', message: '清理文件：《甲办法》重复加入（第1项与第3项）' },
    ]);
  });

  it('refuses a completion date after today', () => {
    expect(errors(validateCleanupBatchFields({ ...BATCH, completedDate: '2020-07-01' }, TODAY))).toEqual([
      { field: 'completedDate', message: '清理完成日期（2020-07-01）晚于今天' },
    ]);
  });

  it('keeps a new 有效期至 only for 延长有效期, and only after the completion date', () => {
    const items = [
      { documentId: 'a', result: 'extend', newExpiry: '2024-12-31' },
      { documentId: 'b', result: 'continue', newExpiry: '2024-12-31' },
    ];
    expect(value(validateCleanupBatchFields({ ...BATCH, items }, TODAY)).items).toEqual([
      { documentId: 'a', result: 'extend', newExpiry: '2024-12-31' },
      { documentId: 'b', result: 'continue', newExpiry: null },
    ]);
    const bad = [{ documentId: 'a', result: 'extend', newExpiry: '2019-12-31' }];
    expect(errors(validateCleanupBatchFields({ ...BATCH, items: bad }, TODAY, { documents }))).toEqual([
      { field: 'items', message: '清理文件：《甲办法》延长后的有效期至（2019-12-31）必须晚于清理完成日期（2019-12-31）' },
    ]);
  });

  it('names missing fields', () => {
    const e = errors(validateCleanupBatchFields({ scope: '', items: [] }, TODAY));
    expect(e).toContainEqual({ field: 'name', message: '清理批次名称不能为空' });
    expect(e).toContainEqual({ field: 'completedDate', message: '清理完成日期不能为空' });
  });
});
