// The reviewer's language choice, remembered across visits in localStorage (file:// and some private modes refuse
// storage: the choice then lasts for the page only). Chinese is the default.
import type { Lang } from './i18n.ts';

const KEY = 'gouji.lang';

export function rememberedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    /* not remembered: the choice still holds for this page */
  }
}
