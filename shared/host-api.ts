/**
 * The contract between the renderer and its host. Electron implements it in the preload
 * (backed by IPC handlers in main); a plain browser implements it with downloads.
 */

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  filters: { name: string; extensions: string[] }[];
}

export interface SaveFileResult {
  saved: boolean;
  path?: string;
  error?: string;
}

export interface AppInfo {
  kind: 'electron' | 'browser';
  version: string;
  platform: string;
}

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  openExternal(url: string): Promise<boolean>;
  showItemInFolder(path: string): Promise<void>;
  /** Opens the folder of the support log in the file manager; false where there is none (the browser). */
  openLogFolder(): Promise<boolean>;
}

/** Name of the global (`window.fazhiHost`) under which the Electron preload exposes the API. */
export const HOST_API_GLOBAL = 'fazhiHost';

export const IPC_CHANNELS = {
  getAppInfo: 'host:getAppInfo',
  saveFile: 'host:saveFile',
  openExternal: 'host:openExternal',
  showItemInFolder: 'host:showItemInFolder',
  openLogFolder: 'host:openLogFolder',
} as const;

/** Longest URL we hand to the operating system; real links are far shorter. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

interface ParsedUrl {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}

// shared/ compiles without DOM or Node typings, yet every runtime we target (browser,
// Electron main, Node tests) has the WHATWG URL parser. Parsing by hand would be the
// classic source of bypasses, so use the real parser through a minimal typed view.
function parseUrl(input: string): ParsedUrl {
  const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;
  return new UrlParser(input);
}

/**
 * Whether a URL may be opened in the user's browser: http(s) only, with a host and without
 * embedded credentials. Everything else (file:, javascript:, data:, app:, custom handlers
 * that could launch programs) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // The parser silently strips these; a URL that needs stripping is not one we want to pass on.
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return false;
  // Special schemes parse `http:host` and `http:/host` too; insist on the unambiguous form.
  if (!/^https?:\/\//i.test(url)) return false;
  let parsed: ParsedUrl;
  try {
    parsed = parseUrl(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.hostname === '') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // `http://@host` or `http://:@host` parse to empty credentials and leave no trace in the
  // parsed URL, yet they are the shape of a spoofing link: check the authority text too.
  const authority = url.slice(url.indexOf('//') + 2).split(/[/?#]/, 1)[0];
  return !authority.includes('@');
}
