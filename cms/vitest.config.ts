import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'integration:cms',
    include: ['test/**/*.test.ts'],
    // Each file starts Payload on its own SQLite database; two at once is all two cores bear.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { PAYLOAD_SECRET: 'test-secret-not-for-production', KEIKAKU_SKIP_FIRST_ADMIN: '1' },
  },
})
