import { afterEach, describe, expect, it } from 'vitest';
import { resolveAppRequest } from './protocol';
import { originOf, setSyncServer, syncConnectOrigins } from './sync-origin';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './window-options';

afterEach(() => setSyncServer(null));

describe('the sync server in the page policy', () => {
  it('takes only the origin of an http(s) address', () => {
    expect(originOf('https://192.168.1.20:6984/fazhi')).toBe('https://192.168.1.20:6984');
    expect(originOf('http://sync.sfj.local:5984/')).toBe('http://sync.sfj.local:5984');
    expect(originOf('ftp://x')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('不是地址')).toBeNull();
    expect(originOf('')).toBeNull();
  });

  it('allows connecting to the saved server and to nothing else', () => {
    expect(syncConnectOrigins()).toEqual([]);
    setSyncServer('https://192.168.1.20:6984/fazhi');
    expect(syncConnectOrigins()).toEqual(['https://192.168.1.20:6984']);
    expect(contentSecurityPolicy(syncConnectOrigins())).toContain("connect-src 'self' https://192.168.1.20:6984;");
    setSyncServer(null);
    expect(syncConnectOrigins()).toEqual([]);
  });

  it('puts it into every app:// response; without a server the policy is the plain one', () => {
    const plain = resolveAppRequest('GET', 'app://fazhi/index.html', '/nonexistent');
    expect(plain.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    setSyncServer('https://sync.sfj.local:6984');
    const withServer = resolveAppRequest('GET', 'app://fazhi/index.html', '/nonexistent');
    expect(withServer.headers['Content-Security-Policy']).toContain("connect-src 'self' https://sync.sfj.local:6984;");
    expect(withServer.headers['Content-Security-Policy']).not.toContain('connect-src *');
  });
});
