// Wording of the drafts UI: labels, save states, banners for storage problems, backup-file problems and
// short confirmations. Codes come from src/store and drafts.svelte.ts; only this file holds prose.
import { isMessageKey, msg, type Lang, type MessageKey, type SubKey, type MessageParams } from '../../messages/index.ts';

export type DraftsTextKey = SubKey<'drafts'>;


export function dt(lang: Lang, key: DraftsTextKey, params: MessageParams = {}): string {
  return msg(lang, `drafts.${key}`, params);
}

/** The message key of a store failure (problem_<code>). */
export function problemKey(code: string): DraftsTextKey {
  const key = `problem_${code}`;
  return isTextKey(key) ? key : 'problem_read_failed';
}

/** Whether a key exists (codes from the store are looked up as problem_<code>, reason_<code>). */
export function isTextKey(key: string): key is DraftsTextKey {
  return isMessageKey(`drafts.${key}`);
}
