import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF', () => {
    const text = '\ufeff案号,备注\r\n"丹政复〔2019〕1号","他说""不服"",再议"\r\n丹政复〔2019〕2号,"两行\n备注"\r\n';
    expect(parseCsv(text)).toEqual([
      ['案号', '备注'],
      ['丹政复〔2019〕1号', '他说"不服",再议'],
      ['丹政复〔2019〕2号', '两行\n备注'],
    ]);
  });
  it('tab-separated (Excel “Unicode 文本”) and a last line without line break', () => {
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('keeps blank lines as rows (they are skipped later) and empty fields', () => {
    expect(parseCsv('a,b\n\n,2\n')).toEqual([['a', 'b'], [''], ['', '2']]);
  });
});
