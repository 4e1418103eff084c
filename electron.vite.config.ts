import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Three bundles: main as ESM (package.json "type": "module"), the preload as CommonJS because
 * sandboxed preloads cannot load ESM, and the renderer as a plain Vite app.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The PDF inspection worker is its own entry: it is started by file (electron/files/pdfInspector.ts).
      rollupOptions: {
        input: { main: resolve('electron/main.ts'), pdfWorker: resolve('electron/files/pdfWorker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
