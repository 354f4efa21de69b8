import { test } from 'vitest';
import { checkPerformance } from '../../../src/checks/perf/index.ts';
import { perfDocument, readSeed } from './helpers.ts';
test('dump', () => {
  const doc = perfDocument(readSeed(process.env.SEED!));
  for (const f of checkPerformance(doc)) {
    console.log(`${f.severity} ${f.code} ${f.table} row=${f.location?.row} line=${f.location?.lineNo ?? (f.location && f.location.row >= 0 ? doc.tables.find(t=>t.id===f.table)?.rows[f.location.row]?.sourceLine : '')} ${f.formula} exp=${f.expected} act=${f.actual} tol=${f.tolerance} ${JSON.stringify(f.params ?? {})}`);
  }
});
