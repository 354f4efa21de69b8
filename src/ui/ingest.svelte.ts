// Getting content into the workbook: clipboard pastes and opened or dropped files are parsed and checked off the
// page (parse-client.ts) with a progress indicator and a cancel button; the result replaces the workbook or
// joins it, and the replaced workbook can be restored (no lost data). The shipped sample is parsed here.
import { parseInput, type PasteInput } from '../paste/index.ts';
import type { ParsedDocument, ParseProblem, ParseResult } from '../engine/document.ts';
import { DEFAULT_MAX_BYTES } from '../paste/decode.ts';
import { parseAndCheck, type Opened } from './parse-client.ts';
import type { ParsePhase } from './parse-protocol.ts';
import { checkApplies, type FullCheck } from './model/full-check.ts';
import { describeProblem, tableNames } from './messages/index.ts';
import { browserPdfLoader } from './pdf/load.ts';
import { isPdfName, pdfSource } from './pdf/source.svelte.ts';
import { appendDocument, shouldReplace } from './model/workbook.ts';
import { headingDiffers } from './drafts/change.ts';
import { companionPairs, joinCompanion, joinRefusal } from '../checks/companion.ts';
import { pairProfile, planPairs } from '../checks/companion-evidence.ts';
import { mapOf, setOf } from './model/snapshots.ts';
import type { Workbench } from './workbench.svelte.ts';

export type { PasteInput };

/** Files opened at once that are read first to pair a 说明 with its tables by content (more: 批量打开). */
const MAX_CONTENT_PAIRING = 12;

/** The tables file of a 说明 file; `evidence` when they were paired by what they print, not by name. */
type Companion = { doc: ParsedDocument; fileName: string; evidence?: Record<string, string | number> };

/** A report without tables still replaces the workbook when it has at least this much prose. */
const MIN_NARRATIVE_CHARS = 200;

export class Ingest {
  progress = $state.raw<{ phase: ParsePhase; done: number; total: number } | null>(null);
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
    // a 说明 file opened with its tables file (X + X_tables, src/checks/companion.ts) is one document
    const pairs = companionPairs(files.map((f) => f.name));
    const named = setOf([...pairs.keys(), ...pairs.values()]);
    const companionOf = (name: string) => files.find((f) => pairs.get(f.name) === name);
    // the others are read first when several are opened: a 说明 and a tables file printing the same department
    // and totals are one document too (src/checks/companion-evidence.ts)
    const singles = files.filter((f) => !named.has(f.name) && f.size <= DEFAULT_MAX_BYTES);
    const pre = singles.length >= 2 && singles.length <= MAX_CONTENT_PAIRING ? await this.preRead(singles) : mapOf<string, Opened>();
    if (pre === null) { this.wb.showNotice({ kind: 'info', text: this.wb.tr('cancelled') }); return; }
    const plan = planPairs([...pre].map(([name, o]) => pairProfile(name, o.doc)));
    for (const file of files) {
      if (pairs.has(file.name) || plan.joined.has(file.name)) continue; // read with its 说明 file
      // a 200 MB file is refused before it is read into memory
      if (file.size > DEFAULT_MAX_BYTES) {
        this.fail({ code: 'too_large', severity: 'error', params: { bytes: file.size, maxBytes: DEFAULT_MAX_BYTES } }, file.name);
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const byContent = plan.joinWith.get(file.name);
      if (byContent) {
        const tables = pre.get(byContent.file)!.doc;
        await this.run({ bytes, fileName: file.name }, file.name, { doc: tables, fileName: byContent.file, evidence: byContent.evidence }, pre.get(file.name));
        continue;
      }
      const companion = companionOf(file.name);
      const other = companion && companion.size <= DEFAULT_MAX_BYTES ? await parseAndCheck({ bytes: new Uint8Array(await companion.arrayBuffer()), fileName: companion.name }, { pdf: browserPdfLoader }) : null;
      if (!companion) await this.run({ bytes, fileName: file.name }, file.name, undefined, pre.get(file.name), plan.notes.get(file.name));
      else if (other?.ok) await this.run({ bytes, fileName: file.name }, file.name, { doc: other.value.doc, fileName: companion.name });
      else {
        await this.run({ bytes, fileName: file.name }, file.name);
        await this.run({ bytes: new Uint8Array(await companion.arrayBuffer()), fileName: companion.name }, companion.name);
      }
    }
  }

  /** Each file parsed and checked, with progress; what cannot be read is left to `run` (it says why); null: cancelled. */
  private async preRead(files: readonly File[]): Promise<ReadonlyMap<string, Opened> | null> {
    const out: (readonly [string, Opened])[] = [];
    const controller = new AbortController();
    this.controller?.abort();
    this.controller = controller;
    try {
      for (const [i, f] of files.entries()) {
        this.progress = { phase: 'parse', done: i, total: files.length };
        const r = await parseAndCheck({ bytes: new Uint8Array(await f.arrayBuffer()), fileName: f.name },
          { pdf: browserPdfLoader, signal: controller.signal, disabled: [...this.wb.disabled] });
        if (controller.signal.aborted) return null;
        if (r.ok) out.push([f.name, r.value]);
      }
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.progress = null;
      }
    }
    return mapOf(out);
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

