import { describe, expect, it } from 'vitest';
import { keysOf } from './labels';
import { OUTCOME_LABELS, REVIEW_OUTCOMES, REVIEW_STEP_KINDS, STEP_LABELS } from './review/types';

describe('keysOf', () => {
  it('lists the keys in declaration order', () => {
    expect(keysOf({ b: '乙', a: '甲', c: '丙' })).toEqual(['b', 'a', 'c']);
  });
  it('gives the review steps and outcomes in the order forms and reports use', () => {
    expect(REVIEW_STEP_KINDS[0]).toBe('receive');
    expect(REVIEW_STEP_KINDS.at(-1)).toBe('conclude');
    expect(REVIEW_STEP_KINDS).toHaveLength(Object.keys(STEP_LABELS).length);
    expect(REVIEW_OUTCOMES.slice(0, 3)).toEqual(['uphold', 'dismissClaim', 'dismissApplication']);
    expect(REVIEW_OUTCOMES).toHaveLength(Object.keys(OUTCOME_LABELS).length);
  });
});
