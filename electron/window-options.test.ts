import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ID,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  USER_DATA_DIR_NAME,
  isAppUrl,
  isPermissionAllowed,
  secureWebPreferences,
} from './window-options';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as [string, string];
    }),
  );
}

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/opt/fazhi/resources/app.asar/dist-electron/preload.cjs');

  it('passes the preload path through', () => {
    expect(prefs.preload).toBe('/opt/fazhi/resources/app.asar/dist-electron/preload.cjs');
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['experimentalFeatures', false],
    ['enableWebSQL', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('neither enables Blink features nor adds command-line switches', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ])('sets %s to %s', (name, value) => {
    expect(csp.get(name)).toBe(value);
  });

  it('has exactly these directives', () => {
    expect(csp.size).toBe(10);
  });

  it('never allows inline or evaluated scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });
});

describe('app identity', () => {
  // These values key the users' data (IndexedDB origin, userData folder, Windows app id).
  // A failing test here means a change that would hide every clerk's records.
  it('never changes', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_ORIGIN).toBe('app://fazhi');
    expect(APP_ENTRY_URL).toBe('app://fazhi/index.html');
    expect(APP_ID).toBe('cn.gov.sifaju.fazhi-ledger');
    expect(USER_DATA_DIR_NAME).toBe('fazhi-ledger');
  });
});

describe('isAppUrl', () => {
  it.each(['app://fazhi/index.html', 'app://fazhi/', 'app://fazhi/index.html#/review/list?year=2024'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://fazhi.evil/index.html',
    'app://evil/index.html',
    'app://fazhi@evil/index.html',
    'app://user@fazhi/index.html',
    'app://fazhi:8080/index.html',
    'file:///index.html',
    'https://fazhi/index.html',
    'http://localhost:5173/',
    'about:blank',
    'not a url',
    '',
    undefined,
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin only when it is trusted', () => {
    expect(isAppUrl('http://localhost:5173/#/stats', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('app://evil/', 'null')).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('grants persistent storage and clipboard writes to the app page', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://fazhi/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://fazhi')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://fazhi/index.html')).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'fullscreen',
    'unknown',
  ])('denies %s even to the app page', (permission) => {
    expect(isPermissionAllowed(permission, 'app://fazhi/index.html')).toBe(false);
  });

  it('denies everything to other origins', () => {
    expect(isPermissionAllowed('persistent-storage', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('persistent-storage', undefined)).toBe(false);
  });
});
