// Reading the clipboard and dropped files for the document-level handlers: which events belong to an
// editor (an input, the grid's cell editor) and what a DataTransfer holds. Clipboard HTML is passed on
// as a string only; it is parsed inertly by src/paste and never inserted into the page.
import type { PasteInput } from './ingest.svelte.ts';

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Clipboard content for parseInput: HTML when there is some (tables keep their cells), plus the text. */
export function clipboardInput(data: DataTransfer | null): PasteInput | null {
  if (!data) return null;
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html.trim() === '' && text.trim() === '') return null;
  return html.trim() !== '' ? { html, text } : { text };
}

export const ACCEPTED_FILES = '.pdf,.docx,.txt,.tsv,.csv,.xlsx,.html,.htm,.doc,.xls,.et,.wps';

export function droppedFiles(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}