  /** `file`: the name of an opened file (the status says which file); a paste has none. `companion`: the tables
   *  file of this 说明 file, joined to it unless what they state contradicts it (then each is opened on its own, both
   *  saying why). */
  private async run(input: PasteInput, file: string | null = null, companion?: Companion, pre?: Opened,
    notes: readonly ParseProblem[] = []): Promise<void> {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.progress = { phase: 'parse', done: 0, total: 0 };
    // let the progress bar paint before parsing starts
    await new Promise((r) => setTimeout(r, 0));
    try {
      // in a worker: Cancel terminates it at once and the workbook stays as it was
      const result: ParseResult<Opened> = pre ? { ok: true, value: pre, problems: pre.doc.problems } : await parseAndCheck(input, {
        signal: controller.signal,
        pdf: browserPdfLoader,
        disabled: [...this.wb.disabled],
        onProgress: (phase, done, total) => { if (this.controller === controller) this.progress = { phase, done, total }; },
      });
      if (this.controller !== controller) return; // superseded by a newer paste
      // a Cancel pressed while the last step ran on the page (the check without a worker) still wins
      if (!result.ok || controller.signal.aborted) {
        if (!result.ok && result.reason.code !== 'cancelled') this.fail(result.reason, file);
        else this.wb.showNotice({ kind: 'info', text: this.wb.tr('cancelled') });
        return;
      }
      const { doc: read, check } = result.value;
      const parsed = notes.length > 0 ? { ...read, problems: [...read.problems, ...notes] } : read;
      // a pair joined by content was decided on what both print: no refusal to look for
      const refusal = companion && !companion.evidence ? joinRefusal(parsed, companion.doc) : null;
      const note = (d: ParsedDocument, name: string): ParsedDocument => (refusal
        ? { ...d, problems: [...d.problems, { code: 'companion_not_joined', severity: 'warning', params: { file: name, reason: refusal } }] } : d);
      const joinedPair = companion !== undefined && !refusal;
      const doc = joinedPair ? joinCompanion(parsed, companion.doc, companion.fileName, companion.evidence) : note(parsed, companion?.fileName ?? '');
      // the worker's check was made on this file alone: a joined pair (or one with a note added) is checked afresh
      const replaced = this.accept(doc, joinedPair || refusal || notes.length > 0 ? null : check, file);
      // a joined pair's tables come from another file: its pages are not this PDF's, so no PDF view for it
      if (input.bytes && isPdfName(input.fileName) && parsed.pages && !joinedPair) pdfSource.current = { name: input.fileName!, bytes: input.bytes, doc };
      else if (replaced) pdfSource.current = null;
      if (companion && refusal) this.accept(note(companion.doc, input.fileName ?? ''), null, companion.fileName);
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.progress = null;
      }
    }
  }

  /** true when the document replaced the workbook */
  private accept(doc: ParsedDocument, check: FullCheck | null, file: string | null): boolean {
    const wb = this.wb;
    const problems = doc.problems;
    if (doc.tables.length === 0 && doc.narrative.text.trim().length < MIN_NARRATIVE_CHARS) {
      wb.showNotice({ kind: 'error', text: file ? wb.tr('noTablesInFile', { file }) : wb.tr('noTablesFound'), problems });
      return false;
    }
    if (shouldReplace(wb.doc, doc, wb.isSample)) {
      const hadWork = !wb.isSample && (wb.doc.tables.length > 0 || wb.doc.narrative.text !== '');
      // another department's or year's report becomes a draft of its own; the current draft stays in the list
      const another = hadWork && this.storesDrafts() && headingDiffers(wb.doc, doc);
      const restorable = hadWork && !another;
      this.previous = restorable ? { doc: wb.doc, sample: wb.isSample } : null;
      this.canRestore = restorable;
      // the check made with the parse stands when nothing of the workbook's own rules carries over
      wb.load(doc, { check: check && checkApplies(check, wb.disabled) && !wb.hasCustomRulesFor(doc) ? check : null });
      const tables = doc.tables.length;
      const text = another ? wb.tr('openedAsNewDraft')
        : file ? wb.tr(restorable ? 'openedFileReplaced' : 'openedFile', { file, tables })
        : wb.tr(restorable ? 'pastedReportReplaced' : 'pastedReport', { tables });
      wb.showNotice({ kind: 'info', text, problems, canRestore: restorable });
      return true;
    }
    const { doc: merged, added } = appendDocument(wb.doc, doc);
    const keep = { active: added[0] ?? wb.active };
    wb.load(merged);
    wb.active = keep.active;
    const tableName = tableNames(merged.tables, wb.lang);
    const names = added.map((id) => tableName.get(id) ?? id).join(wb.tr('nameSep'));
    wb.showNotice({ kind: 'info', text: file ? wb.tr('addedSheetsFrom', { file, names }) : wb.tr('addedSheets', { names }), problems });
    return false;
  }

  private fail(reason: Parameters<typeof describeProblem>[0], file: string | null = null): void {
    const wb = this.wb;
    const why = describeProblem(reason, wb.lang);
    wb.showNotice({ kind: 'error', text: file ? wb.tr('openFailed', { file, reason: why }) : wb.tr('pasteFailed', { reason: why }), problems: [reason] });
  }
}
