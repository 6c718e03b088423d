import { describe, expect, it } from 'vitest';
import { SEED_HOLIDAYS } from '../calendar/holidays';
import { makeWorkCalendar } from '../calendar/working-days';
import type { DateStr } from '../dates';
import {
  computeCaseDeadlines,
  computeLetterDeadline,
  deemedAcceptanceDate,
  deemedAcceptanceOffer,
  isBreached,
  isDueWithin,
  isOverdue,
  LETTER_ANSWER_DAYS,
  type CaseDeadline,
  type DeadlineKind,
} from './deadlines';
import { storedCase } from '../ledgers/stored-fixtures.test-util';
import { LAW_2023_START, type ReviewCase, type ReviewEvent, type ReviewLetter } from './types';

const cal = makeWorkCalendar(SEED_HOLIDAYS);

type Step = [ReviewEvent['kind'], DateStr, Partial<ReviewEvent>?];

/** A case built from its steps; the summary fields are filled the way lifecycle.ts derives them. */
function makeCase(steps: Step[]): ReviewCase {
  const events: ReviewEvent[] = steps.map(([kind, date, extra], i) => ({
    id: `e${i}`,
    kind,
    date,
    recordedBy: 'test',
    recordedAt: `${date}T09:00:00+08:00`,
    ...extra,
  }));
  const find = (kind: ReviewEvent['kind']) => events.find((e) => e.kind === kind);
  const received = find('receive')!.date;
  const accept = find('accept');
  const nonAcc = events.find((e) => ['reject', 'redirect', 'withdrawBeforeAcceptance'].includes(e.kind));
  const conclude = find('conclude');
  const lawDate = accept?.date ?? received;
  return storedCase({
    caseNo: '丹政复〔2024〕1号',
    caseNoKey: '丹政复〔2024〕1号',
    caseYear: 2024,
    status: conclude ? 'concluded' : accept ? 'underReview' : nonAcc ? 'notAccepted' : 'received',
    law: lawDate >= LAW_2023_START ? 'law2023' : 'old',
    receivedDate: received,
    correctionRequestDate: find('correctionRequest')?.date ?? null,
    correctionReturnedDate: find('correctionReturned')?.date ?? null,
    acceptedDate: accept?.date ?? null,
    deemedAccepted: !!accept?.deemed,
    procedure: accept ? (accept.procedure ?? 'ordinary') : null,
    nonAcceptance: (nonAcc?.kind as ReviewCase['nonAcceptance']) ?? null,
    nonAcceptanceDate: nonAcc?.date ?? null,
    extensionDays: events.filter((e) => e.kind === 'extend').reduce((s, e) => s + (e.extensionDays ?? 0), 0),
    concludedDate: conclude?.date ?? null,
    outcome: conclude?.outcome ?? null,
    events,
  });
}

function deadline(c: ReviewCase, kind: DeadlineKind, today: DateStr): CaseDeadline | undefined {
  return computeCaseDeadlines(c, cal, today).find((d) => d.kind === kind);
}

