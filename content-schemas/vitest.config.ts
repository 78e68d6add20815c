import { defineProject } from 'vitest/config'

export default defineProject({ test: { name: 'unit:content-schemas', include: ['test/**/*.test.ts'], maxWorkers: 2 } })
