import { defineConfig } from 'vitest/config'

// Tests start Next.js and Astro too: no usage reports from them either (workers inherit this environment).
Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' })

// Projects named by kind: `unit:*` (pure code, seconds), `integration:cms` (Payload on real SQLite databases),
// `e2e:*` (real builds, servers and Chromium). Each keeps its settings beside its code.
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
