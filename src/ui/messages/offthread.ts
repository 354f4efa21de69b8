// Wording of parsing and checking off the page (src/ui/parse-client.ts): what the progress bar says in each phase.
import type { ParsePhase } from '../parse-protocol.ts';
import { type Lang } from './registry.ts';
import { msg } from '../../messages/index.ts';

export function phaseLabel(phase: ParsePhase, lang: Lang): string {
  if (phase === 'check') return msg(lang, 'ui.phase.check');
  if (phase === 'load') return msg(lang, 'ui.phase.load');
  return msg(lang, 'ui.phase.parse');
}
