/** What the renderer loads first (index.html's module script and modulepreloads) and what it loads later. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function sizes(dir, file) {
  const buf = readFileSync(join(dir, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

export function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"[^>]*>/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"[^>]*>/g)) refs.add(m[1]);
  const initial = [...refs].map((r) => sizes(dir, r.replace(/^\.?\//, '')));
  const initialFiles = new Set(initial.map((f) => f.file));
  const assets = readdirSync(join(dir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const lazy = assets
    .map((f) =>
      relative(dir, join(dir, 'assets', f))
        .split('\\')
        .join('/'),
    )
    .filter((f) => !initialFiles.has(f))
    .map((f) => sizes(dir, f))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (fs, k) => fs.reduce((n, f) => n + f[k], 0);
  return {
    initial,
    lazy,
    initialRaw: sum(initial, 'raw'),
    initialGzip: sum(initial, 'gzip'),
    lazyRaw: sum(lazy, 'raw'),
    lazyGzip: sum(lazy, 'gzip'),
  };
}
