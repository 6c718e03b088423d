import { describe, expect, it, vi } from 'vitest';
import type { ServerCertificate } from '../../../../shared/host-api';
import { checkServerAccess, trustAndAllow } from './server-access';

const CERT: ServerCertificate = {
  fingerprint: Array.from({ length: 32 }, () => 'AB').join(':'),
  subject: 'CN=tongbu.sfj.local',
  issuer: 'CN=丹阳市司法局',
  validTo: '2028-01-01T00:00:00.000Z',
  trusted: false,
};

describe('before the desktop page talks to a sync server', () => {
  it('the browser build goes straight on', async () => {
    expect(await checkServerAccess({}, 'https://tongbu.sfj.local:6984')).toEqual({ kind: 'ready' });
  });

  it('refuses an address that is not http(s), naming the problem', async () => {
    expect(await checkServerAccess({}, 'ftp://x')).toMatchObject({ kind: 'refused', error: expect.stringContaining('服务器地址无效') });
  });

  it('an untrusted certificate asks the clerk first; trusting it allows the server, and a new server needs a reload', async () => {
    const host = {
      certificateOf: vi.fn(async () => CERT),
      trustCertificate: vi.fn(async () => {}),
      allowSyncServer: vi.fn(async () => ({ reload: true })),
    };
    expect(await checkServerAccess(host, 'https://tongbu.sfj.local:6984')).toEqual({ kind: 'confirm', certificate: CERT });
    expect(host.allowSyncServer).not.toHaveBeenCalled();
    expect(await trustAndAllow(host, 'https://tongbu.sfj.local:6984', CERT)).toEqual({ kind: 'reload' });
    expect(host.trustCertificate).toHaveBeenCalledWith('https://tongbu.sfj.local:6984/fazhi', CERT.fingerprint);
  });

  it('a trusted certificate and the server already allowed: ready', async () => {
    const host = { certificateOf: async () => ({ ...CERT, trusted: true }), allowSyncServer: async () => ({ reload: false }) };
    expect(await checkServerAccess(host, 'https://tongbu.sfj.local:6984')).toEqual({ kind: 'ready' });
  });

  it('a certificate that cannot be read says why; a refused trust says so', async () => {
    expect(await checkServerAccess({ certificateOf: async () => ({ error: '无法连接服务器' }) }, 'https://x.local')).toEqual({
      kind: 'refused',
      error: '无法连接服务器',
    });
    const host = { trustCertificate: async () => Promise.reject(new Error('证书已变化')), allowSyncServer: async () => ({ reload: false }) };
    expect(await trustAndAllow(host, 'https://x.local', CERT)).toEqual({ kind: 'refused', error: '无法信任该证书：证书已变化' });
  });

  it('http servers are only allowed (no certificate)', async () => {
    const host = { certificateOf: vi.fn(), allowSyncServer: async () => ({ reload: false }) };
    expect(await checkServerAccess(host, 'http://192.168.1.10:5984')).toEqual({ kind: 'ready' });
    expect(host.certificateOf).not.toHaveBeenCalled();
  });
});
