// Browser side of the exports: save a built file (Blob + temporary link) and print the audit report through a
// hidden same-origin iframe, so the printout holds the report alone and the browser's print dialog gives the PDF.
import type { ParsedDocument } from '../../engine/document.ts';

export const MIME = {
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Characters no file system takes (and blanks) become "_"; at most 80 characters. */
export function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80);
}

/** "赣州市医疗保障局-2023-勾稽" — the base name of a document's exports. */
export function exportFileBase(doc: ParsedDocument): string {
  const parts = [doc.department ?? doc.title ?? 'gouji', doc.year !== null ? String(doc.year) : null, '勾稽'];
  return safeFileName(parts.filter(Boolean).join('-'));
}

/** The one download helper (exports, batch, draft backups, exercises): a Blob behind a temporary link, which
 *  works from file:// too. The URL is revoked after a while, not at once, so a large file can still start. */
export function saveFile(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints an HTML document without leaving the page; the frame is removed once printing is done. */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('data-testid', 'exports.print-frame');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.addEventListener('load', () => {
    const win = frame.contentWindow;
    if (!win) return;
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.focus();
    win.print();
  }, { once: true });
  frame.srcdoc = html;
  document.body.append(frame);
}
