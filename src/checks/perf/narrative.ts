// Scores and grades quoted in the report text (“项目绩效自评98分”, “…项目绩效评价得分为93.05分…评价等级为“优””)
// against the tables of the project they name — the project named in the sentence, else the nearest one
// named before it. 评价 quotes read the 部门评价表 first; 自评 quotes the 自评表, then the 汇总表.
import { Decimal } from '../../engine/decimal.ts';
import type { Finding } from '../../engine/finding.ts';
import type { ParsedDocument } from '../../engine/document.ts';
import type { Table } from '../../engine/table.ts';
import { projectNameOf, sameProject } from '../../paste/perf/index.ts';
import { gradeOf } from './scores.ts';
import { compareCopy, finding, num, rowsOf, text, type Num } from './values.ts';

const SCORE_RE = /(自评|评价)(总体)?(得分(为|是)?|)\s*(\d+(?:\.\d+)?)\s*分/g;
const GRADE_RE = /(评价等级为|评价结果为|为)\s*[“"]?(优秀|良好|优|良|中|差)[”"]?(等次|等级)?/;
const WINDOW = 1500; // characters searched back for the project a quote is about

interface Source {
  readonly name: string;
  readonly table: Table;
  readonly score: Num;
}

function sources(doc: ParsedDocument): Source[] {
  const out: Source[] = [];
  for (const t of doc.tables) {
    if (t.kind === 'P_PROJECT' || t.kind === 'P_EVAL') {
      const name = projectNameOf(t);
      const total = rowsOf(t, 'total')[0];
      const score = total !== undefined ? num(t, total, 'score') : null;
      if (name && score) out.push({ name, table: t, score });
    } else if (t.kind === 'P_SUMMARY') {
      for (const i of rowsOf(t, 'item')) {
        const score = num(t, i, 'score');
        if (score) out.push({ name: text(t, i, 'label'), table: t, score });
      }
    }
  }
  return out;
}

const stripName = (n: string) => n.replace(/[\s\u3000]+/g, '').replace(/(项目|经费)$/, '');

const HEADING_MAX = 40; // characters: a line this short that names a project is its heading

/**
 * The project a quote at `at` is about: the one named in its sentence; else the nearest heading line that
 * names one (“（三）困难企业职工基本医疗保险”); else the last name mentioned before it.
 */
function bind(textAll: string, at: number, names: readonly string[]): string | null {
  const from = Math.max(0, at - WINDOW);
  const sentenceStart = Math.max(textAll.lastIndexOf('。', at - 1), textAll.lastIndexOf('\n', at - 1), from);
  const found: { name: string; pos: number; len: number; heading: boolean }[] = [];
  for (const name of names) {
    const key = stripName(name);
    if (key.length < 2) continue;
    for (let pos = textAll.lastIndexOf(key, at); pos >= from; pos = textAll.lastIndexOf(key, pos - 1)) {
      const ls = textAll.lastIndexOf('\n', pos) + 1;
      const le = textAll.indexOf('\n', pos);
      const heading = (le < 0 ? textAll.length : le) - ls <= HEADING_MAX;
      found.push({ name, pos, len: key.length, heading });
      if (pos === 0) break;
    }
  }
  const latest = (xs: typeof found) =>
    xs.reduce<(typeof found)[number] | null>((b, x) => (!b || x.pos > b.pos || (x.pos === b.pos && x.len > b.len) ? x : b), null);
  return (latest(found.filter((f) => f.pos >= sentenceStart)) ?? latest(found.filter((f) => f.heading)) ?? latest(found))?.name ?? null;
}

export function checkNarrativeScores(doc: ParsedDocument): Finding[] {
  const srcs = sources(doc);
  if (srcs.length === 0) return [];
  const names = [...new Set(srcs.map((s) => s.name))];
  const body = doc.narrative.text;
  const out: Finding[] = [];
  for (const m of body.matchAll(SCORE_RE)) {
    const at = m.index;
    const name = bind(body, at, names);
    if (!name) continue;
    const kinds = m[1] === '评价' ? ['P_EVAL', 'P_PROJECT', 'P_SUMMARY'] : ['P_PROJECT', 'P_SUMMARY', 'P_EVAL'];
    const mine = srcs.filter((s) => sameProject(s.name, name));
    const src = kinds.map((k) => mine.find((s) => s.table.kind === k)).find((s) => s);
    if (!src) continue;
    const quoted = new Decimal(m[5]!);
    const decimals = m[5]!.includes('.') ? m[5]!.split('.')[1]!.length : 0;
    const span: [number, number] = [at, at + m[0].length];
    const nRef = { table: 'N', row: -1, col: -1, label: m[0], text: m[0] };
    const q: Num = { value: quoted, decimals, ref: nRef };
    const lineNo = lineOf(doc, at);
    const { outcome, tolerance } = compareCopy(q, src.score);
    if (outcome === 'mismatch') {
      out.push({ ...finding({ ruleId: 'P.narrative_score', code: 'narrative_score_mismatch', severity: 'error', table: 'N',
        location: { ...nRef, lineNo }, cells: [src.score.ref], formula: '说明得分=表内总分', operands: [src.score],
        expected: src.score.value, actual: quoted, tolerance, params: { project: name, quote: m[0], detail: src.table.id } }), span });
    }
    const tail = body.slice(span[1], span[1] + 40).split(/[。\n]/)[0] ?? '';
    const g = GRADE_RE.exec(tail);
    if (g) {
      const quotedGrade = g[2]!.slice(0, 1);
      const band = gradeOf(src.score.value);
      if (quotedGrade !== band) {
        out.push({ ...finding({ ruleId: 'P.narrative_grade', code: 'narrative_grade_mismatch', severity: 'error', table: 'N',
          location: { ...nRef, lineNo }, cells: [src.score.ref], formula: '说明等级=总分分档', expected: band, actual: quotedGrade,
          params: { project: name, quote: g[0], score: src.score.value.toFixed() } }), span });
      }
    }
  }
  return out;
}

function lineOf(doc: ParsedDocument, offset: number): number | null {
  const before = doc.narrative.text.slice(0, offset).split('\n').length - 1;
  return doc.narrative.lineMap[before] ?? null;
}
