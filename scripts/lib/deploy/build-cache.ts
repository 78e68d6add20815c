import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { filesUnder } from '../files.ts'
import { BUILD_STATE_DIR } from '../../../site/src/lib/incremental.ts'
import { writeWhole } from '../../../site/src/lib/write-whole.ts'

const sha256 = (...parts: Array<string | Buffer>) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/**
 * Results that a browser derives from one page of a build (an accessibility audit, a printed PDF), kept by what
 * decides them: the page's bytes, every stylesheet and script of the build, and the tool (`tool`: its version and
 * options). A page byte for byte one seen before, in a build with the same code, gives the same result, so a publish
 * works only on pages it has not seen: a full build of a large plan after a few changes, or every publish after the
 * first. Any change to the page, a stylesheet, a script or the tool makes a new key.
 */
export class BuildCache {
  private readonly codeKey: string

  constructor(
    private readonly dir: string,
    buildDir: string,
    tool: string[],
  ) {
    // Every stylesheet and script of the build, by path.
    const code = filesUnder(buildDir, { except: [BUILD_STATE_DIR] }).filter((f) => /\.(css|js|mjs)$/.test(f))
    this.codeKey = sha256(...tool, ...code.flatMap((f) => [f, readFileSync(path.join(buildDir, f))]))
    mkdirSync(dir, { recursive: true })
  }

  private file(page: Buffer): string {
    return path.join(this.dir, sha256(this.codeKey, page))
  }

  get(page: Buffer): Buffer | undefined {
    try {
      return readFileSync(this.file(page))
    } catch {
      return undefined
    }
  }

  set(page: Buffer, result: Buffer | string): void {
    // Whole: a reader never sees half a result.
    writeWhole(this.file(page), result)
  }
}
