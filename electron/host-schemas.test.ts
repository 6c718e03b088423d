import { describe, expect, it } from 'vitest';
import {
  MAX_SAVE_FILE_BYTES,
  externalUrlSchema,
  noPayloadSchema,
  saveFileRequestSchema,
  syncCredentialsSchema,
  syncServerUrlSchema,
  trustCertificateRequestSchema,
} from './host-schemas';

const valid = {
  suggestedName: '行政复议台账.xlsx',
  data: new Uint8Array([1, 2, 3]),
  filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
};

describe('saveFileRequestSchema', () => {
  it('accepts a well-formed request', () => {
    expect(saveFileRequestSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a Buffer, which is what IPC may deliver', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, data: Buffer.from([1]) }).success).toBe(true);
  });

  it('accepts no filters and the all-files filter', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, filters: [] }).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ ...valid, filters: [{ name: '所有文件', extensions: ['*'] }] }).success).toBe(true);
  });

  it.each([
    ['data as a string', { ...valid, data: 'abc' }],
    ['data as a plain array', { ...valid, data: [1, 2, 3] }],
    ['an empty name', { ...valid, suggestedName: '' }],
    ['a long name', { ...valid, suggestedName: 'a'.repeat(256) }],
    ['an extension with a dot', { ...valid, filters: [{ name: 'x', extensions: ['.xlsx'] }] }],
    ['an extension with a path', { ...valid, filters: [{ name: 'x', extensions: ['../x'] }] }],
    ['a filter without extensions', { ...valid, filters: [{ name: 'x', extensions: [] }] }],
    ['an unknown property', { ...valid, defaultPath: '/etc' }],
    ['a missing field', { suggestedName: 'a', data: new Uint8Array() }],
    ['nothing', undefined],
  ])('refuses %s', (_label, payload) => {
    expect(saveFileRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('refuses more data than any export could be', () => {
    // A view claiming a huge length without allocating it.
    const huge = { byteLength: MAX_SAVE_FILE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(saveFileRequestSchema.safeParse({ ...valid, data: huge }).success).toBe(false);
  });
});

describe('small schemas', () => {
  it('takes no payload for getAppInfo', () => {
    expect(noPayloadSchema.safeParse(undefined).success).toBe(true);
    expect(noPayloadSchema.safeParse({}).success).toBe(false);
  });

  it('takes a bounded string for openExternal', () => {
    expect(externalUrlSchema.safeParse('https://example.com').success).toBe(true);
    expect(externalUrlSchema.safeParse(42).success).toBe(false);
    expect(externalUrlSchema.safeParse('x'.repeat(5000)).success).toBe(false);
  });
});

describe('sync schemas', () => {
  const account = { url: 'https://192.168.10.5:6984/fazhi', user: '王敏', password: 'Mi-码-2026!' };
  const fingerprint = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':');

  it('takes an account of exactly url, user and password', () => {
    expect(syncCredentialsSchema.parse(account)).toEqual(account);
    expect(syncCredentialsSchema.safeParse({ ...account, url: 'http://fazhi-server:5984/fazhi' }).success).toBe(true);
    for (const bad of [
      { ...account, extra: 1 },
      { ...account, url: 'javascript:alert(1)' },
      { ...account, url: 'https://a:b@host/' },
      { ...account, user: '' },
      { ...account, password: 'x'.repeat(1001) },
      { url: account.url, user: account.user },
    ]) {
      expect(syncCredentialsSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('takes a certificate trust of an address and an upper-case SHA-256 fingerprint', () => {
    expect(trustCertificateRequestSchema.safeParse({ url: account.url, fingerprint }).success).toBe(true);
    expect(trustCertificateRequestSchema.safeParse({ url: account.url, fingerprint: fingerprint.toLowerCase() }).success).toBe(false);
    expect(trustCertificateRequestSchema.safeParse({ url: account.url, fingerprint: fingerprint.slice(3) }).success).toBe(false);
    expect(trustCertificateRequestSchema.safeParse({ url: account.url, fingerprint, host: 'x' }).success).toBe(false);
    expect(syncServerUrlSchema.safeParse('file:///etc').success).toBe(false);
  });
});
