import { defineConfig } from 'vitest/config'

// Tests start Next.js and Astro too: no usage reports from them either (workers inherit this environment).
Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' })

// One project per workspace; each keeps its own settings beside its code.
export default defineConfig({
  test: {
    projects: ['content-schemas', 'cms', 'site', 'scripts'],
  },
})