describe('acceptance deadline', () => {
  it('2023 law: 5 working days, across National Day and the working Saturday 2024-10-12', () => {
    const c = makeCase([['receive', '2024-09-30']]);
    const d = deadline(c, 'acceptance', '2024-10-09')!;
    expect(d.label).toBe('受理审查期限');
    expect(d.due).toBe('2024-10-12');
    expect(d.state).toBe('open');
    expect(d.daysLeft).toBe(3);
    expect(d.basis).toContain('5个工作日');
    expect(d.basis).toContain('2023年修订的行政复议法');
    expect(d.basis).not.toContain('视为受理');
    expect(isDueWithin(d, 3)).toBe(true);
    expect(isDueWithin(d, 2)).toBe(false);
    expect(isOverdue(d)).toBe(false);
  });

  it('2023 law: once the period has run out without a decision the case is deemed accepted on the due date', () => {
    const c = makeCase([['receive', '2024-09-30']]);
    const d = deadline(c, 'acceptance', '2024-10-14')!;
    expect(d.state).toBe('open');
    expect(d.daysLeft).toBe(-2);
    expect(isOverdue(d)).toBe(true);
    expect(d.basis).toContain('自2024年10月12日起视为受理');
    expect(deemedAcceptanceDate(c, cal)).toBe('2024-10-12');
  });

  it('2023 law: a lapsed acceptance period is shown as deemed accepted, not as a breach, and stays a step to record', () => {
    // The walkthrough case: received Monday 2026-03-02, no decision recorded, looked at on 2026-12-08.
    const c = makeCase([['receive', '2026-03-02']]);
    const d = deadline(c, 'acceptance', '2026-12-08')!;
    expect(d.due).toBe('2026-03-09');
    expect(d.lapsedText).toBe('已届满，视为受理');
    expect(d.basis).toContain('自2026年3月9日起视为受理');
    expect(isBreached(d)).toBe(false);
    expect(isOverdue(d)).toBe(true);
    expect(deemedAcceptanceOffer(c, cal, '2026-12-08')).toBe('2026-03-09');
    // Before the period runs out, and once it is decided, there is nothing to say.
    expect(deadline(c, 'acceptance', '2026-03-09')!.lapsedText).toBeUndefined();
    const accepted = makeCase([
      ['receive', '2026-03-02'],
      ['accept', '2026-03-09', { deemed: true }],
    ]);
    expect(deadline(accepted, 'acceptance', '2026-12-08')!.lapsedText).toBeUndefined();
  });

  it('old law: a lapsed acceptance period is a breach', () => {
    const d = deadline(makeCase([['receive', '2019-09-02']]), 'acceptance', '2019-12-01')!;
    expect(d.lapsedText).toBeUndefined();
    expect(isBreached(d)).toBe(true);
  });

  it('2023 law: met on the due date, missed one working day later', () => {
    expect(
      deadline(
        makeCase([
          ['receive', '2024-09-30'],
          ['accept', '2024-10-12'],
        ]),
        'acceptance',
        '2024-12-01',
      )!.state,
    ).toBe('met');
    expect(
      deadline(
        makeCase([
          ['receive', '2024-09-30'],
          ['reject', '2024-10-14'],
        ]),
        'acceptance',
        '2024-12-01',
      )!.state,
    ).toBe('missed');
    expect(
      deemedAcceptanceDate(
        makeCase([
          ['receive', '2024-09-30'],
          ['reject', '2024-10-14'],
        ]),
        cal,
      ),
    ).toBeNull();
  });

  it('2023 law: a recorded deemed acceptance on the due date meets the deadline', () => {
    const c = makeCase([
      ['receive', '2024-09-30'],
      ['accept', '2024-10-12', { deemed: true }],
    ]);
    const d = deadline(c, 'acceptance', '2024-12-01')!;
    expect(d.state).toBe('met');
    expect(d.basis).toContain('已视为受理');
  });

  it('2023 law: crosses the Spring Festival and its working Sunday', () => {
    const c = makeCase([['receive', '2024-02-08']]);
    expect(deadline(c, 'acceptance', '2024-02-08')!.due).toBe('2024-02-21');
  });

  it('old law: 5 calendar days, rolled forward out of National Day 2019', () => {
    const c = makeCase([
      ['receive', '2019-09-27'],
      ['accept', '2019-10-08'],
    ]);
    const d = deadline(c, 'acceptance', '2019-12-31')!;
    expect(d.due).toBe('2019-10-08');
    expect(d.state).toBe('met');
    expect(d.basis).toContain('原行政复议法第十七条');
    expect(d.basis).toContain('期限末日2019年10月2日为休息日，顺延至2019年10月8日');
    expect(deemedAcceptanceDate(makeCase([['receive', '2019-09-27']]), cal)).toBeNull();
  });

  it('uses the law of the receipt date: received 2023-12-28 counts 5 calendar days to 2024-01-02', () => {
    const c = makeCase([
      ['receive', '2023-12-28'],
      ['accept', '2024-01-03'],
    ]);
    const d = deadline(c, 'acceptance', '2024-01-03')!;
    expect(d.due).toBe('2024-01-02');
    expect(d.state).toBe('missed');
  });

  it('2023 law: the days waiting for correction material do not count', () => {
    // Mon 4 Mar received; Tue 5 (1); notice Wed 6 … material back Mon 11 not counted; 12, 13, 14, Fri 15 (5)
    const steps: Step[] = [
      ['receive', '2024-03-04'],
      ['correctionRequest', '2024-03-06'],
      ['correctionReturned', '2024-03-11'],
    ];
    const d = deadline(makeCase(steps), 'acceptance', '2024-03-12')!;
    expect(d.due).toBe('2024-03-15');
    expect(d.basis).toContain('补正期间（2024年3月6日至2024年3月11日）不计入');
    expect(deadline(makeCase([...steps, ['accept', '2024-03-15']]), 'acceptance', '2024-03-20')!.state).toBe('met');
    expect(deadline(makeCase([...steps, ['accept', '2024-03-18']]), 'acceptance', '2024-03-20')!.state).toBe('missed');
  });

  it('is paused while the correction material is awaited', () => {
    const c = makeCase([
      ['receive', '2024-03-04'],
      ['correctionRequest', '2024-03-06'],
    ]);
    const d = deadline(c, 'acceptance', '2024-03-08')!;
    expect(d.due).toBeNull();
    expect(d.daysLeft).toBeNull();
    expect(d.state).toBe('paused');
    expect(d.basis).toContain('正在等待补正材料');
    expect(isOverdue(d)).toBe(false);
    expect(deemedAcceptanceDate(c, cal)).toBeNull();
  });
});

