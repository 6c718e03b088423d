/**
 * A hand-built set of ledgers shaped like the reference report's 2019 (丹政发〔2020〕14号), for the export tests.
 *
 * 行政复议 (case summaries derived from real timelines with replay()):
 *   〔2018〕40–43号  received and accepted 2018, concluded 2019 (维持, 撤销, 终止, 终止) → 结转 4
 *   〔2018〕44号     received 2018-12-28, 补正, accepted 2019-01-03, concluded 2019 终止
 *   〔2019〕1–33号   received and accepted 2019; 1–25 concluded 2019:
 *                    1–8 维持, 9–11 驳回复议请求, 12–13 撤销 (12 with 赔偿), 14 调解, 15–25 终止 (25 on 2019-12-31);
 *                    26–33 still open on 31 Dec 2019 (26 concluded 2020-01-10; 27 heard 2019-12-20)
 *   〔2019〕34号     received 2019-12-30, accepted 2020-01-06
 *   〔2019〕35–37号  不予受理 / 告知 / 受理前撤回 in December 2019
 *   〔2019〕99号     deleted; 〔2017〕9号 all in 2017
 *   2019: 收到 37, 受理 33 + 1 = 34, 审结 4 + 1 + 25 = 30 (维持 1+8 = 9, 驳回 3, 撤销 1+2 = 3, 调解 1, 终止 3+11 = 14),
 *   结转入 4, 结转出 8: 4 + 34 = 30 + 8; 直接纠错 3 ÷ 30 = 10%.
 * Letters: 意见书 1 + 建议书 2 in 2019, one 2018, one deleted.
 * 规范性文件: 3 revisions published 2019 (the reference's three titles), one new draft pending at year end;
 *   2 filings (one late, with a corrected problem); one applied cleanup batch of 85 = 73 (60 继续有效 + 13 延长) +
 *   12 (8 废止 + 4 宣布失效), one unapplied batch.
 * 行政协议: shared/agreements/fixture.test-util.ts (6 + 10 in 2019).
 */
import { LEDGER as AGREEMENTS } from '../../../../shared/agreements/fixture.test-util';
import { addDays, type DateStr } from '../../../../shared/dates';
import { replay, type StepInput } from '../../../../shared/review/lifecycle';
import type { ReviewCase, ReviewEvent, ReviewLetter, ReviewOutcome } from '../../../../shared/review/types';
import type { CleanupBatch, CleanupResult, FilingReview, LegalityReview, NormativeDocument } from '../../../../shared/normative/types';
import { DEFAULT_SETTINGS, type AppSettings } from '../../../../shared/settings';
import type { LedgerRecords } from '../../../../shared/year-records';

