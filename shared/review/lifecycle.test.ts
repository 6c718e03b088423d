import { describe, expect, it } from 'vitest';
import {
  MAX_EXTENSION_DAYS,
  allowedSteps,
  appendStep,
  checkStep,
  extensionDaysError,
  lawForDate,
  replay,
  stepBlocker,
  type ReplayResult,
  type StepInput,
} from './lifecycle';
import type { ReviewCaseSummary, ReviewStepKind } from './types';

const TODAY = '2026-11-29';

function s(kind: ReviewStepKind, date: string, extra: Partial<StepInput> = {}): StepInput {
  return { kind, date, ...extra };
}

function ok(result: ReplayResult): ReviewCaseSummary {
  if (!result.ok) throw new Error(`expected ok, got error at ${result.index}: ${result.error}`);
  return result.summary;
}

function refused(result: ReplayResult): { error: string; index: number } {
  if (result.ok) throw new Error(`expected a refusal, got status ${result.summary.status}`);
  return { error: result.error, index: result.index };
}

/** An ordinary case accepted 2025-03-10, under review. */
const ACCEPTED_2025: StepInput[] = [s('receive', '2025-03-03'), s('accept', '2025-03-10')];
/** An old-law ordinary case accepted 2019-03-10, under review. */
const ACCEPTED_2019: StepInput[] = [s('receive', '2019-03-03'), s('accept', '2019-03-10')];
/** A 2025 case under the simple procedure. */
const SIMPLE_2025: StepInput[] = [s('receive', '2025-03-03'), s('accept', '2025-03-10', { procedure: 'simple' })];

describe('lawForDate', () => {
  it('switches to the 2023 law on 2024-01-01', () => {
    expect(lawForDate('2023-12-31')).toBe('old');
    expect(lawForDate('2024-01-01')).toBe('law2023');
    expect(lawForDate('2019-06-01')).toBe('old');
    expect(lawForDate('2026-11-29')).toBe('law2023');
  });
});

describe('extensionDaysError', () => {
  it('allows 1 to 30 days and refuses 31, naming the field', () => {
    expect(extensionDaysError(1)).toBeNull();
    expect(extensionDaysError(30)).toBeNull();
    expect(extensionDaysError(31)).toBe('延长天数（31天）超过法定上限30天');
    expect(extensionDaysError(60)).toBe('延长天数（60天）超过法定上限30天');
  });

  it('refuses 0, fractions and an empty field', () => {
    for (const days of [0, -1, 2.5, null, undefined]) expect(extensionDaysError(days)).toBe('延长天数必须是1到30之间的整数');
  });
});

