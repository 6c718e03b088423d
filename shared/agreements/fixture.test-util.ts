/**
 * A hand-built ledger for the counts and report tests, matching the reference report's 2019 figures
 * (丹政发〔2020〕14号: 以市政府名义6件，以镇（区、街道）或者市政府组成部门名义10件), plus records across the
 * 2019/2020 boundary, a deleted record and one from 2018.
 */
import type { AgreementCategory, AgreementOpinion, AgreementReview, SigningCapacity } from './types';

export function agreement(
  id: string,
  signingCapacity: SigningCapacity,
  category: AgreementCategory,
  opinion: AgreementOpinion | null,
  receivedDate: string,
  opinionDate: string | null,
  amount: number | null = null,
  deleted: 0 | 1 = 0,
): AgreementReview {
  return {
    id,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    deleted,
    name: `协议${id}`,
    signingCapacity,
    submittingUnit: '送审单位',
    counterparty: '相对方',
    category,
    amount,
    receivedDate,
    opinionDate,
    opinion,
    problems: '',
    handler: '承办人',
    note: '',
  };
}

const a = agreement;

export const LEDGER: AgreementReview[] = [
  // 以市政府名义: 6 opinions in 2019 (g6 received in 2018)
  a('g1', 'government', '招商引资', 'approve', '2019-01-10', '2019-01-15', 0.1),
  a('g2', 'government', '政府和社会资本合作', 'approveAfterChanges', '2019-03-01', '2019-03-08', 0.2),
  a('g3', 'government', '征收补偿', 'approve', '2019-05-06', '2019-05-10', 12000),
  a('g4', 'government', '特许经营', 'reject', '2019-06-03', '2019-06-12'),
  a('g5', 'government', '建设工程（投资500万元以上）', 'approveAfterChanges', '2019-11-01', '2019-11-08', 1234.5678),
  a('g6', 'government', '招商引资', 'approve', '2018-12-25', '2019-01-04', 8765.4322),
  // 以镇（区、街道）名义: 6 opinions in 2019
  a('t1', 'town', '征收补偿', 'approve', '2019-02-14', '2019-02-20', 0.0001),
  a('t2', 'town', '征收补偿', 'approve', '2019-04-03', '2019-04-10'),
  a('t3', 'town', '征收补偿', 'approve', '2019-04-18', '2019-04-25'),
  a('t4', 'town', '其他', 'approveAfterChanges', '2019-07-01', '2019-07-05'),
  a('t5', 'town', '其他', 'approveAfterChanges', '2019-09-10', '2019-09-18'),
  a('t6', 'town', '招商引资', 'approve', '2019-12-24', '2019-12-31'),
  // 以市政府组成部门名义: 4 opinions in 2019
  a('d1', 'department', '国有自然资源使用权出让', 'approve', '2019-08-01', '2019-08-08', 5000.5),
  a('d2', 'department', '国有自然资源使用权出让', 'approve', '2019-10-08', '2019-10-15'),
  a('d3', 'department', '政府和社会资本合作', 'approveAfterChanges', '2019-12-12', '2019-12-20'),
  a('d4', 'department', '其他', 'reject', '2019-12-23', '2019-12-30'),
  // Across the year boundary: received December 2019, opinion January 2020.
  a('b1', 'town', '征收补偿', 'approve', '2019-12-20', '2020-01-08', 100),
  // Received December 2019, still without an opinion.
  a('p1', 'department', '其他', null, '2019-12-30', null),
  // Deleted (回收站): never counts.
  a('x1', 'government', '招商引资', 'approve', '2019-07-01', '2019-07-02', 999, 1),
  a('x2', 'town', '其他', null, '2019-12-01', null, null, 1),
  // Decided in 2018.
  a('e1', 'government', '特许经营', 'approve', '2018-06-01', '2018-06-10', 50),
];
