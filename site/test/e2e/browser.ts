// The launcher lives with the publish step, which also drives Chromium (print editions, accessibility audit).
export { CHROMIUM, launchBrowser } from '@keikaku/scripts/lib/chromium'