describe('replay: happy paths', () => {
  it('runs the full ordinary path and derives every summary field', () => {
    const events: StepInput[] = [
      s('receive', '2025-02-03'),
      s('correctionRequest', '2025-02-05'),
      s('correctionReturned', '2025-02-12'),
      s('accept', '2025-02-14', { procedure: 'ordinary' }),
      s('suspend', '2025-03-01'),
      s('resume', '2025-03-20'),
      s('extend', '2025-04-10', { extensionDays: 30 }),
      s('hearing', '2025-04-20'),
      s('conclude', '2025-05-15', { outcome: 'revoke', compensation: true }),
    ];
    expect(ok(replay(events, TODAY))).toEqual({
      status: 'concluded',
      law: 'law2023',
      receivedDate: '2025-02-03',
      correctionRequestDate: '2025-02-05',
      correctionReturnedDate: '2025-02-12',
      acceptedDate: '2025-02-14',
      deemedAccepted: false,
      procedure: 'ordinary',
      nonAcceptance: null,
      nonAcceptanceDate: null,
      extensionDays: 30,
      hearingDate: '2025-04-20',
      concludedDate: '2025-05-15',
      outcome: 'revoke',
      compensation: true,
      correctedBeforeTermination: false,
    } satisfies ReviewCaseSummary);
  });

  it('tracks the status step by step', () => {
    const events: StepInput[] = [
      s('receive', '2025-02-03'),
      s('correctionRequest', '2025-02-05'),
      s('correctionReturned', '2025-02-12'),
      s('accept', '2025-02-14'),
      s('suspend', '2025-03-01'),
      s('resume', '2025-03-20'),
      s('conclude', '2025-05-15', { outcome: 'uphold' }),
    ];
    const statuses = events.map((_, i) => ok(replay(events.slice(0, i + 1), TODAY)).status);
    expect(statuses).toEqual(['received', 'awaitingCorrection', 'received', 'underReview', 'suspended', 'underReview', 'concluded']);
  });

  it('defaults the procedure to ordinary when none is given', () => {
    const summary = ok(replay(ACCEPTED_2025, TODAY));
    expect(summary.procedure).toBe('ordinary');
    expect(summary.status).toBe('underReview');
    expect(summary.extensionDays).toBe(0);
    expect(summary.concludedDate).toBeNull();
    expect(summary.outcome).toBeNull();
  });

  it('accepts a 2024 case under the simple procedure and switches it to ordinary', () => {
    const base: StepInput[] = [s('receive', '2024-05-06'), s('accept', '2024-05-08', { procedure: 'simple' })];
    const simple = ok(replay(base, TODAY));
    expect(simple.procedure).toBe('simple');
    expect(simple.law).toBe('law2023');

    const switched = ok(replay([...base, s('toOrdinary', '2024-05-20')], TODAY));
    expect(switched.procedure).toBe('ordinary');
    expect(switched.status).toBe('underReview');

    // after the switch an extension is possible
    const extended = ok(replay([...base, s('toOrdinary', '2024-05-20'), s('extend', '2024-06-30', { extensionDays: 20 })], TODAY));
    expect(extended.extensionDays).toBe(20);
  });

  it('allows switching to ordinary while suspended', () => {
    const summary = ok(replay([...SIMPLE_2025, s('suspend', '2025-03-15'), s('toOrdinary', '2025-03-16')], TODAY));
    expect(summary.procedure).toBe('ordinary');
    expect(summary.status).toBe('suspended');
  });

  it('records a deemed acceptance (视为受理)', () => {
    const summary = ok(replay([s('receive', '2025-06-02'), s('accept', '2025-06-10', { deemed: true })], TODAY));
    expect(summary.deemedAccepted).toBe(true);
    expect(summary.acceptedDate).toBe('2025-06-10');
    expect(summary.status).toBe('underReview');
    expect(summary.procedure).toBe('ordinary');
    expect(ok(replay(ACCEPTED_2025, TODAY)).deemedAccepted).toBe(false);
  });

  it('records 改正后终止 only with the outcome 终止', () => {
    const terminated = ok(replay([...ACCEPTED_2025, s('conclude', '2025-04-01', { outcome: 'terminate', correctedBeforeTermination: true })], TODAY));
    expect(terminated.outcome).toBe('terminate');
    expect(terminated.correctedBeforeTermination).toBe(true);
    expect(terminated.compensation).toBe(false);

    const upheld = ok(replay([...ACCEPTED_2025, s('conclude', '2025-04-01', { outcome: 'uphold', correctedBeforeTermination: true })], TODAY));
    expect(upheld.correctedBeforeTermination).toBe(false);
  });

  it('concludes a suspended case (e.g. 终止 while suspended)', () => {
    const summary = ok(replay([...ACCEPTED_2025, s('suspend', '2025-03-20'), s('conclude', '2025-04-01', { outcome: 'terminate' })], TODAY));
    expect(summary.status).toBe('concluded');
    expect(summary.concludedDate).toBe('2025-04-01');
  });

  it('accepts confirmInvalid under the 2023 law', () => {
    const summary = ok(replay([...ACCEPTED_2025, s('conclude', '2025-04-01', { outcome: 'confirmInvalid' })], TODAY));
    expect(summary.outcome).toBe('confirmInvalid');
  });

  it('allows a step dated today', () => {
    const summary = ok(replay([s('receive', TODAY), s('accept', TODAY)], TODAY));
    expect(summary.acceptedDate).toBe(TODAY);
  });
});

