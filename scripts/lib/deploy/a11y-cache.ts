import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** One page's findings as the audit keeps them (its path is added when the result is used). */
export type CachedViolation = { rule: string; help: string; targets: string[] }

const sha256 = (...parts: Array<string | Buffer>) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Every stylesheet and script of a build (relative path and bytes), except Pagefind's index fragments. */
function codeFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(css|js|mjs)$/.test(entry.name)) out.push(full)
    }
  }
  walk(dir)
  return out.sort()
}

/**
 * Accessibility audit results by what decides them: a page's bytes, the build's styles and scripts, and axe's
 * version and rules. A page that is byte for byte one audited before, in a build with the same code, has the same
 * result, so a publish audits only pages it has not seen (a full build of a large plan after a few changes, or every
 * publish after the first). Any change to the page, a stylesheet, a script or the rules makes a new key.
 */
export class A11yCache {
  private readonly codeKey: string

  constructor(
    private readonly dir: string,
    buildDir: string,
    audit: { axeVersion: string; tags: readonly string[] },
  ) {
    const files = codeFiles(buildDir)
    this.codeKey = sha256(audit.axeVersion, audit.tags.join(','), ...files.flatMap((f) => [path.relative(buildDir, f), readFileSync(f)]))
    mkdirSync(dir, { recursive: true })
  }

  private file(pageBytes: Buffer): string {
    return path.join(this.dir, `${sha256(this.codeKey, pageBytes)}.json`)
  }

  get(pageBytes: Buffer): CachedViolation[] | undefined {
    try {
      return JSON.parse(readFileSync(this.file(pageBytes), 'utf8')) as CachedViolation[]
    } catch {
      return undefined
    }
  }

  set(pageBytes: Buffer, violations: CachedViolation[]): void {
    const file = this.file(pageBytes)
    // Written whole, then renamed: a reader never sees half a result.
    const partial = `${file}.${process.pid}.tmp`
    writeFileSync(partial, JSON.stringify(violations))
    renameSync(partial, file)
  }
}
