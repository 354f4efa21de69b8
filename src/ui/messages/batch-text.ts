// Wording of the batch view (many reports at once): buttons, column headings, statuses, link notes, progress.
import { msg, type Lang, type SubKey, type MessageParams } from '../../messages/index.ts';

export type BatchTextKey = SubKey<'batch'>;


export function bt(lang: Lang, key: BatchTextKey, params: MessageParams = {}): string {
  return msg(lang, `batch.${key}`, params);
}
