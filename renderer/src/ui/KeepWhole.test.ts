import { describe, expect, it } from 'vitest';
import { wholeTokens } from './KeepWhole';

const whole = (t: string) =>
  wholeTokens(t)
    .filter((p) => p.whole)
    .map((p) => p.text);

describe('wholeTokens', () => {
  it('keeps dates and 案号 whole, and gives the text back', () => {
    const t = '（2026）苏1181行初12号：审结（2026-04-20，判决驳回诉讼请求）';
    expect(whole(t)).toEqual(['（2026）苏1181行初12号', '2026-04-20']);
    expect(
      wholeTokens(t)
        .map((p) => p.text)
        .join(''),
    ).toBe(t);
  });

  it('takes the issuer prefix of a 文号 and a date written in Chinese', () => {
    expect(whole('登记案件 丹政复〔2026〕13号')).toEqual(['丹政复〔2026〕13号']);
    expect(whole('《关于绿化管理的实施意见》（丹政发〔2026〕3号）')).toEqual(['丹政发〔2026〕3号']);
    expect(whole('自2026年3月9日起视为受理')).toEqual(['2026年3月9日']);
    expect(whole('记录于 2026-12-08 09:22')).toEqual(['2026-12-08 09:22']);
  });

  it('leaves text without tokens as one piece', () => {
    expect(wholeTokens('修改申请人')).toEqual([{ text: '修改申请人', whole: false, at: 0 }]);
    expect(wholeTokens('')).toEqual([]);
  });
});
