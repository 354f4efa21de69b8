// The workbench's own labels ('ui.*' in src/messages) and the typed-rule syntax errors ('grammar.*'). All words
// live in src/messages/{zh,en}; this file only picks keys.
import { isMessageKey, msg, type Lang, type SubKey, type MessageParams } from '../messages/index.ts';

export type { Lang } from '../messages/index.ts';
type UiKey = SubKey<'ui'>;
export type { UiKey as MessageKey };

/** A workbench label ('ui.<key>' in src/messages). */
export function t(lang: Lang, key: UiKey, params?: MessageParams): string {
  return msg(lang, `ui.${key}`, params);
}

/** What parseRule reports for a rule typed wrong (shape of the engine's syntax error). */
export interface RuleSyntaxReason {
  readonly code: string;
  readonly pos: number;
  readonly expected?: string;
  readonly found?: string;
}

/** A grammar token name (RuleSyntaxError.expected) in the reviewer's words. */
export function expectedWords(lang: Lang, expected: string): string {
  const key = `grammar.expected.${expected}`;
  return isMessageKey(key) ? msg(lang, key) : msg(lang, 'grammar.unknownToken', { token: expected });
}

export function ruleSyntaxMessage(lang: Lang, r: RuleSyntaxReason): string {
  const at = r.pos + 1;
  if (r.code === 'ambiguous_unit') return msg(lang, 'grammar.ambiguousUnit', { at });
  const words = expectedWords(lang, r.expected ?? '');
  return r.found ? msg(lang, 'grammar.syntaxFound', { at, words, found: r.found }) : msg(lang, 'grammar.syntaxEnded', { at, words });
}
