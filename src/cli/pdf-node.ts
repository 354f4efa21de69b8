// pdf.js for Node (the CLI and tests): the legacy build, run without a separate worker, with the
// character maps read from the installed package so Chinese text extracts offline.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJsLike, PdfLoader } from '../paste/pdf/read.ts';

export const nodePdfLoader: PdfLoader = {
  async load() {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return {
      pdfjs,
      params: {
        cMapUrl: join(root, 'cmaps') + '/',
        cMapPacked: true,
        standardFontDataUrl: join(root, 'standard_fonts') + '/',
        verbosity: 0,
        isEvalSupported: false,
      },
    };
  },
};
