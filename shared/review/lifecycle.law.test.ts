import { describe, expect, it } from 'vitest';
import { replay, type ReplayResult, type StepInput } from './lifecycle';
import type { ReviewCaseSummary } from './types';

// domain.md §1 "Which law applies": by acceptance date, on or after 2024-01-01 the 2023 law, earlier the old law;
// stored on the case. The receipt date decides only until the case is accepted.

const TODAY = '2024-06-30';

function summary(result: ReplayResult): ReviewCaseSummary {
  if (!result.ok) throw new Error(`refused at ${result.index}: ${result.error}`);
  return result.summary;
}

function acceptedOn(received: string, accepted: string, extra: Partial<StepInput> = {}): ReviewCaseSummary {
  return summary(
    replay(
      [
        { kind: 'receive', date: received },
        { kind: 'accept', date: accepted, ...extra },
      ],
      TODAY,
    ),
  );
}

describe('the law stored on the case, by acceptance date', () => {
  it('received in December 2023: accepted 2023-12-31 is old law, accepted 2024-01-01 is the 2023 law', () => {
    expect(acceptedOn('2023-12-27', '2023-12-31').law).toBe('old');
    expect(acceptedOn('2023-12-27', '2024-01-01').law).toBe('law2023');
    expect(acceptedOn('2023-12-27', '2024-01-02').law).toBe('law2023');
  });

  it('is the 2023 law for a deemed acceptance on 2024-01-01 of an application received in 2023', () => {
    expect(acceptedOn('2023-12-25', '2024-01-01', { deemed: true })).toMatchObject({ law: 'law2023', deemedAccepted: true });
  });

  it('before acceptance follows the receipt date (2023-12-31 old, 2024-01-01 new)', () => {
    expect(summary(replay([{ kind: 'receive', date: '2023-12-31' }], TODAY)).law).toBe('old');
    expect(summary(replay([{ kind: 'receive', date: '2024-01-01' }], TODAY)).law).toBe('law2023');
  });

  it("stays with the acceptance date after later steps in 2024 (an old-law case concluded under the new law's dates)", () => {
    const s = summary(
      replay(
        [
          { kind: 'receive', date: '2023-12-20' },
          { kind: 'accept', date: '2023-12-29' },
          { kind: 'conclude', date: '2024-02-20', outcome: 'uphold' },
        ],
        TODAY,
      ),
    );
    expect(s).toMatchObject({ law: 'old', status: 'concluded', acceptedDate: '2023-12-29' });
  });

  it('refuses 简易程序 and 视为受理 on 2023-12-31 and allows them on 2024-01-01', () => {
    const received = { kind: 'receive', date: '2023-12-26' } as const;
    expect(replay([received, { kind: 'accept', date: '2023-12-31', procedure: 'simple' }], TODAY)).toMatchObject({ ok: false, index: 1 });
    expect(replay([received, { kind: 'accept', date: '2023-12-31', deemed: true }], TODAY)).toMatchObject({ ok: false, index: 1 });
    expect(acceptedOn('2023-12-26', '2024-01-01', { procedure: 'simple' })).toMatchObject({ law: 'law2023', procedure: 'simple' });
  });

  it('allows 确认无效 only for a case accepted under the 2023 law', () => {
    const steps = (accepted: string): StepInput[] => [
      { kind: 'receive', date: '2023-12-26' },
      { kind: 'accept', date: accepted },
      { kind: 'conclude', date: '2024-03-01', outcome: 'confirmInvalid' },
    ];
    expect(replay(steps('2023-12-31'), TODAY)).toMatchObject({ ok: false, index: 2 });
    expect(summary(replay(steps('2024-01-01'), TODAY))).toMatchObject({ law: 'law2023', outcome: 'confirmInvalid' });
  });
});
