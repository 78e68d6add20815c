import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

// Tests start Next.js and Astro too: no usage reports from them either (workers inherit this environment).
Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' })

/**
 * The order files start in, two at a time. The editor's day first: it builds the admin (2–3 min) and makes the run's
 * first publish of the seeded plan, whose audit and PDFs fill the cache that the later publishes read; meanwhile the
 * other file slot takes the integration, site and unit files. The other end-to-end files come after.
 */
class SuiteOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => (spec.moduleId.endsWith('/workflow.e2e.test.ts') ? 0 : spec.project.name === 'e2e:system' ? 2 : 1)
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}

// Projects named by kind: `unit:*` (pure code, seconds), `integration:cms` (Payload on real SQLite databases),
// `e2e:*` (real builds, servers and Chromium). Each keeps its settings beside its code, and each says `maxWorkers: 2`:
// Vitest's default on 2 cores is one file at a time (cores − 1), but an end-to-end file waits on a server, a build or
// a browser between its busy stretches. More files do not help (whole run on 2 cores: 677–712 s with two files,
// 620–767 s with three, 651 s with four). Projects of one run share a pool, so they must all say the same.
export default defineConfig({
  test: {
    sequence: { sequencer: SuiteOrder },
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
