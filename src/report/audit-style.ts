// The audit report's only stylesheet, inlined (no external resources): readable on screen, and on paper A4
// with the summary alone on the first page, each major section on a new page (never a blank one: the first
// section never breaks before itself), page numbers in the footer, table headers repeated on every page and
// rows never split.
import { PAGE_FOOTER } from '../ui/messages/index.ts';
import type { ReportLang } from './labels.ts';

export function auditCss(lang: ReportLang): string {
  return AUDIT_CSS.replace('@page { size: A4; margin: 14mm 12mm 16mm; }',
    `@page { size: A4; margin: 14mm 12mm 16mm; @bottom-center { content: ${PAGE_FOOTER[lang]}; font-size: 8pt; color: #5f6368; } }`);
}

export const AUDIT_CSS = `
:root { --error: #b3261e; --warning: #8a5a00; --info: #1f5f99; --muted: #5f6368; --rule: #c9ccd1; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
  font-size: 10pt; line-height: 1.45; color: #1b1b1b; margin: 0 auto; padding: 16px; max-width: 1100px; }
h1 { font-size: 17pt; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 18px 0 8px; border-bottom: 2px solid #333; padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 14px 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
dl.doc { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.doc dt { color: var(--muted); }
dl.doc dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
th, td { border: 1px solid var(--rule); padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #eef0f3; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .formula { font-family: "Noto Sans Mono CJK SC", Consolas, monospace; font-size: 9pt; overflow-wrap: anywhere; }
table.findings { table-layout: fixed; }
table.findings col.c-n { width: 4%; }
table.findings col.c-place { width: 12%; }
table.findings col.c-rule { width: 26%; }
table.findings col.c-num { width: 7%; }
table.findings col.c-msg { width: 37%; }
table.findings td { overflow-wrap: anywhere; }
h4 { font-size: 10pt; margin: 10px 0 4px; }
table.problems { table-layout: fixed; }
table.problems col.p-id { width: 9%; }
table.problems col.p-sev { width: 8%; }
.summary dl.doc { grid-template-columns: max-content 1fr max-content 1fr; }
.summary table.tables td, .summary table.tables th { padding: 1px 5px; }
.ops { margin: 2px 0 0; padding: 0; list-style: none; font-size: 8.5pt; color: #333; }
.ops li { display: inline; }
.ops li + li::before { content: "；"; }
.small { font-size: 8.5pt; color: var(--muted); }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 8.5pt; white-space: nowrap; }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.badge.explained { background: #2e7d32; }
tr[data-severity="error"] > td:first-child { border-left: 4px solid var(--error); }
tr[data-severity="warning"] > td:first-child { border-left: 4px solid var(--warning); }
tr[data-severity="info"] > td:first-child { border-left: 4px solid var(--info); }
blockquote.sentence { margin: 4px 0 0; padding: 2px 8px; border-left: 3px solid var(--rule); color: #333; }
.note { margin: 4px 0 0; padding: 3px 6px; background: #f1f8e9; border: 1px solid #c5e1a5; white-space: pre-wrap; }
.counts td.num { font-size: 11pt; }
.empty { color: var(--muted); font-style: italic; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.page-break { break-before: page; }
  main > section:first-child { break-before: auto; }
  table.counts, table.tables { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, blockquote, .note { break-inside: avoid; }
}
`;
