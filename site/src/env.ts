import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Build settings from the environment; read by astro.config.ts and the build scripts. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export const snapshotDir = path.resolve(process.env.KEIKAKU_SNAPSHOT_DIR || path.join(repoRoot, 'snapshot'))

export const outDir = process.env.KEIKAKU_OUT_DIR ? path.resolve(process.env.KEIKAKU_OUT_DIR) : undefined

/** Astro's cache (optimized images), kept outside per-build output folders by the publish pipeline. */
export const cacheDir = process.env.KEIKAKU_CACHE_DIR ? path.resolve(process.env.KEIKAKU_CACHE_DIR) : undefined

/** Always starts and ends with a slash, so that `${base}goals/` is a valid path. */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/**
 * Site URL from KEIKAKU_SITE_URL, else the CMS setting; the base path from KEIKAKU_BASE_PATH, else the path of
 * that URL (a site at https://city.example.jp/keikaku/ lives under /keikaku/).
 */
export function resolveSiteLocation(settingsBaseUrl: string, env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  const url = new URL(env.KEIKAKU_SITE_URL || settingsBaseUrl)
  const base = normalizeBasePath(env.KEIKAKU_BASE_PATH ?? url.pathname)
  return { site: url.origin, base }
}
