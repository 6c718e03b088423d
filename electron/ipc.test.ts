import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const handlers = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => unknown>());

// The real 'electron' package would try to download its binary; handle() needs only ipcMain.
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => {
      handlers.set(channel, listener);
    },
  },
}));

const { handle, isTrustedSender, trustDevServerOrigin } = await import('./ipc');

describe('isTrustedSender', () => {
  it('trusts the app page in the top frame', () => {
    expect(isTrustedSender('app://fazhi/index.html', true)).toBe(true);
    expect(isTrustedSender('app://fazhi/index.html#/review/new', true)).toBe(true);
  });

  it('refuses the app page in a subframe', () => {
    expect(isTrustedSender('app://fazhi/index.html', false)).toBe(false);
  });

  it.each([
    'app://fazhi.evil/index.html',
    'app://evil/index.html',
    'app://fazhi@evil/index.html',
    'https://fazhi/index.html',
    'https://example.com/',
    'file:///C:/Users/clerk/Desktop/phish.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });

  it('refuses a frame without a URL', () => {
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('trusts a dev server origin only when given one', () => {
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', false, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender('http://evil.example/', true, 'http://localhost:5173')).toBe(false);
  });
});

describe('handle', () => {
  interface FakeFrame {
    url: string;
    parent: FakeFrame | null;
  }
  const top: FakeFrame = { url: 'app://fazhi/index.html', parent: null };
  const child: FakeFrame = { url: 'app://fazhi/index.html', parent: top };
  const foreign: FakeFrame = { url: 'https://example.com/', parent: null };
  const fn = vi.fn((payload: { name: string }) => `hello ${payload.name}`);

  beforeEach(() => {
    handlers.clear();
    fn.mockClear();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    handle('test:greet', z.object({ name: z.string().min(1) }).strict(), fn);
  });

  function invoke(frame: FakeFrame | null, ...args: unknown[]): unknown {
    return handlers.get('test:greet')!({ senderFrame: frame }, ...args);
  }

  it('registers on ipcMain and calls fn with the parsed payload', () => {
    expect(invoke(top, { name: '张三' })).toBe('hello 张三');
    expect(fn).toHaveBeenCalledOnce();
  });

  it.each([
    ['a subframe', child],
    ['a foreign page', foreign],
    ['a destroyed frame', null],
  ])('rejects %s without calling fn', (_label, frame) => {
    expect(() => invoke(frame, { name: '张三' })).toThrow(/拒绝/);
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing payload', []],
    ['a wrong type', [{ name: 42 }]],
    ['an extra property', [{ name: '张三', path: '/etc/passwd' }]],
    ['an extra argument', [{ name: '张三' }, 'more']],
  ])('rejects %s without calling fn', (_label, args) => {
    expect(() => invoke(top, ...args)).toThrow(/参数无效/);
    expect(fn).not.toHaveBeenCalled();
  });

  // Last on purpose: trusting the dev server changes module state for later tests.
  it('accepts the dev server page once it is trusted', () => {
    const dev: FakeFrame = { url: 'http://localhost:5173/', parent: null };
    expect(() => invoke(dev, { name: 'a' })).toThrow(/拒绝/);
    trustDevServerOrigin('http://localhost:5173/');
    expect(invoke(dev, { name: 'a' })).toBe('hello a');
  });
});
