// Tables of a kind the layout parser has no column spec for (unknown titles, 绩效 tables): amount
// columns are the page's amount clusters, numbered left to right, so the table stays usable.
import type { PreparedBlock } from './block.ts';
import { clusterEnds } from './geometry.ts';
import type { KindSpec } from './specs.ts';

export function genericSpec(block: PreparedBlock): { spec: KindSpec; centers: number[] } {
  const page = block.body.find((l) => l.frags.some((f) => f.kind === 'amount'))?.page ?? 0;
  const amounts = block.body.filter((l) => l.page === page).flatMap((l) => l.frags.filter((f) => f.kind === 'amount'));
  const clusters = clusterEnds(amounts.map((a) => a.x1));
  const cols = clusters.map((_, i) => ({ key: `c${i + 1}`, colNo: i + 1, header: '', names: [] as string[] }));
  return { spec: { layout: null, cols }, centers: clusters.map((c) => c.end - 3) };
}
