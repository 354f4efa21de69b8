// Browser benchmark: the built app in Debian's Chromium through playwright-core. Filled in against the
// workbench's test hooks; throws (and the runner says "not measured") when the build or browser is missing.
export interface BrowserFigures {
  paste_to_highlight_ms: number;
  edit_to_highlight_ms: number;
  initial_js_gzip_kb: number;
}

export async function benchBrowser(): Promise<BrowserFigures> {
  throw new Error('the workbench has not landed yet');
}
