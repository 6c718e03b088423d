import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: '丹政复' } })).toBe(
      '{"a":{"c":"丹政复","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same data written in another key order', () => {
    expect(canonicalJson({ id: 'x', deleted: 0, events: [{ kind: 'receive', date: '2024-01-02' }] })).toBe(
      canonicalJson({ events: [{ date: '2024-01-02', kind: 'receive' }], deleted: 0, id: 'x' }),
    );
  });

  it('treats undefined, functions and non-finite numbers as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: NaN, d: [undefined, Infinity] })).toBe('{"c":null,"d":[null,null]}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('honours toJSON', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 10, 29, 10, 30)) })).toBe('{"at":"2026-11-29T10:30:00.000Z"}');
  });

  it('is unchanged by a round trip through JSON.stringify and JSON.parse', () => {
    const value = { s: 'line\n"quoted"\u2028', n: -0, big: 1e21, small: 5e-7, nested: [{ x: null, y: true }], 中文键: '值' };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('escapes strings exactly as JSON does', () => {
    expect(canonicalJson(['\u0001', '\ud800', '/'])).toBe('["\\u0001","\\ud800","/"]');
  });
});
