// The one wording layer: every sentence the UI, the reports and the CLI show comes from the message tables of
// ./zh and ./en (same keys in both; placeholders written {name}) through msg(). Logic that builds a sentence from
// a finding (operand lists, formulas) lives beside its domain (src/ui/messages/*) and takes its words from here.
import ZH from './zh/index.ts';
import EN from './en/index.ts';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof ZH;
/** The keys under a domain without its prefix: SubKey<'ui'> is 'appTitle' | 'hint' | … */
export type SubKey<D extends string> = MessageKey extends infer K ? (K extends `${D}.${infer S}` ? S : never) : never;
export type MessageParams = Readonly<Record<string, string | number>>;

const TABLES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh: ZH, en: EN };

/** The message `key` in `lang` with its {placeholders} filled; a placeholder without a value stays visible. */
export function msg(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill(TABLES[lang][key], params);
}

/** Whether a key computed from a code (e.g. `drafts.problem_${code}`) has a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ZH, key);
}

/** The placeholders of a message text ("{n} 张表" → ["n"]). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

function fill(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

export const ZH_MESSAGES: Readonly<Record<MessageKey, string>> = ZH;
export const EN_MESSAGES: Readonly<Record<MessageKey, string>> = EN;
