import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv: delimiters', () => {
  it('takes semicolons when they are the most frequent', () => {
    expect(parseCsv('案号;申请人\n1;张三')).toEqual([
      ['案号', '申请人'],
      ['1', '张三'],
    ]);
  });

  it('does not count delimiters inside quotes: one comma outside beats three semicolons inside', () => {
    expect(parseCsv('"a;b;c;d",e')).toEqual([['a;b;c;d', 'e']]);
  });

  it('prefers the comma on a tie, and with no delimiter at all reads one column', () => {
    expect(parseCsv('a,b;c')).toEqual([['a', 'b;c']]);
    expect(parseCsv('张三\n李四')).toEqual([['张三'], ['李四']]);
  });

  it('looks only at the first 8192 characters to choose', () => {
    const head = 'x,'.repeat(10) + '\n' + 'y'.repeat(8200) + '\n';
    const tail = 'p;q;r;s;t;u;v;w;x;y;z;a;b\n';
    const rows = parseCsv(head + tail);
    expect(rows[0]).toHaveLength(11);
    expect(rows[2]).toEqual(['p;q;r;s;t;u;v;w;x;y;z;a;b']);
  });
});

describe('parseCsv: fields and lines', () => {
  it('ends a line on LF, CRLF or a lone CR', () => {
    expect(parseCsv('a,b\r1,2\r\n3,4\n5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps a quote inside an unquoted field as typed, and empty fields at the ends', () => {
    expect(parseCsv('他说"好",x\n,\na,')).toEqual([
      ['他说"好"', 'x'],
      ['', ''],
      ['a', ''],
    ]);
  });

  it('reads an empty quoted field and a doubled quote at the end of a field', () => {
    expect(parseCsv('"",b\n"x""",y')).toEqual([
      ['', 'b'],
      ['x"', 'y'],
    ]);
  });

  it('strips only a leading BOM; nothing gives no rows', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\ufeff')).toEqual([]);
    expect(parseCsv('a\ufeff')).toEqual([['a\ufeff']]);
  });

  it('keeps a last line without line break, also when it ends with a delimiter', () => {
    expect(parseCsv('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});
