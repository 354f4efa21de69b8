// Cleaned narrative → sections (一、…), numbered blocks ((一)/1、) and sentences with their tokens.
// Numbers are only ever bound inside one section: the checks look no further than these indices.
import { cleanNarrative, HEADING_START_RE } from './normalise.ts';
import type { PreparedNarrative, Section, Sentence } from './model.ts';
import { scanTokens } from './tokens.ts';

const TOP_RE = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;

export function prepareNarrative(text: string): PreparedNarrative {
  const { clean, origin } = cleanNarrative(text);
  const sections: Section[] = [{ index: 0, title: '' }];
  const sentences: Sentence[] = [];
  let block = 0;
  let start = 0;
  const flush = (end: number) => {
    let s = start;
    while (s < end && /[\s，；]/.test(clean[s]!)) s++;
    start = end;
    if (s >= end) return;
    const body = clean.slice(s, end);
    if (!/\S/.test(body.replace(/[。！？\n]/g, ''))) return;
    if (TOP_RE.test(body)) {
      sections.push({ index: sections.length, title: body.replace(/[。\n]$/, '') });
      block++;
    } else if (HEADING_START_RE.test(body)) block++;
    sentences.push({
      index: sentences.length, start: s, end, text: body,
      tokens: scanTokens(body, s), section: sections.length - 1, block,
    });
  };
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i]!;
    if (ch === '。' || ch === '！' || ch === '？') {
      // keep a closing bracket or quote with its sentence
      let j = i + 1;
      while (j < clean.length && /[）”"。]/.test(clean[j]!)) j++;
      flush(j);
      i = j - 1;
    } else if (ch === '\n') flush(i + 1);
  }
  flush(clean.length);
  return { clean, origin, sentences, sections, source: text };
}

/** Sentences of the same block before `s`, nearest first (never crossing into another block). */
export function blockBefore(p: PreparedNarrative, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s.index - 1; i >= 0; i--) {
    const t = p.sentences[i]!;
    if (t.block !== s.block) break;
    out.push(t);
  }
  return out;
}

/** Sentences of the same top-level section, in order. */
export function sectionSentences(p: PreparedNarrative, section: number): Sentence[] {
  return p.sentences.filter((t) => t.section === section);
}
