import type { WebPreferences } from 'electron';

/**
 * Identity of the app. IndexedDB and every other web storage are keyed by origin, and
 * userData by folder name: changing any of these after a release makes users' records
 * "disappear". They are fixed for the life of the product.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fazhi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const APP_ID = 'cn.gov.sifaju.fazhi-ledger';
export const USER_DATA_DIR_NAME = 'fazhi-ledger';
export const APP_TITLE = '法治台账';

/**
 * Sent with every app:// response. antd renders CSS-in-JS into inline <style> elements,
 * hence 'unsafe-inline' for styles only; scripts stay 'self'. The page connects to its own
 * origin and to nothing else but the bureau's sync server once one is set up (`connectTo`:
 * its origin, see sync-origin.ts): never to the internet at large.
 */
export function contentSecurityPolicy(connectTo: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connectTo].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of a PC without a sync server. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Renderer settings from Electron's security checklist; the renderer gets no Node at all. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/**
 * Whether `url` belongs to the app: app://fazhi, or the dev server's origin when one is
 * trusted for development. Compared on parsed parts, never by string prefix
 * (`app://fazhi.evil/` and `app://fazhi@evil/` must not pass).
 */
export function isAppUrl(url: string | undefined, devServerOrigin?: string): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST;
  }
  // Node's parser gives non-special schemes such as app: the origin "null", so the app
  // origin is matched above by parts; http(s) origins compare directly.
  return devServerOrigin !== undefined && devServerOrigin !== 'null' && parsed.origin === devServerOrigin;
}

/**
 * Web permissions the app's own page may have; every other request is denied. Persistent
 * storage keeps IndexedDB from being evicted (the renderer asks for it at start), and
 * writing text to the clipboard backs the 复制 buttons. Reading the clipboard, camera,
 * notifications, geolocation and the rest stay off.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, devServerOrigin?: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, devServerOrigin);
}
