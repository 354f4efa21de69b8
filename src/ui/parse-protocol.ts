// Messages between the page and the parse worker (parse-worker.ts, parse-client.ts).
import type { ParsedDocument, ParseProblem } from '../engine/document.ts';
import type { PasteInput } from '../paste/index.ts';
import type { StoredTable } from '../store/schema.ts';

export interface ParseRequest {
  readonly input: PasteInput;
}

export type TransferredDocument = Omit<ParsedDocument, 'tables'> & { readonly tables: readonly StoredTable[] };

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'parsed'; readonly doc: TransferredDocument }
  | { readonly type: 'failed'; readonly reason: ParseProblem }
  | { readonly type: 'crashed'; readonly message: string };
