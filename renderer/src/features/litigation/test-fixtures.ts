/** The fields of a 行政应诉 registration as the form sends them, for the tests. */
export function litigationInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    caseNo: '（2024）苏1181行初12号',
    instance: 'first',
    court: '丹阳市人民法院',
    plaintiff: '张某某',
    plaintiffType: 'natural',
    plaintiffCount: 1,
    defendant: '丹阳市人民政府',
    defendantKind: 'government',
    actName: '房屋征收补偿决定',
    actCategory: '行政征收',
    field: '住建',
    claims: '撤销补偿决定',
    receivedDate: '2024-03-05',
    defenceDate: '2024-03-15',
    handler: '王芳',
    ...over,
  };
}
