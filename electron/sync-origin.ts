/**
 * The one origin besides its own that the page may connect to: the bureau's sync server, from the saved sync account
 * (sync-credentials.ts). protocol.ts puts it into the Content-Security-Policy of every app:// response, so the page
 * can replicate with that server and with nothing else. A policy is fixed when a page loads: after the address
 * changes, the page must be reloaded before it can reach the new server (the 多机同步 page does so).
 */
let origin: string | null = null;

/** The origin (scheme://host:port) of an http(s) address, or null for anything else. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Called with the saved account's address at start-up, after a save (the new one) and after clearing it (null). */
export function setSyncServer(url: string | null | undefined): void {
  origin = originOf(url);
}

export function syncConnectOrigins(): string[] {
  return origin ? [origin] : [];
}
