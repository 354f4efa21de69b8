// Messages between the page and the parse worker (parse-worker.ts, parse-client.ts). The worker parses and runs
// the workbench's full check; tables come back as WireTables (parse-wire.ts), their buffers transferred.
import type { ParsedDocument, ParseProblem } from '../engine/document.ts';
import type { Finding } from '../engine/finding.ts';
import type { PasteInput } from '../paste/index.ts';
import type { FullCheck } from './model/full-check.ts';
import type { FindingList, WireTable } from './parse-wire.ts';

export interface ParseRequest {
  readonly input: PasteInput;
  /** rule ids switched off in the workbench (the full check skips them) */
  readonly disabled: readonly string[];
}

export type WireDocument = Omit<ParsedDocument, 'tables'> & { readonly tables: readonly WireTable[] };

/** What the progress bar says: reading the input, checking it, or taking the result into the page. */
export type ParsePhase = 'parse' | 'check' | 'load';

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'findings'; readonly list: FindingList; readonly items: readonly Finding[] }
  | { readonly type: 'progress'; readonly phase: ParsePhase; readonly done: number; readonly total: number }
  /** the check's finding lists are empty here: they came before, in 'findings' slices */
  | { readonly type: 'parsed'; readonly doc: WireDocument; readonly check: FullCheck }
  | { readonly type: 'failed'; readonly reason: ParseProblem }
  | { readonly type: 'crashed'; readonly message: string };