describe('replay: which law applies', () => {
  it('uses the acceptance date, not the receipt date: received 2023-12-28, accepted 2024-01-03 → 2023 law', () => {
    const summary = ok(replay([s('receive', '2023-12-28'), s('accept', '2024-01-03')], TODAY));
    expect(summary.law).toBe('law2023');
    expect(summary.receivedDate).toBe('2023-12-28');
    expect(summary.acceptedDate).toBe('2024-01-03');
  });

  it('accepted 2023-12-29 → old law', () => {
    const summary = ok(replay([s('receive', '2023-12-28'), s('accept', '2023-12-29')], TODAY));
    expect(summary.law).toBe('old');
  });

  it('accepted exactly on 2024-01-01 → 2023 law', () => {
    expect(ok(replay([s('receive', '2023-12-28'), s('accept', '2024-01-01')], TODAY)).law).toBe('law2023');
  });

  it('allows the simple procedure for a case received in 2023 but accepted in 2024', () => {
    const summary = ok(replay([s('receive', '2023-12-28'), s('accept', '2024-01-03', { procedure: 'simple' })], TODAY));
    expect(summary.procedure).toBe('simple');
  });

  it('before acceptance the law follows the receipt date', () => {
    expect(ok(replay([s('receive', '2023-12-28')], TODAY)).law).toBe('old');
    expect(ok(replay([s('receive', '2024-01-02')], TODAY)).law).toBe('law2023');
  });
});

describe('replay: non-acceptance', () => {
  const kinds = ['reject', 'redirect', 'withdrawBeforeAcceptance'] as const;

  for (const kind of kinds) {
    it(`${kind} from 'received'`, () => {
      const summary = ok(replay([s('receive', '2025-06-02'), s(kind, '2025-06-05')], TODAY));
      expect(summary.status).toBe('notAccepted');
      expect(summary.nonAcceptance).toBe(kind);
      expect(summary.nonAcceptanceDate).toBe('2025-06-05');
      expect(summary.acceptedDate).toBeNull();
      expect(summary.procedure).toBeNull();
      expect(summary.concludedDate).toBeNull();
    });

    it(`${kind} from 'awaitingCorrection'`, () => {
      const summary = ok(replay([s('receive', '2025-06-02'), s('correctionRequest', '2025-06-03'), s(kind, '2025-06-20')], TODAY));
      expect(summary.status).toBe('notAccepted');
      expect(summary.nonAcceptance).toBe(kind);
      expect(summary.nonAcceptanceDate).toBe('2025-06-20');
      expect(summary.correctionRequestDate).toBe('2025-06-03');
      expect(summary.correctionReturnedDate).toBeNull();
    });
  }

  it('refuses a second non-acceptance decision and any later acceptance', () => {
    const base = [s('receive', '2025-06-02'), s('reject', '2025-06-05')];
    expect(refused(appendStep(base, s('redirect', '2025-06-06'), TODAY)).error).toContain('不能告知（转送）');
    const acc = refused(appendStep(base, s('accept', '2025-06-06'), TODAY));
    expect(acc.error).toContain('不能受理');
    expect(acc.error).toContain('未受理');
    expect(acc.index).toBe(2);
  });
});

