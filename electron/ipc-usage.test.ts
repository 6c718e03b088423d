import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every IPC handler must go through ipc.ts handle(), which checks the sender (the app's own top
// frame) and validates the payload with zod. A direct ipcMain.handle/on elsewhere would skip both.
const DIR = path.dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(DIR)
  .filter((name) => /\.(c|m)?ts$/.test(name) && !name.includes('.test.') && name !== 'ipc.ts')
  .map((name) => ({ name, text: readFileSync(path.join(DIR, name), 'utf8') }));

describe('IPC in the main process', () => {
  it('is registered only through handle() in ipc.ts', () => {
    const direct = sources.filter(({ text }) => /\bipcMain\b/.test(text)).map(({ name }) => name);
    expect(direct).toEqual([]);
  });

  it('is found in the files scanned (the check above is not vacuous)', () => {
    expect(sources.map(({ name }) => name)).toEqual(expect.arrayContaining(['main.ts', 'host-handlers.ts', 'support.ts', 'preload.cts']));
    expect(sources.filter(({ text }) => /\bhandle\(IPC_CHANNELS\./.test(text)).length).toBeGreaterThanOrEqual(2);
  });
});
