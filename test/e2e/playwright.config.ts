// e2e against the built app, in Debian's system Chromium (browsers cannot be downloaded here).
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  // one retry under CI: a test that passes only on its retry is reported as flaky (counted, and visible in the
  // JSON report), not hidden. Waits are on signals, never on sleeps: a cell is looked for after the grid has redrawn
  // (Workbench.scrollToCell), a typed value is checked before what depends on it
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  // its own artifacts folder: Playwright empties outputDir at start, and test-results/unit.json must survive
  outputDir: '../../test-results/e2e',
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite build && npx vite build --mode singlefile && npx vite preview --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
  },
});