describe('refusals required by the issue', () => {
  it('受理 dated before the receipt date', () => {
    const r = refused(appendStep([s('receive', '2025-03-03')], s('accept', '2025-03-01'), TODAY));
    expect(r.error).toContain('受理日期');
    expect(r.error).toContain('收到日期');
    expect(r.error).toContain('2025-03-01');
    expect(r.error).toContain('2025-03-03');
    expect(r.index).toBe(1);
  });

  it('审结 without 受理', () => {
    const r = refused(appendStep([s('receive', '2025-03-03')], s('conclude', '2025-03-10', { outcome: 'uphold' }), TODAY));
    expect(r.error).toContain('审结');
    expect(r.error).toContain('受理');
    expect(r.error).toBe('案件尚未受理，不能审结，请先登记受理');
  });

  it('审结 of a case that was not accepted', () => {
    const r = refused(replay([s('receive', '2025-03-03'), s('reject', '2025-03-05'), s('conclude', '2025-03-10', { outcome: 'uphold' })], TODAY));
    expect(r.error).toContain('未受理');
    expect(r.error).toContain('审结');
    expect(r.index).toBe(2);
  });

  it('a second 审结', () => {
    const concluded = [...ACCEPTED_2025, s('conclude', '2025-04-01', { outcome: 'uphold' })];
    const r = refused(appendStep(concluded, s('conclude', '2025-04-02', { outcome: 'revoke' }), TODAY));
    expect(r.error).toContain('已经审结');
    expect(r.error).toContain('再次审结');
    expect(r.index).toBe(3);
  });

  it('a second extension', () => {
    const extended = [...ACCEPTED_2025, s('extend', '2025-05-01', { extensionDays: 10 })];
    const r = refused(appendStep(extended, s('extend', '2025-05-20', { extensionDays: 10 }), TODAY));
    expect(r.error).toContain('延长一次');
    expect(r.error).toContain('延期');
  });

  it('an extension over 30 days', () => {
    expect(MAX_EXTENSION_DAYS).toBe(30);
    const r = refused(appendStep(ACCEPTED_2025, s('extend', '2025-05-01', { extensionDays: 31 }), TODAY));
    expect(r.error).toContain('延长天数');
    expect(r.error).toContain('31');
    expect(r.error).toContain('30');
  });

  it('an extension of exactly 30 days is allowed, 0 / fractional / missing days are refused', () => {
    expect(ok(appendStep(ACCEPTED_2025, s('extend', '2025-05-01', { extensionDays: 30 }), TODAY)).extensionDays).toBe(30);
    for (const extensionDays of [0, -5, 2.5, undefined]) {
      const r = refused(appendStep(ACCEPTED_2025, s('extend', '2025-05-01', { extensionDays }), TODAY));
      expect(r.error).toBe('延长天数必须是1到30之间的整数');
    }
  });

  it('恢复 without 中止', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('resume', '2025-04-01'), TODAY));
    expect(r.error).toContain('未中止');
    expect(r.error).toContain('恢复审理');
  });

  it('a second 恢复 after one 中止', () => {
    const r = refused(replay([...ACCEPTED_2025, s('suspend', '2025-03-20'), s('resume', '2025-04-01'), s('resume', '2025-04-02')], TODAY));
    expect(r.error).toBe('案件未中止，不能恢复审理');
    expect(r.index).toBe(4);
  });

  it('a second 中止 while suspended', () => {
    const r = refused(replay([...ACCEPTED_2025, s('suspend', '2025-03-20'), s('suspend', '2025-04-01')], TODAY));
    expect(r.error).toContain('重复中止');
  });

  it('a step dated after today', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('conclude', '2026-11-30', { outcome: 'uphold' }), TODAY));
    expect(r.error).toContain('审结日期');
    expect(r.error).toContain('2026-11-30');
    expect(r.error).toContain('晚于今天');

    const rr = refused(replay([s('receive', '2026-12-01')], TODAY));
    expect(rr.error).toContain('收到日期');
    expect(rr.error).toContain('晚于今天');
    expect(rr.index).toBe(0);
  });

  it('a scheduled 听证 may lie in the future and does not hold back later steps', () => {
    const withHearing = [...ACCEPTED_2025, s('hearing', '2026-12-15')];
    const summary = ok(replay(withHearing, TODAY));
    expect(summary.hearingDate).toBe('2026-12-15');
    // a suspension recorded today, after the scheduled hearing was entered
    const later = ok(appendStep(withHearing, s('suspend', TODAY), TODAY));
    expect(later.status).toBe('suspended');
    expect(later.hearingDate).toBe('2026-12-15');
  });

  it('a 听证 dated before the previous step is refused', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('hearing', '2025-03-09'), TODAY));
    expect(r.error).toContain('听证日期');
    expect(r.error).toContain('受理');
  });

  it('an empty step date', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('suspend', ''), TODAY));
    expect(r.error).toBe('中止日期不能为空');
    expect(refused(replay([s('receive', '')], TODAY)).error).toBe('收到日期不能为空');
  });

  it('an invalid step date', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('suspend', '2025-02-30'), TODAY));
    expect(r.error).toContain('中止日期');
    expect(r.error).toContain('不是有效日期');
    expect(refused(appendStep(ACCEPTED_2025, s('suspend', '2025/04/01'), TODAY)).error).toContain('不是有效日期');
  });

  it('an empty outcome on 审结', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('conclude', '2025-04-01'), TODAY));
    expect(r.error).toBe('审理结果不能为空');
  });
});

