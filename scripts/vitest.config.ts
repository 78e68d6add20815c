import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'system',
    include: ['test/**/*.test.ts'],
    // The end-to-end suite builds the admin once (next build) and drives real servers and a real browser.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    env: { PAYLOAD_SECRET: 'test-secret-not-for-production', KEIKAKU_SKIP_FIRST_ADMIN: '1' },
  },
})
