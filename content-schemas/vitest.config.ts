import { defineProject } from 'vitest/config'

export default defineProject({ test: { name: 'content-schemas', include: ['test/**/*.test.ts'] } })
