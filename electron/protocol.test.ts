import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, registerAppProtocol, resolveAppRequest } from './protocol';
import { CONTENT_SECURITY_POLICY } from './window-options';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'fazhi-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>法治台账</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', '台账 图标.svg'), '<svg/>');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the root');
  // A sibling whose name starts with the root's name: a prefix check would let it through.
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  try {
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  } catch {
    // Creating symlinks needs a privilege on Windows; the test below then checks a 404.
  }
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

function get(url: string) {
  return resolveAppRequest('GET', url, root);
}

describe('resolveAppRequest: serving files', () => {
  it('serves / as index.html', () => {
    const res = get('app://fazhi/');
    expect(res.status).toBe(200);
    expect(res.filePath).toBe(path.join(root, 'index.html'));
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('serves a file without the slash after the host', () => {
    expect(get('app://fazhi').filePath).toBe(path.join(root, 'index.html'));
  });

  it('serves index.html and assets by path, ignoring query and hash', () => {
    expect(get('app://fazhi/index.html#/review/list').filePath).toBe(path.join(root, 'index.html'));
    const js = get('app://fazhi/assets/index-abc123.js?v=1');
    expect(js.status).toBe(200);
    expect(js.filePath).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(get('app://fazhi/assets/index-abc123.css').headers['Content-Type']).toBe('text/css; charset=utf-8');
  });

  it('decodes percent-encoded names', () => {
    const res = get(`app://fazhi/assets/${encodeURIComponent('台账 图标.svg')}`);
    expect(res.status).toBe(200);
    expect(res.filePath).toBe(path.join(root, 'assets', '台账 图标.svg'));
    expect(res.headers['Content-Type']).toBe('image/svg+xml');
  });

  it('accepts HEAD and lower-case methods', () => {
    expect(resolveAppRequest('HEAD', 'app://fazhi/index.html', root).status).toBe(200);
    expect(resolveAppRequest('get', 'app://fazhi/index.html', root).status).toBe(200);
  });
});

describe('resolveAppRequest: refusals', () => {
  it.each([
    'app://fazhi/../secret.txt',
    'app://fazhi/assets/../../secret.txt',
    'app://fazhi/%2e%2e/secret.txt',
    'app://fazhi/%2E%2E/%2e%2e/secret.txt',
    'app://fazhi/.%2e/secret.txt',
    'app://fazhi/assets/..%2f..%2fsecret.txt',
    'app://fazhi/assets/..%2F..%2Fsecret.txt',
    'app://fazhi/assets/..%5c..%5csecret.txt',
    'app://fazhi/assets/..\\..\\secret.txt',
    'app://fazhi/..%252f..%252fsecret.txt',
    'app://fazhi/../renderer-evil/x.js',
  ])('never serves a file outside the root for %s', (url) => {
    const res = get(url);
    expect(res.filePath).toBeUndefined();
    expect([403, 404]).toContain(res.status);
  });

  it.each([
    ['encoded dot-dot with encoded slash', 'app://fazhi/..%2fsecret.txt'],
    ['encoded backslash', 'app://fazhi/assets%5c..%5c..%5csecret.txt'],
    ['literal backslash', 'app://fazhi/assets\\..\\..\\secret.txt'],
    ['double-slash absolute path', 'app://fazhi//etc/passwd'],
    ['encoded absolute path', 'app://fazhi/%2Fetc%2Fpasswd'],
    ['windows drive', 'app://fazhi/C:/Windows/win.ini'],
    ['encoded windows drive', 'app://fazhi/C%3A%5CWindows%5Cwin.ini'],
    ['NTFS stream', 'app://fazhi/index.html::$DATA'],
    ['NUL byte', 'app://fazhi/index.html%00.png'],
    ['malformed escape', 'app://fazhi/%E4%B8'],
    ['other host', 'app://evil/index.html'],
    ['host prefix', 'app://fazhi.evil/index.html'],
    ['credentials', 'app://user@fazhi/index.html'],
    ['port', 'app://fazhi:80/index.html'],
    ['other scheme', 'file:///etc/passwd'],
  ])('answers 403 for %s', (_label, url) => {
    const res = get(url);
    expect(res.status).toBe(403);
    expect(res.filePath).toBeUndefined();
  });

  it('answers 403 for the absolute path of a real file outside the root', () => {
    const secret = path.join(base, 'secret.txt');
    for (const url of [`app://fazhi/${secret}`, `app://fazhi/${encodeURIComponent(secret)}`]) {
      const res = get(url);
      expect(res.filePath, url).toBeUndefined();
      expect(res.status, url).toBe(403);
    }
  });

  it('does not follow a symlink out of the root', () => {
    const res = get('app://fazhi/assets/link.txt');
    expect(res.filePath).toBeUndefined();
    expect([403, 404]).toContain(res.status);
  });

  it('answers 404 for unknown files and for directories', () => {
    expect(get('app://fazhi/missing.js').status).toBe(404);
    expect(get('app://fazhi/assets/').status).toBe(404);
    expect(get('app://fazhi/assets').status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers 405 for %s', (method) => {
    const res = resolveAppRequest(method, 'app://fazhi/index.html', root);
    expect(res.status).toBe(405);
    expect(res.headers.Allow).toBe('GET, HEAD');
  });

  it('answers 400 for an unparsable URL', () => {
    expect(get('not a url').status).toBe(400);
  });
});

describe('resolveAppRequest: headers', () => {
  it.each([
    ['a file', 'GET', 'app://fazhi/index.html'],
    ['a traversal', 'GET', 'app://fazhi/%2e%2e/secret.txt'],
    ['a missing file', 'GET', 'app://fazhi/missing.js'],
    ['a wrong method', 'POST', 'app://fazhi/index.html'],
    ['a wrong host', 'GET', 'app://evil/'],
  ])('sends CSP and nosniff on %s', (_label, method, url) => {
    const res = resolveAppRequest(method, url, root);
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('maps content types by extension', () => {
    expect(contentTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('a.png')).toBe('image/png');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });
});

describe('registerAppProtocol', () => {
  type Handler = (request: Request) => Response | Promise<Response>;

  function register(): Handler {
    let registered: { scheme: string; handler: Handler } | undefined;
    registerAppProtocol(
      {
        handle: (scheme: string, handler: Handler) => {
          registered = { scheme, handler };
        },
      },
      root,
    );
    expect(registered?.scheme).toBe('app');
    return registered!.handler;
  }

  function request(method: string, url: string): Request {
    // Node's Request rejects unknown schemes in some versions; the handler reads only these.
    return { method, url } as Request;
  }

  it('answers with the file body and headers', async () => {
    const res = await register()(request('GET', 'app://fazhi/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('<!doctype html><title>法治台账</title>');
  });

  it('answers HEAD without a body', async () => {
    const res = await register()(request('HEAD', 'app://fazhi/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength('<!doctype html><title>法治台账</title>')));
    expect(await res.text()).toBe('');
  });

  it('answers refusals with their status and the CSP', async () => {
    const res = await register()(request('GET', 'app://fazhi/..%2fsecret.txt'));
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('');
  });
});
