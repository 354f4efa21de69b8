// The drafts UI's messages ('drafts.*' in src/messages: labels, save states, storage and backup problems,
// confirmations): dt(lang, key) is msg(lang, `drafts.${key}`). Codes come from src/store and drafts.svelte.ts.
import { isMessageKey, msg, type Lang, type SubKey, type MessageParams } from '../../messages/index.ts';

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
