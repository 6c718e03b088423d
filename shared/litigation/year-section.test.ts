import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { litigationCase as lc } from './fixture.test-util';
import { litigationSection } from './year-section';

describe('行政应诉 export notes', () => {
  it('speak of the figures (the 败诉 outcomes, the courts), not of the software', () => {
    const settings = { ...DEFAULT_SETTINGS, litigation: { ...DEFAULT_SETTINGS.litigation, lossOutcomes: ['revoke', 'confirmIllegal'] as const } };
    const all = { litigationCases: [lc({ receivedDate: '2019-03-01' })] } as never;
    const f = litigationSection.figures(all, settings as never, 2019);
    const [note] = litigationSection.export!.notes(f, { year: 2019, settings: settings as never });
    expect(note).toContain('败诉指结案方式为判决撤销、判决确认违法的案件，个案经人工认定的从其认定');
    expect(note).toContain('“镇江市中级人民法院以丹阳市人民政府为被告”指该院受理、被告为丹阳市人民政府本身的案件');
    expect(note).not.toMatch(/设置|法治台账|回收站/);
  });
});
