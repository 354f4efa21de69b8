// pdf.js in the browser, loaded on first use: its worker is bundled (inlined as a blob in the single-file
// build, a separate file otherwise) and the Chinese character maps (Adobe-GB1, GB*, UniGB*) are bundled
// and handed to pdf.js from memory, so a PDF is read offline and from file:// with no request.
import type { PdfJsLike, PdfLoader } from '../../paste/pdf/read.ts';
import { dataUrlBytes } from './data-url.ts';

type Lazy = () => Promise<string>;
// Vite turns each character map into a data: URL in its own lazy chunk (inlined in the single-file build)
const CMAPS = import.meta.glob<string>(
  ['/node_modules/pdfjs-dist/cmaps/Adobe-GB1-*.bcmap', '/node_modules/pdfjs-dist/cmaps/*GB*.bcmap', '/node_modules/pdfjs-dist/cmaps/Identity-*.bcmap'],
  { query: '?inline', import: 'default' },
) as Record<string, Lazy>;

/** pdf.js's BinaryDataFactory, answering from the bundled maps instead of fetching. */
class BundledData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const lazy = kind === 'cMapUrl' ? CMAPS[`/node_modules/pdfjs-dist/cmaps/${filename}`] : undefined;
    if (!lazy) throw new Error(`not bundled: ${kind} ${filename}`);
    return dataUrlBytes(await lazy());
  }
}

let loading: Promise<{ pdfjs: PdfJsLike; params: Record<string, unknown> }> | null = null;

/** One worker for every document: handed to pdf.js as a PDFWorker, it outlives each document's destroy(). */
async function startWorker(pdfjs: { PDFWorker: new (o: { port: Worker }) => unknown }): Promise<unknown> {
  const mod = __SINGLE_FILE__
    ? await import('pdfjs-dist/build/pdf.worker.min.mjs?worker&inline')
    : await import('pdfjs-dist/build/pdf.worker.min.mjs?worker');
  return new pdfjs.PDFWorker({ port: new mod.default() });
}

export const browserPdfLoader: PdfLoader = {
  load() {
    loading ??= (async () => {
      const pdfjs = await import('pdfjs-dist');
      const worker = await startWorker(pdfjs as never);
      return {
        pdfjs: pdfjs as unknown as PdfJsLike,
        params: {
          cMapUrl: 'bundled:/', cMapPacked: true, useWorkerFetch: false, BinaryDataFactory: BundledData,
          isEvalSupported: false, enableXfa: false, verbosity: 0, worker,
        },
      };
    })().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  },
};
