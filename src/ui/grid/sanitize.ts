// Handsontable's `sanitizer`: the second layer behind our own escaping of headers (grid-view.ts) and the
// inert parsing of clipboard HTML in src/paste. Whatever the grid would assign to innerHTML (headers, HTML
// pasted into cells) passes through an allowlist: table structure and plain inline text elements survive,
// every attribute except colspan/rowspan/class is dropped, everything else is reduced to its text.

const KEEP = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'COLGROUP', 'COL', 'CAPTION',
  'BR', 'SPAN', 'B', 'STRONG', 'I', 'EM', 'P', 'DIV', 'SUP', 'SUB', 'FONT']);
/** dropped with their content: never text a reviewer meant to paste */
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'MATH', 'TITLE', 'META', 'LINK']);
const ATTRS = new Set(['colspan', 'rowspan', 'class']);

function clean(node: Element): void {
  for (const child of [...node.children]) {
    if (DROP.has(child.tagName.toUpperCase())) {
      child.remove();
      continue;
    }
    clean(child);
    if (!KEEP.has(child.tagName.toUpperCase())) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    for (const a of [...child.attributes]) if (!ATTRS.has(a.name.toLowerCase())) child.removeAttribute(a.name);
  }
}

export function sanitizeHtml(content: string, source?: string): string {
  // Handsontable's own clipboard payload is parsed into an inert document by the grid (see its docs)
  if (source === 'CopyPaste.paste.sourceData') return content;
  const doc = new DOMParser().parseFromString(content, 'text/html');
  clean(doc.body);
  return doc.body.innerHTML;
}
