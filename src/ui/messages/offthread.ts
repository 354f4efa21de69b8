// Wording of parsing and checking off the page (src/ui/parse-client.ts): what the progress bar says in each phase.
import type { ParsePhase } from '../parse-protocol.ts';
import { t, type Lang } from './registry.ts';

export function phaseLabel(phase: ParsePhase, lang: Lang): string {
  if (phase === 'check') return t(lang, '正在核对…', 'Checking…');
  if (phase === 'load') return t(lang, '正在载入表格…', 'Loading the tables…');
  return t(lang, '正在解析…', 'Parsing…');
}
