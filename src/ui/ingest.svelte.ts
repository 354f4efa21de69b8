// Getting content into the workbook: clipboard pastes, opened or dropped files and the shipped sample go
// through parseInput with a progress indicator and a cancel button; the result replaces the workbook or
// joins it, and the replaced workbook can be restored (no lost data).
import { parseInput, type PasteInput } from '../paste/index.ts';
import type { ParsedDocument } from '../engine/document.ts';
import { DEFAULT_MAX_BYTES } from '../paste/decode.ts';
import { parseOffThread } from './parse-client.ts';
import { describeProblem, tableNames } from './messages/index.ts';
import { browserPdfLoader } from './pdf/load.ts';
import { isPdfName, pdfSource } from './pdf/source.svelte.ts';
import { appendDocument, shouldReplace } from './model/workbook.ts';
import { headingDiffers } from './drafts/change.ts';
import type { Workbench } from './workbench.svelte.ts';

export type { PasteInput };

/** A report without tables still replaces the workbook when it has at least this much prose. */
const MIN_NARRATIVE_CHARS = 200;

export class Ingest {
  progress = $state.raw<{ done: number; total: number } | null>(null);
  canRestore = $state(false);
  private controller: AbortController | null = null;
  private previous: { doc: ParsedDocument; sample: boolean } | null = null;
  /** whether the workbook is kept as drafts (set by the page): then another report opens as a new draft */
  storesDrafts: () => boolean = () => false;

  constructor(private readonly wb: Workbench) {}

  get busy(): boolean {
    return this.progress !== null;
  }

  async loadSample(): Promise<void> {
    // imported, not fetched: the single-file build opened from file:// cannot fetch
    const { default: text } = await import('../../public/sample-report.txt?raw');
    const result = await parseInput({ text, fileName: 'sample-report.txt' });
    if (result.ok) this.wb.load(result.value, { sample: true });
    else this.fail(result.reason);
  }

  async fromFiles(files: readonly File[]): Promise<void> {
    for (const file of files) {
      // a 200 MB file is refused before it is read into memory
      if (file.size > DEFAULT_MAX_BYTES) {
        this.fail({ code: 'too_large', severity: 'error', params: { bytes: file.size, maxBytes: DEFAULT_MAX_BYTES } });
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      await this.run({ bytes, fileName: file.name });
    }
  }

  fromClipboard(input: PasteInput): Promise<void> {
    return this.run(input);
  }

  cancel(): void {
    this.controller?.abort();
  }

  restore(): void {
    if (!this.previous) return;
    const { doc, sample } = this.previous;
    this.previous = null;
    this.canRestore = false;
    this.wb.load(doc, { sample });
    this.wb.showNotice(null);
  }

  private async run(input: PasteInput): Promise<void> {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.progress = { done: 0, total: 0 };
    // let the progress bar paint before parsing starts
    await new Promise((r) => setTimeout(r, 0));
    try {
      // in a worker: Cancel terminates it at once and the workbook stays as it was
      const result = await parseOffThread(input, {
        signal: controller.signal,
        pdf: browserPdfLoader,
        onProgress: (done, total) => { if (this.controller === controller) this.progress = { done, total }; },
      });
      if (this.controller !== controller) return; // superseded by a newer paste
      if (!result.ok) {
        if (result.reason.code === 'cancelled') this.wb.showNotice({ kind: 'info', text: this.wb.tr('cancelled') });
        else this.fail(result.reason);
        return;
      }
      const replaced = this.accept(result.value);
      if (input.bytes && isPdfName(input.fileName) && result.value.pages) pdfSource.current = { name: input.fileName!, bytes: input.bytes, doc: result.value };
      else if (replaced) pdfSource.current = null;
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.progress = null;
      }
    }
  }

  /** true when the document replaced the workbook */
  private accept(doc: ParsedDocument): boolean {
    const wb = this.wb;
    const problems = doc.problems;
    if (doc.tables.length === 0 && doc.narrative.text.trim().length < MIN_NARRATIVE_CHARS) {
      wb.showNotice({ kind: 'error', text: wb.tr('noTablesFound'), problems });
      return false;
    }
    if (shouldReplace(wb.doc, doc, wb.isSample)) {
      const hadWork = !wb.isSample && (wb.doc.tables.length > 0 || wb.doc.narrative.text !== '');
      // another department's or year's report becomes a draft of its own; the current draft stays in the list
      const another = hadWork && this.storesDrafts() && headingDiffers(wb.doc, doc);
      const restorable = hadWork && !another;
      this.previous = restorable ? { doc: wb.doc, sample: wb.isSample } : null;
      this.canRestore = restorable;
      wb.load(doc);
      wb.showNotice({ kind: 'info', text: wb.tr(another ? 'openedAsNewDraft' : 'replacedWorkbook'), problems, canRestore: restorable });
      return true;
    }
    const { doc: merged, added } = appendDocument(wb.doc, doc);
    const keep = { active: added[0] ?? wb.active };
    wb.load(merged);
    wb.active = keep.active;
    const names = tableNames(merged.tables, wb.lang);
    wb.showNotice({ kind: 'info', text: wb.tr('addedSheets') + added.map((id) => names.get(id) ?? id).join('、'), problems });
    return false;
  }

  private fail(reason: Parameters<typeof describeProblem>[0]): void {
    const wb = this.wb;
    wb.showNotice({ kind: 'error', text: wb.tr('pasteFailed') + describeProblem(reason, wb.lang), problems: [reason] });
  }
}