describe('refusals tied to the law and the procedure', () => {
  it('refuses the simple procedure under the old law', () => {
    const r = refused(replay([s('receive', '2023-12-20'), s('accept', '2023-12-29', { procedure: 'simple' })], TODAY));
    expect(r.error).toContain('简易程序');
    expect(r.error).toContain('2024年1月1日');
    expect(r.index).toBe(1);
  });

  it('refuses an extension under the simple procedure', () => {
    const r = refused(appendStep(SIMPLE_2025, s('extend', '2025-03-20', { extensionDays: 10 }), TODAY));
    expect(r.error).toContain('简易程序');
    expect(r.error).toContain('延长审理期限');
  });

  it('refuses toOrdinary for an ordinary case', () => {
    const r = refused(appendStep(ACCEPTED_2025, s('toOrdinary', '2025-03-20'), TODAY));
    expect(r.error).toContain('普通程序');
  });

  it("refuses 'confirmInvalid' under the old law", () => {
    const r = refused(appendStep(ACCEPTED_2019, s('conclude', '2019-04-20', { outcome: 'confirmInvalid' }), TODAY));
    expect(r.error).toContain('确认无效');
    expect(r.error).toContain('2023');
    // other outcomes are fine under the old law
    expect(ok(appendStep(ACCEPTED_2019, s('conclude', '2019-04-20', { outcome: 'revoke' }), TODAY)).law).toBe('old');
  });

  it("refuses 'confirmInvalid' for a case accepted in 2023 and concluded in 2024 (law follows acceptance)", () => {
    const events = [s('receive', '2023-12-20'), s('accept', '2023-12-29'), s('conclude', '2024-02-01', { outcome: 'confirmInvalid' })];
    expect(refused(replay(events, TODAY)).error).toContain('确认无效');
  });
});

describe('refusals of the order of steps', () => {
  it('refuses a step dated before the previous step', () => {
    const r = refused(replay([...ACCEPTED_2025, s('suspend', '2025-04-01'), s('resume', '2025-03-30')], TODAY));
    expect(r.error).toContain('恢复日期');
    expect(r.error).toContain('中止审理');
    expect(r.error).toContain('2025-04-01');
    expect(r.index).toBe(3);
  });

  it('refuses 受理 dated before the correction material came back', () => {
    const r = refused(
      replay(
        [s('receive', '2025-02-03'), s('correctionRequest', '2025-02-05'), s('correctionReturned', '2025-02-12'), s('accept', '2025-02-10')],
        TODAY,
      ),
    );
    expect(r.error).toContain('受理日期');
    expect(r.error).toContain('收到补正材料');
    expect(r.index).toBe(3);
  });

  it('allows two steps on the same day', () => {
    expect(ok(replay([s('receive', '2025-02-03'), s('accept', '2025-02-03'), s('suspend', '2025-02-03')], TODAY)).status).toBe('suspended');
  });

  it('requires the timeline to start with 收到申请', () => {
    expect(replay([], TODAY)).toEqual({ ok: false, error: '时间线必须以“收到申请”开始', index: 0 });
    expect(refused(replay([s('accept', '2025-02-03')], TODAY)).error).toContain('收到申请');
  });

  it('refuses a second 收到申请', () => {
    const r = refused(replay([s('receive', '2025-02-03'), s('receive', '2025-02-04')], TODAY));
    expect(r.error).toContain('重复登记');
  });

  it('refuses 受理 while waiting for correction material', () => {
    const r = refused(replay([s('receive', '2025-02-03'), s('correctionRequest', '2025-02-05'), s('accept', '2025-02-06')], TODAY));
    expect(r.error).toContain('补正材料');
    expect(r.error).toContain('受理');
  });

  it('refuses a second correction request, even after the material came back', () => {
    const r = refused(
      replay(
        [
          s('receive', '2025-02-03'),
          s('correctionRequest', '2025-02-05'),
          s('correctionReturned', '2025-02-12'),
          s('correctionRequest', '2025-02-13'),
        ],
        TODAY,
      ),
    );
    expect(r.error).toContain('补正');
    expect(r.error).toContain('一次性');
  });

  it('refuses 收到补正材料 without a correction request', () => {
    expect(refused(replay([s('receive', '2025-02-03'), s('correctionReturned', '2025-02-05')], TODAY)).error).toContain('补正通知');
  });

  it('appendStep does not change the timeline it is given', () => {
    const events = [...ACCEPTED_2025];
    appendStep(events, s('suspend', '2025-03-20'), TODAY);
    expect(events).toHaveLength(2);
  });
});

