import { describe, expect, it } from 'vitest';
import { settingsValueProblem, usableStoredSettings } from '../settings';

describe('stored 行政应诉 settings', () => {
  it('are kept when of the right shape, so 设置 → 行政应诉 survives a reload and a restore', () => {
    const litigation = { localCourt: '句容市人民法院', reportRate: 'agency', lossOutcomes: ['revoke', 'withdrawAfterChange'] };
    expect(usableStoredSettings({ litigation }).litigation).toEqual(litigation);
    expect(settingsValueProblem('app', { litigation })).toBeNull();
  });

  it('a wrong value is named on restore and dropped for the default at start', () => {
    expect(settingsValueProblem('app', { litigation: { reportRate: 'all' } })).toBe('中的报告采用的出庭应诉率无效');
    expect(settingsValueProblem('app', { litigation: { lossOutcomes: ['lost'] } })).toBe('中的计为败诉的结案方式无效（第1项）');
    expect(usableStoredSettings({ litigation: { localCourt: 12 } }).litigation).toBeUndefined();
  });
});
