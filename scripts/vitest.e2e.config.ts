import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'e2e:system',
    maxWorkers: 2,
    include: ['test/**/*.e2e.test.ts'],
    // The end-to-end suite builds the admin once (next build, under a lock: files run two at a time) and drives real
    // servers and a real browser, each file on its own ports, database and site root.
    // A publish now prints the PDFs and audits every page (about a minute on 2 cores); some tests publish twice.
    testTimeout: 900_000,
    hookTimeout: 600_000,
    // Every file publishes the same seeded plan: its pages' accessibility audit and PDFs are kept by content and
    // shared, so each page is audited (each edition printed) once per run, not once per publish; a changed one again.
    env: {
      PAYLOAD_SECRET: 'test-secret-not-for-production',
      KEIKAKU_SKIP_FIRST_ADMIN: '1',
      KEIKAKU_PAGE_CACHE_DIR: path.join(tmpdir(), `keikaku-e2e-pages-${process.pid}`),
    },
  },
})
