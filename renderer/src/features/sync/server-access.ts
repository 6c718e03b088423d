/**
 * Before the desktop app's page talks to a sync server (测试连接, 开始同步), two things the main process guards:
 * - an https server with the bureau's own certificate is trusted only by its SHA-256 fingerprint, after the clerk
 *   compared it with the one the IT staff gave (and before the page's first request to it: Chromium caches each
 *   verification for the session);
 * - the page's Content-Security-Policy lets it connect to its own origin and to one sync server only; a newly typed
 *   server is allowed by the main process, and the page reloads once to take the new policy.
 * In the browser build neither applies (the host has no such members) and the page goes straight on.
 */
import type { HostApi, ServerCertificate } from '../../../../shared/host-api';
import { databaseUrl } from './service';

export type ServerAccess =
  | { kind: 'ready' }
  | { kind: 'refused'; error: string }
  /** The clerk must compare this certificate's fingerprint, then call `trustAndAllow`. */
  | { kind: 'confirm'; certificate: ServerCertificate }
  /** The server is allowed now; the page must reload before it can reach it. */
  | { kind: 'reload' };

type AccessHost = Pick<HostApi, 'certificateOf' | 'trustCertificate' | 'allowSyncServer'>;

/** What must happen before the page may connect to `address`. */
export async function checkServerAccess(host: AccessHost, address: string): Promise<ServerAccess> {
  const url = databaseUrl(address);
  if (!url) return { kind: 'refused', error: '服务器地址无效：应以 http:// 或 https:// 开头，例如 http://192.168.1.10:5984' };
  if (url.startsWith('https:') && host.certificateOf) {
    const certificate = await host.certificateOf(url);
    if ('error' in certificate) return { kind: 'refused', error: certificate.error };
    if (certificate.trusted === false) return { kind: 'confirm', certificate };
  }
  return allow(host, url);
}

/** After the clerk confirmed the fingerprint: trusts it, then allows the server. */
export async function trustAndAllow(host: AccessHost, address: string, certificate: ServerCertificate): Promise<ServerAccess> {
  const url = databaseUrl(address);
  if (!url) return { kind: 'refused', error: '服务器地址无效' };
  try {
    await host.trustCertificate?.(url, certificate.fingerprint);
  } catch (e) {
    return { kind: 'refused', error: `无法信任该证书：${e instanceof Error ? e.message : String(e)}` };
  }
  return allow(host, url);
}

async function allow(host: AccessHost, url: string): Promise<ServerAccess> {
  if (!host.allowSyncServer) return { kind: 'ready' };
  const { reload } = await host.allowSyncServer(url);
  return reload ? { kind: 'reload' } : { kind: 'ready' };
}

/** The address and account typed before the reload (never the password), to fill the form again after it. */
const DRAFT_KEY = 'fazhi-sync-draft';

export function keepDraft(values: { url: string; user: string }): void {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ url: values.url, user: values.user }));
}

export function takeDraft(): { url: string; user: string } | null {
  const text = sessionStorage.getItem(DRAFT_KEY);
  sessionStorage.removeItem(DRAFT_KEY);
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { url?: unknown; user?: unknown };
    return typeof v.url === 'string' && typeof v.user === 'string' ? { url: v.url, user: v.user } : null;
  } catch {
    return null;
  }
}
