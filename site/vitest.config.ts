import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Browser tests share one built site; a first build takes a while on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
