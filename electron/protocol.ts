import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { syncConnectOrigins } from './sync-origin';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './window-options';

export interface AppResponse {
  status: number;
  /** Set only when status is 200: the file to send. */
  filePath?: string;
  headers: Record<string, string>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(syncConnectOrigins()),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function refuse(status: number, extra: Record<string, string> = {}): AppResponse {
  return { status, headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra } };
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Decodes URL path segments, refusing anything that could name a file outside the root on
 * any platform: dot segments (also percent-encoded), encoded or literal separators of
 * either kind, drive letters and NTFS streams (":"), NUL, and empty segments ("//").
 * Returns null when the path is refused.
 */
function decodeSegments(pathname: string): string[] | null {
  const raw = pathname.split('/').slice(1);
  const segments: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw[i]);
    } catch {
      return null;
    }
    if (segment === '') {
      if (i === raw.length - 1) break;
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\u0000]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/**
 * Maps an app:// request to a file under rootDir. Every answer carries the CSP and nosniff
 * headers, including refusals, so no response from the app's origin is ever without them.
 */
export function resolveAppRequest(method: string, url: string, rootDir: string): AppResponse {
  const verb = method.toUpperCase();
  if (verb !== 'GET' && verb !== 'HEAD') return refuse(405, { Allow: 'GET, HEAD' });

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400);
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return refuse(403);
  if (parsed.username !== '' || parsed.password !== '') return refuse(403);

  const segments = decodeSegments(parsed.pathname);
  if (segments === null) return refuse(403);
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const candidate = path.resolve(root, ...segments);
  if (!isInside(root, candidate)) return refuse(403);

  try {
    if (!statSync(candidate).isFile()) return refuse(404);
    // A symlink inside the build output must not lead outside it either.
    if (!isInside(realpathSync(root), realpathSync(candidate))) return refuse(403);
  } catch {
    return refuse(404);
  }

  return {
    status: 200,
    filePath: candidate,
    headers: { ...baseHeaders(), 'Content-Type': contentTypeFor(candidate) },
  };
}

/** Serves the renderer build from rootDir on app://fazhi. Call after the app is ready. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const result = resolveAppRequest(request.method, request.url, rootDir);
    if (result.filePath === undefined) {
      return new Response(null, { status: result.status, headers: result.headers });
    }
    let body: Uint8Array;
    try {
      body = await readFile(result.filePath);
    } catch {
      return new Response(null, { status: 404, headers: refuse(404).headers });
    }
    const headers = { ...result.headers, 'Content-Length': String(body.byteLength) };
    return new Response(request.method.toUpperCase() === 'HEAD' ? null : body, { status: 200, headers });
  });
}
