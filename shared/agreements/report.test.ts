import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type OrganNames } from '../settings';
import { computeAgreementYearFigures } from './counts';
import { agreement, LEDGER } from './fixture.test-util';
import { agreementReportSentence } from './report';
import type { AgreementReview } from './types';

const ORGANS: OrganNames = DEFAULT_SETTINGS.organNames;
const sentence = (year: number, reviews: AgreementReview[] = LEDGER, organs = ORGANS) =>
  agreementReportSentence(computeAgreementYearFigures({ reviews, year }), organs);

describe('agreementReportSentence', () => {
  it('prints the reference sentence exactly (丹政发〔2020〕14号)', () => {
    expect(sentence(2019)).toBe(
      '2019年，市司法局共审核以市政府名义对外签订的行政协议6件，以镇（区、街道）或者市政府组成部门名义对外签订的行政协议10件。',
    );
  });

  it('leaves out a zero group: only town or department agreements', () => {
    expect(sentence(2020)).toBe('2020年，市司法局共审核以镇（区、街道）或者市政府组成部门名义对外签订的行政协议1件。');
  });

  it('leaves out a zero group: only government agreements', () => {
    expect(sentence(2018)).toBe('2018年，市司法局共审核以市政府名义对外签订的行政协议1件。');
  });

  it('keeps the merged wording when only departments have agreements', () => {
    const reviews = [agreement('d', 'department', '其他', 'approve', '2021-03-01', '2021-03-05')];
    expect(sentence(2021, reviews)).toBe('2021年，市司法局共审核以镇（区、街道）或者市政府组成部门名义对外签订的行政协议1件。');
  });

  it('is null when no opinion was given in the year', () => {
    expect(sentence(2017)).toBeNull();
    expect(sentence(2019, [])).toBeNull();
  });

  it('uses the organ names from the settings', () => {
    const organs: OrganNames = { ...ORGANS, bureau: '区司法局', governmentShort: '区政府', townLevel: '街道', departments: '区政府工作部门' };
    expect(sentence(2019, LEDGER, organs)).toBe(
      '2019年，区司法局共审核以区政府名义对外签订的行政协议6件，以街道或者区政府工作部门名义对外签订的行政协议10件。',
    );
    expect(sentence(2020, LEDGER, { ...ORGANS, bureau: '', departments: ' ' })).toBe('2020年，共审核以镇（区、街道）名义对外签订的行政协议1件。');
  });
});
