// Two builds: the normal static site (dist/) and, with --mode singlefile, one self-contained
// HTML file (dist-single/gouji.html) that works opened from disk (file://).
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

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

/**
 * The Content-Security-Policy of the built app (dev keeps Vite's own client and HMR socket working, so the
 * policy is written into built HTML only). Nothing may connect anywhere; scripts are the app's own files, or —
 * in the single file — exactly the inline scripts it was built with, by hash.
 */
export function cspPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The single file carries no public/ directory: its favicon travels inside it as a data: URI (img-src allows data:). */
function inlineFavicon(): Plugin {
  return {
    name: 'gouji-inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8').trim();
      return html.replace(/href="[^"]*favicon\.svg"/, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}

function cspMeta(): Plugin {
  return {
    name: 'gouji-csp',
    apply: 'build',
    enforce: 'post',
    // after vite-plugin-singlefile has inlined the scripts (its hook is also order: 'post' and comes first)
    generateBundle: {
      order: 'post',
      handler(_opts, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
            .filter((m) => !/\bsrc\s*=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1]!.length > 0)
            .map((m) => `sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}`);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${cspPolicy(hashes)}">`;
          file.source = html.replace(/<meta charset="UTF-8"\s*\/?>/i, (m) => `${m}\n    ${meta}`);
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'singlefile';
  return {
    base: './',
    plugins: [svelte(), ...(single ? [viteSingleFile(), renameHtml('gouji.html'), inlineFavicon()] : []), cspMeta()],
    define: { __SINGLE_FILE__: JSON.stringify(single) },
    // workers are ES modules (pdf.js's own is one); the single file inlines each worker as one classic script, so
    // the parse worker's on-demand exceljs and pdf.js's worker travel inside it
    worker: { format: single ? 'iife' : 'es' },
    // pdf.js character maps, bundled as data (src/ui/pdf/load.ts)
    assetsInclude: ['**/*.bcmap'],
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
