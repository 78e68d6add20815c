import { defineConfig } from 'vitest/config'

// Tests start Next.js and Astro too: no usage reports from them either (workers inherit this environment).
Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' })

// Projects named by kind: `unit:*` (pure code, seconds), `integration:cms` (Payload on real SQLite databases),
// `e2e:*` (real builds, servers and Chromium). Each keeps its settings beside its code, and each says `maxWorkers: 2`:
// Vitest's default on 2 cores is one file at a time (cores − 1), but most of an end-to-end file is waiting on a
// server, a build or a browser. Projects of one run share a pool, so they must all say the same.
export default defineConfig({
  test: {
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