describe('checkStep', () => {
  it('accepts receive on an empty state and refuses anything else', () => {
    expect(checkStep(null, s('receive', '2025-01-01'), TODAY)).toBeNull();
    expect(checkStep(null, s('accept', '2025-01-01'), TODAY)).toBe('尚未登记收到申请，不能受理');
  });
});

describe('allowedSteps', () => {
  const sorted = (k: ReviewStepKind[]) => [...k].sort();
  const at = (events: StepInput[]) => allowedSteps(ok(replay(events, TODAY)));

  it('received', () => {
    const allowed = at([s('receive', '2025-02-03')]);
    expect(sorted(allowed)).toEqual(sorted(['correctionRequest', 'accept', 'reject', 'redirect', 'withdrawBeforeAcceptance']));
    expect(allowed).not.toContain('conclude');
  });

  it('received again after the correction material came back (no second correction request)', () => {
    const allowed = at([s('receive', '2025-02-03'), s('correctionRequest', '2025-02-05'), s('correctionReturned', '2025-02-12')]);
    expect(sorted(allowed)).toEqual(sorted(['accept', 'reject', 'redirect', 'withdrawBeforeAcceptance']));
  });

  it('awaitingCorrection', () => {
    const allowed = at([s('receive', '2025-02-03'), s('correctionRequest', '2025-02-05')]);
    expect(sorted(allowed)).toEqual(sorted(['correctionReturned', 'reject', 'redirect', 'withdrawBeforeAcceptance']));
  });

  it('notAccepted allows nothing', () => {
    expect(at([s('receive', '2025-02-03'), s('redirect', '2025-02-05')])).toEqual([]);
  });

  it('underReview, ordinary, not extended', () => {
    expect(sorted(at(ACCEPTED_2025))).toEqual(sorted(['suspend', 'extend', 'hearing', 'conclude']));
  });

  it('underReview, ordinary, already extended', () => {
    expect(sorted(at([...ACCEPTED_2025, s('extend', '2025-05-01', { extensionDays: 30 })]))).toEqual(sorted(['suspend', 'hearing', 'conclude']));
  });

  it('underReview, simple', () => {
    expect(sorted(at(SIMPLE_2025))).toEqual(sorted(['toOrdinary', 'suspend', 'hearing', 'conclude']));
  });

  it('suspended', () => {
    expect(sorted(at([...ACCEPTED_2025, s('suspend', '2025-03-20')]))).toEqual(sorted(['resume', 'extend', 'hearing', 'conclude']));
    expect(sorted(at([...SIMPLE_2025, s('suspend', '2025-03-20')]))).toEqual(sorted(['toOrdinary', 'resume', 'hearing', 'conclude']));
  });

  it('concluded allows nothing', () => {
    expect(at([...ACCEPTED_2025, s('conclude', '2025-04-01', { outcome: 'uphold' })])).toEqual([]);
  });

  it('never offers receive', () => {
    expect(at([s('receive', '2025-02-03')])).not.toContain('receive');
    expect(stepBlocker(ok(replay([s('receive', '2025-02-03')], TODAY)), 'receive')).toContain('不能重复登记');
  });
});

describe('refusals added after review', () => {
  it('refuses 视为受理 under the old law', () => {
    const r = refused(replay([s('receive', '2019-03-03'), s('accept', '2019-03-08', { deemed: true })], TODAY));
    expect(r.error).toContain('视为受理');
    expect(r.index).toBe(1);
  });

  it('accepts 视为受理 under the 2023 law', () => {
    const summary = ok(replay([s('receive', '2025-03-03'), s('accept', '2025-03-10', { deemed: true })], TODAY));
    expect(summary.deemedAccepted).toBe(true);
  });

  it('refuses a conclusion dated before the hearing', () => {
    const r = refused(replay([...ACCEPTED_2025, s('hearing', '2025-04-20'), s('conclude', '2025-04-01', { outcome: 'uphold' })], TODAY));
    expect(r.error).toBe('审结日期（2025-04-01）不能早于听证日期（2025-04-20）');
  });
});
