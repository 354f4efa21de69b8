// The browser bits the drafts layer needs, each replaceable in tests: which draft this tab has open
// (sessionStorage survives a reload of the tab, not a new tab), a file download, reading a picked file.
import { MIME, saveFile } from '../exports/download.ts';

export interface TabMemory {
  get(): string | null;
  set(id: string | null): void;
}

const KEY = 'gouji.draft';

/** sessionStorage when the page may use it (file:// and some private modes refuse): else memory only. */
export function sessionMemory(): TabMemory {
  let fallback: string | null = null;
  const storage = (): Storage | null => {
    try {
      return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    get() {
      try {
        return storage()?.getItem(KEY) ?? fallback;
      } catch {
        return fallback;
      }
    },
    set(id) {
      fallback = id;
      try {
        if (id === null) storage()?.removeItem(KEY);
        else storage()?.setItem(KEY, id);
      } catch {
        /* memory fallback already holds it */
      }
    },
  };
}

export function memoryOnly(initial: string | null = null): TabMemory {
  let id = initial;
  return { get: () => id, set: (v) => void (id = v) };
}

/** Saves a backup file (JSON) through the one download helper. */
export function browserDownload(fileName: string, text: string): void {
  saveFile(fileName, text, MIME.json);
}
