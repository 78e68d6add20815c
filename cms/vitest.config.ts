import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'integration:cms',
    maxWorkers: 2,
    include: ['test/**/*.test.ts'],
    // Each file starts Payload on its own SQLite database, so files run side by side (two at once on 2 cores).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { PAYLOAD_SECRET: 'test-secret-not-for-production', KEIKAKU_SKIP_FIRST_ADMIN: '1' },
  },
})