describe('deemedAcceptanceOffer', () => {
  // Received Mon 2024-09-30: 5 working days end on the working Saturday 2024-10-12.
  const received = makeCase([['receive', '2024-09-30']]);

  it('2023 law: offered from the last day of the acceptance period, not the day before', () => {
    expect(deemedAcceptanceOffer(received, cal, '2024-10-11')).toBeNull();
    expect(deemedAcceptanceOffer(received, cal, '2024-10-12')).toBe('2024-10-12');
    expect(deemedAcceptanceOffer(received, cal, '2024-12-01')).toBe('2024-10-12');
  });

  it('not once a decision on acceptance is recorded, while 补正 is awaited, or under the old law', () => {
    const rejected = makeCase([
      ['receive', '2024-09-30'],
      ['reject', '2024-10-14'],
    ]);
    expect(deemedAcceptanceOffer(rejected, cal, '2024-12-01')).toBeNull();
    const accepted = makeCase([
      ['receive', '2024-09-30'],
      ['accept', '2024-10-10'],
    ]);
    expect(deemedAcceptanceOffer(accepted, cal, '2024-12-01')).toBeNull();
    const waiting = {
      ...makeCase([
        ['receive', '2024-03-04'],
        ['correctionRequest', '2024-03-06'],
      ]),
      status: 'awaitingCorrection' as const,
    };
    expect(deemedAcceptanceOffer(waiting, cal, '2024-12-01')).toBeNull();
    expect(deemedAcceptanceOffer(makeCase([['receive', '2023-12-29']]), cal, '2024-12-01')).toBeNull();
  });

  it('received on 2024-01-01 (2023 law) it is offered; received 2023-12-31 (old law) it is not', () => {
    expect(deemedAcceptanceOffer(makeCase([['receive', '2024-01-01']]), cal, '2024-03-01')).not.toBeNull();
    expect(deemedAcceptanceOffer(makeCase([['receive', '2023-12-31']]), cal, '2024-03-01')).toBeNull();
  });
});

describe('correction deadlines', () => {
  const steps: Step[] = [
    ['receive', '2024-03-04'],
    ['correctionRequest', '2024-03-06'],
    ['correctionReturned', '2024-03-11'],
  ];

  it('2023 law: notice within 5 working days, material within 10 working days of the notice', () => {
    const list = computeCaseDeadlines(makeCase(steps), cal, '2024-03-12');
    const notice = list.find((d) => d.kind === 'correctionNotice')!;
    expect(notice.due).toBe('2024-03-11');
    expect(notice.state).toBe('met');
    const material = list.find((d) => d.kind === 'correctionMaterial')!;
    expect(material.label).toBe('补正材料提交期限');
    expect(material.due).toBe('2024-03-20');
    expect(material.state).toBe('met');
  });

  it('2023 law: material not yet back is open, then overdue after 10 working days', () => {
    const c = makeCase(steps.slice(0, 2));
    expect(deadline(c, 'correctionMaterial', '2024-03-20')!.state).toBe('open');
    expect(isOverdue(deadline(c, 'correctionMaterial', '2024-03-21')!)).toBe(true);
  });

  it('2023 law: a notice sent after 5 working days is missed', () => {
    const c = makeCase([
      ['receive', '2024-03-04'],
      ['correctionRequest', '2024-03-12'],
    ]);
    expect(deadline(c, 'correctionNotice', '2024-03-12')!.state).toBe('missed');
  });

  it('shows the notice window only while it is open and the case is undecided', () => {
    const c = makeCase([['receive', '2024-03-04']]);
    expect(deadline(c, 'correctionNotice', '2024-03-11')!.due).toBe('2024-03-11');
    expect(deadline(c, 'correctionNotice', '2024-03-12')).toBeUndefined();
    expect(
      deadline(
        makeCase([
          ['receive', '2024-03-04'],
          ['accept', '2024-03-05'],
        ]),
        'correctionNotice',
        '2024-03-06',
      ),
    ).toBeUndefined();
  });

  it('old law: notice within 5 calendar days, no statutory material period', () => {
    const c = makeCase([
      ['receive', '2019-03-04'],
      ['correctionRequest', '2019-03-11'],
      ['correctionReturned', '2019-03-20'],
    ]);
    const notice = deadline(c, 'correctionNotice', '2019-03-21')!;
    expect(notice.due).toBe('2019-03-11'); // 9 Mar is a Saturday → Monday 11
    expect(notice.state).toBe('met');
    expect(notice.basis).toContain('实施条例第二十九条');
    expect(deadline(c, 'correctionMaterial', '2019-03-21')).toBeUndefined();
  });
});

