// What a batch is made of: files picked with <input multiple>, a folder picked with webkitdirectory, or files and
// folders dropped on the page (DataTransferItem.webkitGetAsEntry, read recursively). Each file keeps its path
// inside the folder; files the checker does not read are kept too, so the summary can list them as skipped.

/** one collator for every comparison (localeCompare with a locale builds one per call: a 1,000-row sort took 0.8 s) */
const COLLATOR = new Intl.Collator('zh-CN');

/** Extensions the checker reads (parseInput); anything else in a batch is listed as skipped. */
export const BATCH_EXTENSIONS: ReadonlySet<string> = new Set(['txt', 'tsv', 'csv', 'html', 'htm', 'xlsx', 'xlsm', 'pdf', 'docx']);

export interface BatchEntry {
  /** the file's path inside the folder (or its name); unique within one batch */
  readonly path: string;
  readonly file: File;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isReportFile(name: string): boolean {
  return BATCH_EXTENSIONS.has(extensionOf(name));
}

/** Hidden files (.DS_Store, ._x, files under .git) are not the reviewer's documents: they are left out. */
function hidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** Sorted by path; duplicate paths (the same file dropped twice) get a suffix so every row has its own key. */
export function entriesOf(list: readonly { path: string; file: File }[]): BatchEntry[] {
  const seen = new Map<string, number>();
  return list
    .filter((e) => !hidden(e.path))
    .sort((a, b) => COLLATOR.compare(a.path, b.path))
    .map((e) => {
      const n = (seen.get(e.path) ?? 0) + 1;
      seen.set(e.path, n);
      return { path: n === 1 ? e.path : `${e.path} (${n})`, file: e.file };
    });
}

/** Files from an <input type=file> (webkitRelativePath is set when a folder was picked). */
export function pickedEntries(files: Iterable<File>): BatchEntry[] {
  return entriesOf([...files].map((file) => ({ path: file.webkitRelativePath || file.name, file })));
}

/** Files and folders dropped on the page, folders read recursively. */
export async function droppedEntries(data: DataTransfer): Promise<BatchEntry[]> {
  const roots = [...data.items].filter((i) => i.kind === 'file').map((i) => i.webkitGetAsEntry?.() ?? null);
  if (roots.some((r) => r === null)) return pickedEntries(data.files); // no entry API: the flat file list
  const out: { path: string; file: File }[] = [];
  for (const root of roots) await walk(root!, out);
  return entriesOf(out);
}

/** Whether a drop holds a folder or several files (a batch) rather than one file for the workbench. */
export function isBatchDrop(data: DataTransfer | null): boolean {
  if (!data) return false;
  const items = [...data.items].filter((i) => i.kind === 'file');
  return items.length > 1 || items.some((i) => i.webkitGetAsEntry?.()?.isDirectory === true);
}

async function walk(entry: FileSystemEntry, out: { path: string; file: File }[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) => (entry as FileSystemFileEntry).file(resolve, () => resolve(null)));
    if (file) out.push({ path, file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in chunks (about 100 at a time in Chromium) until an empty one
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (chunk.length === 0) break;
    for (const child of chunk) await walk(child, out);
  }
}
