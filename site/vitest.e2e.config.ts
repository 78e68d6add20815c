import { defineProject } from 'vitest/config'

/** The built site in Chromium: one fixture build per run (the global setup), shared by every file. */
export default defineProject({
  test: {
    name: 'e2e:site',
    maxWorkers: 2,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // A first build takes a while on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