describe('decision deadline', () => {
  it('the law follows the acceptance date across 2024-01-01', () => {
    const newLaw = deadline(
      makeCase([
        ['receive', '2023-12-28'],
        ['accept', '2024-01-03'],
      ]),
      'decision',
      '2024-02-01',
    )!;
    expect(newLaw.label).toBe('审理期限');
    // 2024-01-03 + 60 = Sunday 2024-03-03 → Monday 2024-03-04
    expect(newLaw.due).toBe('2024-03-04');
    expect(newLaw.basis).toContain('2023年修订的行政复议法第六十二条');
    expect(newLaw.basis).toContain('顺延至2024年3月4日');
    expect(newLaw.daysLeft).toBe(32);

    const oldLaw = deadline(
      makeCase([
        ['receive', '2023-12-25'],
        ['accept', '2023-12-29'],
      ]),
      'decision',
      '2024-02-01',
    )!;
    expect(oldLaw.due).toBe('2024-02-27');
    expect(oldLaw.basis).toContain('原行政复议法第三十一条');
  });

  it('rolls a 60-day period ending in the Spring Festival forward to the working Sunday 2024-02-18', () => {
    const c = makeCase([
      ['receive', '2023-12-11'],
      ['accept', '2023-12-12'],
      ['conclude', '2024-02-18', { outcome: 'uphold' }],
    ]);
    const d = deadline(c, 'decision', '2024-03-01')!;
    expect(d.due).toBe('2024-02-18');
    expect(d.state).toBe('met');
    const late = makeCase([
      ['receive', '2023-12-11'],
      ['accept', '2023-12-12'],
      ['conclude', '2024-02-19', { outcome: 'uphold' }],
    ]);
    expect(deadline(late, 'decision', '2024-03-01')!.state).toBe('missed');
  });

  it('简易程序: 30 days, rolled out of National Day 2024', () => {
    const c = makeCase([
      ['receive', '2024-08-30'],
      ['accept', '2024-09-02', { procedure: 'simple' }],
    ]);
    const d = deadline(c, 'decision', '2024-09-20')!;
    expect(d.due).toBe('2024-10-08');
    expect(d.basis).toContain('简易程序');
  });

  it('简易→普通: 60 days from acceptance', () => {
    const c = makeCase([
      ['receive', '2024-08-30'],
      ['accept', '2024-09-02', { procedure: 'simple' }],
      ['toOrdinary', '2024-09-20'],
    ]);
    const d = deadline(c, 'decision', '2024-09-20')!;
    expect(d.due).toBe('2024-11-01');
    expect(d.basis).toContain('转为普通程序');
  });

  it('extension adds at most 30 days', () => {
    const base: Step[] = [
      ['receive', '2024-02-28'],
      ['accept', '2024-03-01'],
    ];
    expect(deadline(makeCase(base), 'decision', '2024-03-01')!.due).toBe('2024-04-30');
    const extended = makeCase([...base, ['extend', '2024-04-20', { extensionDays: 30 }]]);
    expect(deadline(extended, 'decision', '2024-04-20')!.due).toBe('2024-05-30');
    const tooMuch = makeCase([...base, ['extend', '2024-04-20', { extensionDays: 20 }], ['extend', '2024-05-10', { extensionDays: 20 }]]);
    const d = deadline(tooMuch, 'decision', '2024-05-10')!;
    expect(d.due).toBe('2024-05-30');
    expect(d.basis).toContain('超过30日的部分不计');
  });

  it('suspended days do not count; an open suspension pauses the deadline', () => {
    const base: Step[] = [
      ['receive', '2024-02-28'],
      ['accept', '2024-03-01'],
      ['suspend', '2024-03-11'],
    ];
    const open = deadline(makeCase(base), 'decision', '2024-04-01')!;
    expect(open.state).toBe('paused');
    expect(open.due).toBeNull();
    expect(open.basis).toContain('中止审理中');
    // 9 days counted (2–10 Mar), 11–20 Mar not counted, 51 more from 21 Mar → Fri 10 May
    const resumed = deadline(makeCase([...base, ['resume', '2024-03-20']]), 'decision', '2024-04-01')!;
    expect(resumed.due).toBe('2024-05-10');
    expect(resumed.state).toBe('open');
    expect(resumed.basis).toContain('中止期间（2024年3月11日至2024年3月20日）不计入');
  });

  it('a suspension ended by the conclusion is closed, and one after the due date does not hide the overdue', () => {
    const ended = makeCase([
      ['receive', '2024-02-28'],
      ['accept', '2024-03-01'],
      ['suspend', '2024-03-11'],
      ['conclude', '2024-05-01', { outcome: 'terminate' }],
    ]);
    expect(deadline(ended, 'decision', '2024-06-01')!.state).toBe('met');
    const late = makeCase([
      ['receive', '2024-02-28'],
      ['accept', '2024-03-01'],
      ['suspend', '2024-06-01'],
    ]);
    const d = deadline(late, 'decision', '2024-06-03')!;
    expect(d.due).toBe('2024-04-30');
    expect(isOverdue(d)).toBe(true);
  });

  it('is absent before acceptance and after non-acceptance', () => {
    expect(deadline(makeCase([['receive', '2024-03-04']]), 'decision', '2024-03-05')).toBeUndefined();
    const rejected = makeCase([
      ['receive', '2024-03-04'],
      ['reject', '2024-03-06'],
    ]);
    expect(computeCaseDeadlines(rejected, cal, '2024-03-07').map((d) => d.kind)).toEqual(['acceptance']);
  });

  it('warns when the deadline runs into a year whose holidays are not entered', () => {
    const d = deadline(
      makeCase([
        ['receive', '2026-12-01'],
        ['accept', '2026-12-01'],
      ]),
      'decision',
      '2026-12-01',
    )!;
    expect(d.due).toBe('2027-02-01'); // + 60 = Sat 2027-01-30 → Mon 1 Feb (weekends only)
    expect(d.basis).toContain('2027年节假日安排尚未录入');
  });
});

