// Splits the narrative text into plain and marked segments from the narrative findings' `span`s, so the
// 说明 tab can render each checked sentence as a <mark> (as text nodes: the narrative is never HTML).
import { SEVERITY_ORDER, type Finding, type Severity } from '../../engine/finding.ts';

export interface TextSegment {
  readonly start: number;
  readonly text: string;
  /** findings whose span covers this segment, worst first; empty for plain text */
  readonly findings: readonly Finding[];
  readonly severity: Severity | null;
}

export function segmentNarrative(text: string, findings: readonly Finding[]): TextSegment[] {
  const spans = findings.filter((f) => f.span && f.span[1] > f.span[0]);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(clamp(f.span![0], text.length));
    cuts.add(clamp(f.span![1], text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = spans
      .filter((f) => f.span![0] <= start && f.span![1] >= end)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const prev = out[out.length - 1];
    // merge neighbours with the same covering findings so one sentence is one <mark>
    if (prev && sameFindings(prev.findings, covering)) {
      out[out.length - 1] = { ...prev, text: prev.text + text.slice(start, end) };
      continue;
    }
    out.push({ start, text: text.slice(start, end), findings: covering, severity: covering[0]?.severity ?? null });
  }
  return out;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n));
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
