import { defineProject } from 'vitest/config'

/** The library code behind the scripts, on temporary folders and loopback servers. */
export default defineProject({
  test: {
    name: 'unit:scripts',
    maxWorkers: 2,
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.e2e.test.ts'],
  },
})
