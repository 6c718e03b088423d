/**
 * Unit tests only: what a clerk types into each ledger's form, as the repositories take it, with realistic values.
 * Each builder takes overrides for the fields a test is about.
 */

export function caseFields(overrides: Record<string, unknown> = {}) {
  return {
    caseNo: '丹政复〔2019〕1号',
    applicant: '张三',
    applicantType: 'natural',
    applicantCount: 1,
    respondent: '丹阳市公安局',
    respondentLevel: '市政府部门',
    actCategory: '行政处罚',
    field: '公安',
    handler: '李四',
    intakePoint: '市司法局',
    ...overrides,
  };
}

export function docFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '丹阳市城市管理办法',
    docNo: '丹政发〔2020〕14号',
    issuer: '丹阳市人民政府',
    publishDate: '2020-03-01',
    effectiveDate: null,
    statedExpiry: null,
    status: 'valid',
    note: '',
    ...overrides,
  };
}

export function legalityFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '丹阳市机动车停车服务收费办法',
    kind: 'new',
    draftingUnit: '市发改委',
    submittedDate: '2023-04-03',
    completedDate: '2023-04-14',
    opinion: 'legalAfterChanges',
    problems: '',
    handler: '李四',
    docNo: '',
    publishDate: null,
    documentId: null,
    note: '',
    ...overrides,
  };
}

export function agreementFields(overrides: Record<string, unknown> = {}) {
  return {
    name: '城南片区征收补偿协议',
    signingCapacity: 'government',
    submittingUnit: '市住建局',
    counterparty: '丹阳某置业有限公司',
    category: '征收补偿',
    amount: 1200,
    receivedDate: '2024-03-01',
    opinionDate: null,
    opinion: null,
    problems: '',
    handler: '李四',
    note: '',
    ...overrides,
  };
}

export function filingFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '云阳街道网格化管理办法',
    docNo: '云政发〔2020〕3号',
    issuer: '云阳街道办事处',
    publishDate: '2020-03-01',
    filedDate: '2020-03-20',
    result: 'filed',
    problems: '',
    corrected: null,
    handler: '李四',
    note: '',
    ...overrides,
  };
}

export function batchFields(overrides: Record<string, unknown> = {}) {
  return { name: '2020年规范性文件清理', scope: '', completedDate: '2020-12-20', note: '', ...overrides };
}

export function letterFields(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'opinion',
    docNo: '丹复意〔2024〕1号',
    caseId: null,
    issueDate: '2024-03-01',
    recipient: '丹阳市公安局',
    answerDate: null,
    note: '',
    ...overrides,
  };
}
