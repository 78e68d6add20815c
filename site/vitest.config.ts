import { defineProject } from 'vitest/config'

/** The site's lib on the fixture snapshot (written once, no database): no build, no browser, seconds. */
export default defineProject({
  test: {
    name: 'unit:site',
    maxWorkers: 2,
    include: ['test/unit/**/*.test.ts'],
    globalSetup: ['test/fixture-snapshot.ts'],
  },
})
