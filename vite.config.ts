// Two builds: the normal static site (dist/) and, with --mode singlefile, one self-contained
// HTML file (dist-single/gouji.html) that works opened from disk (file://).
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type { Plugin } from 'vite';

/** The single-file build is shipped as gouji.html, not index.html. */
function renameHtml(name: string): Plugin {
  return {
    name: 'gouji-rename-html',
    enforce: 'post',
    generateBundle(_opts, bundle) {
      const html = bundle['index.html'];
      if (html) html.fileName = name;
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'singlefile';
  return {
    base: './',
    plugins: [svelte(), ...(single ? [viteSingleFile(), renameHtml('gouji.html')] : [])],
    define: { __SINGLE_FILE__: JSON.stringify(single) },
    // the parse worker loads exceljs on demand like the page does; the single file inlines it (one classic script)
    worker: { format: single ? 'iife' : 'es' },
    build: single
      ? { outDir: 'dist-single', emptyOutDir: true, copyPublicDir: false }
      : { outDir: 'dist', emptyOutDir: true },
    server: { port: 5173, host: '127.0.0.1' },
    preview: { port: 4173, host: '127.0.0.1' },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
      environment: 'node',
      testTimeout: 30000,
      reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    },
  };
});
