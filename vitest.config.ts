import { configDefaults, defineConfig } from 'vitest/config';

/** A socket of the test CouchDB server cut off when a sync test stops the server mid-request (sync.test.ts). */
function isCutOffSocket(error: Error & { cause?: { code?: string }; code?: string; syscall?: string }): boolean {
  if (error.code === 'ECONNRESET' && error.syscall === 'read') return true; // the bare socket error, seen under load
  return error.message === 'fetch failed' && ['ECONNRESET', 'UND_ERR_SOCKET', 'ECONNREFUSED'].includes(error.cause?.code ?? '');
}

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // bench/tmp holds the benchmark's builds and scratch files, never tests of the app.
    exclude: [...configDefaults.exclude, 'bench/tmp/**'],
    environment: 'node',
    // PouchDB's replication can drop the promise of a request the stopped server cut off (its own retry has taken
    // over and the test checks that everything arrives): that one rejection is not a failure of the suite.
    onUnhandledError: (error) => !isCutOffSocket(error as Error & { cause?: { code?: string }; code?: string; syscall?: string }),
  },
});
