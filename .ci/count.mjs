// Sums the JSON reports of every suite into the closing line "N passed, N failed".
// Exits 1 if any test failed or a suite that should have run left no report.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = 0;
const unit = 'test-results/unit.json';
const e2e = 'test-results/e2e.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
} else missing++;
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  if (s.flaky) console.log(`${s.flaky} e2e test(s) passed only on their retry (flaky): see test-results/e2e.json`);
  failed += s.unexpected ?? 0;
  failed += (r.errors ?? []).length;
} else missing++;
if (missing) console.log(`${missing} suite(s) left no report (an earlier step failed)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing > 0 || passed === 0 ? 1 : 0);
