import { defineConfig } from 'vitest/config'

// Tests start Next.js and Astro too: no usage reports from them either (workers inherit this environment).
Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' })

// Projects named by kind: `unit:*` (pure code, seconds), `integration:cms` (Payload on real SQLite databases),
// `e2e:*` (real builds, servers and Chromium). Each keeps its settings beside its code.
export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker (cores − 1). Most of an end-to-end file is waiting on a server, a
    // build or a browser, so two at once use the machine better.
    maxWorkers: 2,
    projects: [
      'content-schemas/vitest.config.ts',
      'site/vitest.config.ts',
      'scripts/vitest.config.ts',
      'cms/vitest.config.ts',
      'site/vitest.e2e.config.ts',
      'scripts/vitest.e2e.config.ts',
    ],
  },
})