const STAMP = { createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' };
const TODAY = '2026-12-31';
const RESPONDENTS = ['丹阳市公安局', '丹阳市市场监督管理局', '丹阳市自然资源和规划局'];
const CATEGORIES = ['行政处罚', '政府信息公开', '行政确认'];
const FIELDS = ['公安', '市场监管', '自然资源'];

type Step = [StepInput['kind'], DateStr, Partial<StepInput>?];

export function reviewCase(id: string, caseNo: string, steps: Step[], extra: Partial<ReviewCase> = {}, index = 0): ReviewCase {
  const inputs: StepInput[] = steps.map(([kind, date, more]) => ({ kind, date, ...more }));
  const result = replay(inputs, TODAY);
  if (!result.ok) throw new Error(`${caseNo}: ${result.error}`);
  const events: ReviewEvent[] = inputs.map((s, i) => ({ ...s, id: `${id}-e${i}`, recordedBy: '张明', recordedAt: STAMP.createdAt }));
  return {
    id,
    ...STAMP,
    deleted: 0,
    caseNo,
    caseNoKey: caseNo,
    caseYear: Number(caseNo.slice(4, 8)),
    caseSeq: null,
    applicant: `申请人${id}`,
    applicantType: index % 5 === 4 ? 'organization' : 'natural',
    applicantCount: 1,
    respondent: RESPONDENTS[index % 3]!,
    respondentLevel: '市政府部门',
    thirdParty: '',
    actName: '',
    actDocNo: '',
    actDate: null,
    actCategory: CATEGORIES[index % 3]!,
    field: FIELDS[index % 3]!,
    request: '',
    handler: '张明',
    intakePoint: '市司法局',
    incidentalReview: false,
    note: '',
    ...result.summary,
    events,
    ...extra,
  };
}

const conclude = (outcome: ReviewOutcome, more: Partial<StepInput> = {}): Partial<StepInput> => ({ outcome, ...more });

function outcomeOf2019(n: number): ReviewOutcome {
  if (n <= 8) return 'uphold';
  if (n <= 11) return 'dismissClaim';
  if (n <= 13) return 'revoke';
  if (n === 14) return 'mediation';
  return 'terminate';
}

function buildCases(): ReviewCase[] {
  const cases: ReviewCase[] = [
    reviewCase('c2018-40', '丹政复〔2018〕40号', [
      ['receive', '2018-10-08'],
      ['accept', '2018-10-12'],
      ['conclude', '2019-01-15', conclude('uphold')],
    ]),
    reviewCase('c2018-41', '丹政复〔2018〕41号', [
      ['receive', '2018-11-02'],
      ['accept', '2018-11-06'],
      ['suspend', '2018-12-10'],
      ['resume', '2019-01-20'],
      ['conclude', '2019-02-28', conclude('revoke')],
    ]),
    reviewCase('c2018-42', '丹政复〔2018〕42号', [
      ['receive', '2018-11-20'],
      ['accept', '2018-11-23'],
      ['extend', '2019-01-10', { extensionDays: 30 }],
      ['conclude', '2019-02-20', conclude('terminate')],
    ]),
    reviewCase('c2018-43', '丹政复〔2018〕43号', [
      ['receive', '2018-12-05'],
      ['accept', '2018-12-10'],
      ['conclude', '2019-03-01', conclude('terminate')],
    ]),
    reviewCase('c2018-44', '丹政复〔2018〕44号', [
      ['receive', '2018-12-28'],
      ['correctionRequest', '2018-12-29'],
      ['correctionReturned', '2019-01-02'],
      ['accept', '2019-01-03'],
      ['conclude', '2019-03-15', conclude('terminate')],
    ]),
  ];
  for (let n = 1; n <= 33; n++) {
    const received = addDays('2019-01-07', (n - 1) * 10);
    const accepted = addDays(received, 4);
    const steps: Step[] = [
      ['receive', received],
      ['accept', accepted],
    ];
    if (n === 27) steps.push(['hearing', '2019-12-20']);
    if (n <= 25) {
      const date = n === 25 ? '2019-12-31' : addDays(accepted, 40);
      steps.push(['conclude', date, conclude(outcomeOf2019(n), { compensation: n === 12 })]);
    }
    if (n === 26) steps.push(['conclude', '2020-01-10', conclude('uphold')]);
    cases.push(reviewCase(`c2019-${n}`, `丹政复〔2019〕${n}号`, steps, {}, n));
  }
  cases.push(
    reviewCase(
      'c2019-34',
      '丹政复〔2019〕34号',
      [
        ['receive', '2019-12-30'],
        ['accept', '2020-01-06'],
      ],
      {},
      34,
    ),
    reviewCase(
      'c2019-35',
      '丹政复〔2019〕35号',
      [
        ['receive', '2019-12-02'],
        ['reject', '2019-12-05'],
      ],
      {},
      35,
    ),
    reviewCase(
      'c2019-36',
      '丹政复〔2019〕36号',
      [
        ['receive', '2019-12-09'],
        ['redirect', '2019-12-10'],
      ],
      {},
      36,
    ),
    reviewCase(
      'c2019-37',
      '丹政复〔2019〕37号',
      [
        ['receive', '2019-12-16'],
        ['withdrawBeforeAcceptance', '2019-12-18'],
      ],
      {},
      37,
    ),
    reviewCase(
      'c2019-99',
      '丹政复〔2019〕99号',
      [
        ['receive', '2019-05-05'],
        ['accept', '2019-05-08'],
      ],
      { deleted: 1 },
    ),
    reviewCase('c2017-9', '丹政复〔2017〕9号', [
      ['receive', '2017-03-01'],
      ['accept', '2017-03-03'],
      ['conclude', '2017-05-01', conclude('uphold')],
    ]),
  );
  return cases;
}

function letter(id: string, kind: ReviewLetter['kind'], docNo: string, issueDate: DateStr, more: Partial<ReviewLetter> = {}): ReviewLetter {
  return { id, ...STAMP, deleted: 0, kind, docNo, caseId: null, issueDate, recipient: '丹阳市公安局', answerDate: null, note: '', ...more };
}

const LETTERS: ReviewLetter[] = [
  letter('l1', 'opinion', '丹政复意〔2019〕1号', '2019-06-10', { caseId: 'c2019-12', answerDate: '2019-07-20' }),
  letter('l2', 'suggestion', '丹政复建〔2019〕1号', '2019-08-01', { recipient: '丹阳市市场监督管理局' }),
  letter('l3', 'suggestion', '丹政复建〔2019〕2号', '2019-12-31', { caseId: 'c2018-41', recipient: '丹阳市自然资源和规划局' }),
  letter('l4', 'opinion', '丹政复意〔2018〕3号', '2018-11-11'),
  letter('l5', 'opinion', '丹政复意〔2019〕9号', '2019-09-09', { deleted: 1 }),
];

function document(
  id: string,
  title: string,
  publishDate: DateStr,
  expiryDate: DateStr,
  status: NormativeDocument['status'] = 'valid',
): NormativeDocument {
  const docNo = `丹政规〔${publishDate.slice(0, 4)}〕${id}号`;
  return {
    id,
    ...STAMP,
    deleted: 0,
    title,
    docNo,
    issuer: '丹阳市人民政府',
    docNoKey: docNo,
    publishDate,
    effectiveDate: addDays(publishDate, 30),
    statedExpiry: null,
    expiryDate,
    status,
    history: [],
    note: '',
  };
}

export const REVISED_TITLES = ['丹阳市机动车停车服务收费办法', '丹阳市人民防空管理办法', '丹阳市科创资金管理办法'];
export const FIRST_CONTINUED = '丹阳市义务教育学校绩效工资的实施办法';
export const FIRST_REPEALED = '关于市属改制企业参加基本医疗保险的意见';
export const CLEANUP_SCOPE =
  '2017年清理后确认有效、延期或修改的规范性文件和2017年10月至2019年9月期间市政府发布的规范性文件以及各镇（区、街道）、市政府各组成部门自行制定发布';

/** Item k (1–85) of the cleanup: 1–60 继续有效, 61–73 延长有效期, 74–81 废止, 82–85 宣布失效. */
function cleanupResult(k: number): CleanupResult {
  if (k <= 60) return 'continue';
  if (k <= 73) return 'extend';
  if (k <= 81) return 'repeal';
  return 'expire';
}

function buildNormative() {
  const revised = REVISED_TITLES.map((t, i) => document(`r${i + 1}`, t, `2019-0${i + 4}-01`, `2024-0${i + 4}-30`));
  const cleaned: NormativeDocument[] = [];
  for (let k = 1; k <= 85; k++) {
    const title = k === 1 ? FIRST_CONTINUED : k === 74 ? FIRST_REPEALED : `清理文件${k}`;
    const result = cleanupResult(k);
    const status = result === 'repeal' ? 'repealed' : result === 'expire' ? 'expired' : 'valid';
    // Document 2 is still 有效 and expires within six months of 31 Dec 2019.
    const expiry = k === 2 ? '2020-03-31' : '2022-12-31';
    cleaned.push(document(`d${k}`, title, addDays('2015-01-05', k * 15), expiry, status));
  }
  const stray = document('s1', '未应用批次中的文件', '2016-02-01', '2021-01-31');
  const documents = [...revised, ...cleaned, stray];

  const review = (
    id: string,
    title: string,
    kind: LegalityReview['kind'],
    submitted: DateStr,
    completed: DateStr | null,
    opinion: LegalityReview['opinion'],
    publish: DateStr | null,
  ): LegalityReview => ({
    id,
    ...STAMP,
    deleted: 0,
    title,
    kind,
    draftingUnit: '丹阳市司法局',
    submittedDate: submitted,
    completedDate: completed,
    opinion,
    problems: '',
    handler: '李华',
    docNo: publish ? `丹政规〔2019〕${id}号` : '',
    publishDate: publish,
    documentId: null,
    note: '',
  });
  const legalityReviews: LegalityReview[] = [
    review('lr1', REVISED_TITLES[0]!, 'revision', '2019-03-01', '2019-03-15', 'legalAfterChanges', '2019-04-01'),
    review('lr2', REVISED_TITLES[1]!, 'revision', '2019-04-01', '2019-04-12', 'legal', '2019-05-01'),
    review('lr3', REVISED_TITLES[2]!, 'revision', '2019-05-06', '2019-05-20', 'legal', '2019-06-01'),
    review('lr4', '丹阳市城市绿化管理办法', 'new', '2019-12-20', null, null, null),
    review('lr5', '丹阳市旧办法', 'new', '2018-05-02', '2018-05-20', 'legal', '2018-06-01'),
  ];

  const filing = (
    id: string,
    title: string,
    publish: DateStr,
    filed: DateStr,
    result: FilingReview['result'],
    problems = '',
    corrected: boolean | null = null,
  ): FilingReview => ({
    id,
    ...STAMP,
    deleted: 0,
    title,
    docNo: `延政发〔2019〕${id}号`,
    issuer: '延陵镇人民政府',
    publishDate: publish,
    filedDate: filed,
    result,
    problems,
    corrected,
    handler: '李华',
    note: '',
  });
  const filingReviews: FilingReview[] = [
    filing('f1', '关于加强农村集体资产管理的实施意见', '2019-03-01', '2019-03-20', 'filed'),
    filing('f2', '延陵镇村庄环境整治办法', '2019-06-03', '2019-07-15', 'resubmit', '未经合法性审核', true),
  ];

  const cleanupBatches: CleanupBatch[] = [
    {
      id: 'b2019',
      ...STAMP,
      deleted: 0,
      name: '2019年规范性文件集中清理',
      scope: CLEANUP_SCOPE,
      completedDate: '2019-10-30',
      items: cleaned.map((d, i) => ({ documentId: d.id, result: cleanupResult(i + 1), newExpiry: null })),
      appliedAt: '2019-10-30T08:00:00.000Z',
      note: '',
    },
    {
      id: 'b-draft',
      ...STAMP,
      deleted: 0,
      name: '2019年补充清理（未应用）',
      scope: '',
      completedDate: '2019-12-20',
      items: [{ documentId: 's1', result: 'repeal', newExpiry: null }],
      appliedAt: null,
      note: '',
    },
  ];
  return { documents, legalityReviews, filingReviews, cleanupBatches };
}

export function fixture2019(): LedgerRecords {
  return { cases: buildCases(), letters: LETTERS, ...buildNormative(), agreements: AGREEMENTS };
}

export const SETTINGS: AppSettings = DEFAULT_SETTINGS;
