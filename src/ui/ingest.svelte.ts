// Getting content into the workbook: clipboard pastes, opened or dropped files and the shipped sample go
// through parseInput with a progress indicator and a cancel button; the result replaces the workbook or
// joins it, and the replaced workbook can be restored (no lost data).
import { parseInput, type PasteInput } from '../paste/index.ts';
import type { ParsedDocument } from '../engine/document.ts';
import { parseOffThread } from './parse-client.ts';
import { describeProblem } from './messages/index.ts';
import { appendDocument, shouldReplace } from './model/workbook.ts';
import type { Workbench } from './workbench.svelte.ts';

export type { PasteInput };

/** A report without tables still replaces the workbook when it has at least this much prose. */
const MIN_NARRATIVE_CHARS = 200;

export class Ingest {
  progress = $state.raw<{ done: number; total: number } | null>(null);
  canRestore = $state(false);
  private controller: AbortController | null = null;
  private previous: { doc: ParsedDocument; sample: boolean } | null = null;

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
        onProgress: (done, total) => { if (this.controller === controller) this.progress = { done, total }; },
      });
      if (this.controller !== controller) return; // superseded by a newer paste
      if (!result.ok) {
        if (result.reason.code === 'cancelled') this.wb.showNotice({ kind: 'info', text: this.wb.tr('cancelled') });
        else this.fail(result.reason);
        return;
      }
      this.accept(result.value);
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.progress = null;
      }
    }
  }

  private accept(doc: ParsedDocument): void {
    const wb = this.wb;
    const problems = doc.problems;
    if (doc.tables.length === 0 && doc.narrative.text.trim().length < MIN_NARRATIVE_CHARS) {
      wb.showNotice({ kind: 'error', text: wb.tr('noTablesFound'), problems });
      return;
    }
    if (shouldReplace(wb.doc, doc, wb.isSample)) {
      const hadWork = !wb.isSample && (wb.doc.tables.length > 0 || wb.doc.narrative.text !== '');
      this.previous = hadWork ? { doc: wb.doc, sample: wb.isSample } : null;
      this.canRestore = hadWork;
      wb.load(doc);
      wb.showNotice({ kind: 'info', text: wb.tr('replacedWorkbook'), problems, canRestore: hadWork });
      return;
    }
    const { doc: merged, added } = appendDocument(wb.doc, doc);
    const keep = { active: added[0] ?? wb.active };
    wb.load(merged);
    wb.active = keep.active;
    wb.showNotice({ kind: 'info', text: wb.tr('addedSheets') + added.join('、'), problems });
  }

  private fail(reason: Parameters<typeof describeProblem>[0]): void {
    const wb = this.wb;
    wb.showNotice({ kind: 'error', text: wb.tr('pasteFailed') + describeProblem(reason, wb.lang), problems: [reason] });
  }
}
