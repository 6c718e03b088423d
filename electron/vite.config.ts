import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

// Electron provides these at run time; everything else (zod, shared/) is bundled in.
const external = ['electron', /^electron\/.+/, ...builtinModules, /^node:/];

/**
 * One self-contained CommonJS file per entry. The preload in particular must not share a
 * chunk with main: a sandboxed preload can require 'electron' but no file of ours.
 */
function nodeBundle(entry: string, fileName: string, emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir: 'dist-electron',
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [fileName.replace(/\.cjs$/, '')]: entry },
        external,
        platform: 'node',
        output: {
          format: 'cjs',
          entryFileNames: fileName,
          codeSplitting: false,
        },
      },
    },
  };
}

export default defineConfig({
  root: appRoot,
  publicDir: false,
  logLevel: 'info',
  environments: {
    main: nodeBundle('electron/main.ts', 'main.cjs', true),
    preload: nodeBundle('electron/preload.cts', 'preload.cjs', false),
  },
  builder: {
    // Sequential: main empties dist-electron first, then the preload is written beside it.
    async buildApp(builder) {
      await builder.build(builder.environments.main);
      await builder.build(builder.environments.preload);
    },
  },
});