describe('letters', () => {
  const letter = (kind: ReviewLetter['kind'], issueDate: DateStr, answerDate: DateStr | null): ReviewLetter => ({
    id: 'l1',
    createdAt: '',
    updatedAt: '',
    deleted: 0,
    kind,
    docNo: '丹政复意〔2024〕1号',
    caseId: null,
    issueDate,
    recipient: '某局',
    answerDate,
    note: '',
  });

  it('an opinion letter is due 60 days after issue', () => {
    const d = computeLetterDeadline(letter('opinion', '2024-03-01', null), '2024-04-01')!;
    expect(d.label).toBe('意见书反馈期限');
    expect(d.due).toBe('2024-04-30');
    expect(d.state).toBe('open');
    expect(d.daysLeft).toBe(29);
    expect(d.basis).toContain('第七十六条');
  });

  it('met or missed by the answer date; with a calendar a holiday last day rolls forward', () => {
    // 2024-08-02 + 60 = 2024-10-01 (国庆节) → 2024-10-08 with the calendar
    expect(computeLetterDeadline(letter('opinion', '2024-08-02', '2024-10-08'), '2024-10-09')!.state).toBe('missed');
    const withCal = computeLetterDeadline(letter('opinion', '2024-08-02', '2024-10-08'), '2024-10-09', cal)!;
    expect(withCal.due).toBe('2024-10-08');
    expect(withCal.state).toBe('met');
    expect(computeLetterDeadline(letter('opinion', '2019-05-06', '2019-07-01'), '2019-08-01')!.basis).toContain('实施条例第五十七条');
  });

  it('the 60th day after issue is the last day: answered then it is met, a day later missed; unanswered, overdue from the 61st day', () => {
    expect(LETTER_ANSWER_DAYS).toBe(60);
    // 2024-03-01 + 60 = Tue 2024-04-30, a working day.
    expect(computeLetterDeadline(letter('opinion', '2024-03-01', '2024-04-30'), '2024-05-10', cal)!.state).toBe('met');
    expect(computeLetterDeadline(letter('opinion', '2024-03-01', '2024-05-01'), '2024-05-10', cal)!.state).toBe('missed');
    expect(isOverdue(computeLetterDeadline(letter('opinion', '2024-03-01', null), '2024-04-30', cal)!)).toBe(false);
    expect(isOverdue(computeLetterDeadline(letter('opinion', '2024-03-01', null), '2024-05-01', cal)!)).toBe(true);
  });

  it('a suggestion letter has no deadline', () => {
    expect(computeLetterDeadline(letter('suggestion', '2024-03-01', null), '2024-04-01')).toBeNull();
  });
});
