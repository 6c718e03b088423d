import type { Session, WebContents } from 'electron';
import { isSafeExternalUrl } from '../shared/host-api';
import { isAppUrl, isPermissionAllowed } from './window-options';

/** What opens a URL in the user's browser: shell.openExternal in the app, a spy in tests. */
export type OpenExternal = (url: string) => Promise<void>;

/**
 * Hands `url` to the system browser when it is a plain http(s) link (shared isSafeExternalUrl);
 * anything else (file:, javascript:, app:, custom handlers that launch programs) is dropped.
 * Returns whether the URL was handed over.
 */
export function openExternalIfSafe(url: string, openExternal: OpenExternal): boolean {
  if (!isSafeExternalUrl(url)) {
    console.warn(`[main] refused to open ${url.slice(0, 200)}`);
    return false;
  }
  openExternal(url).catch((error: unknown) => console.warn('[main] openExternal failed', error));
  return true;
}

type LockableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * No page ever leaves the app and no page opens a window: a link to the web (target=_blank,
 * window.open, a plain link, middle-click) opens in the user's browser instead, after the check
 * above. Applied to every WebContents the app creates (app.on('web-contents-created')).
 */
export function lockDownContents(contents: LockableContents, devServerOrigin: string | undefined, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, devServerOrigin)) return;
    event.preventDefault();
    openExternalIfSafe(event.url, openExternal);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type LockableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * Web permissions are denied unless window-options' allow-list grants them to the app's own
 * top frame; USB/HID/serial device access is always denied.
 */
export function lockDownSession(ses: LockableSession, devServerOrigin: string | undefined): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(details.isMainFrame && isPermissionAllowed(permission, details.requestingUrl, devServerOrigin));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, devServerOrigin));
  ses.setDevicePermissionHandler(() => false);
}
