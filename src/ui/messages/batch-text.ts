// The batch view's messages ('batch.*' in src/messages: buttons, column headings, statuses, link notes,
// progress): bt(lang, key, params) is msg(lang, `batch.${key}`, params).
import { msg, type Lang, type SubKey, type MessageParams } from '../../messages/index.ts';

export type BatchTextKey = SubKey<'batch'>;

export function bt(lang: Lang, key: BatchTextKey, params: MessageParams = {}): string {
  return msg(lang, `batch.${key}`, params);
}
