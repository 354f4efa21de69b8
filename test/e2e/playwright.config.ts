// e2e against the built app, in Debian's system Chromium (browsers cannot be downloaded here).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'npx vite build && npx vite build --mode singlefile && npx vite preview --port 4173 --strictPort',
    cwd: '../..',
    url: 'http://127.0.0.1:4173',
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
  },
});
