// The bundled CJK font of the marked-up PDF's list (src/report/pdf-cjk.ts; Noto Sans SC 400, OFL,
// src/assets/noto-sans-sc), loaded only when that export runs: the slice list, fontkit, and each slice needed as a
// lazy module holding a data: URL (the app's CSP allows no fetch). The single file carries no font (it would grow by
// about 6 MB): there, and if the font cannot be read, the browser draws the list (list-pages.ts).
import type { CjkFontSource, FontSlice } from '../../report/pdf-cjk.ts';
import { dataUrlBytes } from './data-url.ts';

const DIR = '../../assets/noto-sans-sc/';
const SLICES: Record<string, () => Promise<string>> = __SINGLE_FILE__
  ? {}
  : import.meta.glob<string>('../../assets/noto-sans-sc/*.woff', { query: '?inline', import: 'default' });

/** The font, or null where it is not bundled (the single file). */
export async function bundledCjkFont(): Promise<CjkFontSource | null> {
  if (__SINGLE_FILE__) return null;
  const [slices, fontkit] = await Promise.all([
    import('../../assets/noto-sans-sc/slices.json').then((m) => m.default as unknown as FontSlice[]),
    import('@pdf-lib/fontkit').then((m) => m.default),
  ]);
  return {
    slices, fontkit,
    async load(file) {
      const slice = SLICES[`${DIR}${file}`];
      if (!slice) throw new Error(`font slice missing: ${file}`);
      return dataUrlBytes(await slice());
    },
  };
}
