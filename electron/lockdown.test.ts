import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockDownContents, lockDownSession, openExternalIfSafe } from './lockdown';

type Listener = (...args: unknown[]) => void;

/** A WebContents that records the handlers lockDownContents installs, so each can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof windowOpen) => {
      windowOpen = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
  };
  const fire = (name: string, event: Record<string, unknown>) => {
    const prevented = { value: false };
    listeners.get(name)!({ ...event, preventDefault: () => (prevented.value = true) });
    return prevented.value;
  };
  return { contents, listeners, open: (url: string) => windowOpen!({ url }), fire };
}

let opened: string[];
const openExternal = async (url: string) => {
  opened.push(url);
};

beforeEach(() => {
  opened = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

function lockedDown(devServerOrigin?: string) {
  const fake = fakeContents();
  lockDownContents(fake.contents as never, devServerOrigin, openExternal);
  return fake;
}

describe('openExternalIfSafe', () => {
  it('hands an https link to the system browser', () => {
    expect(openExternalIfSafe('https://www.moj.gov.cn/', openExternal)).toBe(true);
    expect(opened).toEqual(['https://www.moj.gov.cn/']);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'app://fazhi/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'https://user:pass@example.com/',
    'http:example.com',
  ])('refuses %s', (url) => {
    expect(openExternalIfSafe(url, openExternal)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('swallows a failure of the system browser (logged, not thrown)', async () => {
    const failing = () => Promise.reject(new Error('no browser'));
    expect(openExternalIfSafe('https://example.com/', failing)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(console.warn).toHaveBeenCalledWith('[main] openExternal failed', expect.any(Error));
  });
});

describe('lockDownContents: new windows', () => {
  it('denies every new window and opens a web link externally instead', () => {
    const fake = lockedDown();
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
  });

  it('denies a window for the app itself, and for file: URLs, without opening anything', () => {
    const fake = lockedDown();
    expect(fake.open('app://fazhi/index.html')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });
});

describe('lockDownContents: navigation', () => {
  it('lets the app navigate within app://fazhi', () => {
    const fake = lockedDown();
    expect(fake.fire('will-navigate', { url: 'app://fazhi/index.html#/stats' })).toBe(false);
    expect(opened).toEqual([]);
  });

  it('stops navigation to the web and opens the link in the browser', () => {
    const fake = lockedDown();
    expect(fake.fire('will-navigate', { url: 'https://example.com/page' })).toBe(true);
    expect(opened).toEqual(['https://example.com/page']);
  });

  it('stops navigation to other schemes without opening them', () => {
    const fake = lockedDown();
    expect(fake.fire('will-navigate', { url: 'file:///C:/Users/clerk/phish.html' })).toBe(true);
    expect(fake.fire('will-navigate', { url: 'app://evil/index.html' })).toBe(true);
    expect(opened).toEqual([]);
  });

  it('trusts the dev server origin only when given one', () => {
    expect(lockedDown('http://localhost:5173').fire('will-navigate', { url: 'http://localhost:5173/#/todo' })).toBe(false);
    expect(lockedDown().fire('will-navigate', { url: 'http://localhost:5173/#/todo' })).toBe(true);
  });

  it('keeps subframes on the app origin', () => {
    const fake = lockedDown();
    expect(fake.fire('will-frame-navigate', { url: 'https://example.com/', isMainFrame: false })).toBe(true);
    expect(fake.fire('will-frame-navigate', { url: 'app://fazhi/index.html', isMainFrame: false })).toBe(false);
    // The main frame is will-navigate's business.
    expect(fake.fire('will-frame-navigate', { url: 'https://example.com/', isMainFrame: true })).toBe(false);
  });

  it('refuses redirects away from the app', () => {
    const fake = lockedDown();
    expect(fake.fire('will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(fake.fire('will-redirect', { url: 'app://fazhi/index.html' })).toBe(false);
  });

  it('never attaches a <webview>', () => {
    expect(lockedDown().fire('will-attach-webview', {})).toBe(true);
  });
});

describe('lockDownSession', () => {
  function lockedSession() {
    const handlers: {
      request?: (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { isMainFrame: boolean; requestingUrl: string },
      ) => void;
      check?: (contents: unknown, permission: string, origin: string) => boolean;
      device?: () => boolean;
    } = {};
    lockDownSession(
      {
        setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
        setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
        setDevicePermissionHandler: (h: typeof handlers.device) => (handlers.device = h),
      } as never,
      undefined,
    );
    const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
      let granted: boolean | undefined;
      handlers.request!(null, permission, (g) => (granted = g), { isMainFrame, requestingUrl });
      return granted;
    };
    return { handlers, request };
  }

  it('grants the allow-listed permissions to the app page only', () => {
    const { request, handlers } = lockedSession();
    expect(request('persistent-storage', 'app://fazhi/index.html')).toBe(true);
    expect(request('persistent-storage', 'app://fazhi/index.html', false)).toBe(false);
    expect(request('persistent-storage', 'https://example.com/')).toBe(false);
    expect(handlers.check!(null, 'clipboard-sanitized-write', 'app://fazhi')).toBe(true);
  });

  it('denies everything else by default', () => {
    const { request, handlers } = lockedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(request(permission, 'app://fazhi/index.html')).toBe(false);
      expect(handlers.check!(null, permission, 'app://fazhi')).toBe(false);
    }
    expect(handlers.device!()).toBe(false);
  });
});
