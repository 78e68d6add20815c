import { defineConfig } from 'vitest/config'

// One project per workspace; each keeps its own settings beside its code.
export default defineConfig({
  test: {
    projects: ['content-schemas', 'cms', 'site', 'scripts'],
  },
})
