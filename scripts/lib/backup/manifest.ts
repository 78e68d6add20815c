import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const MANIFEST = 'manifest.json'
export const FORMAT = 'keikaku-backup/1'

export interface FileEntry {
  path: string
  bytes: number
  sha256: string
}

export interface Manifest {
  format: typeof FORMAT
  createdAt: string
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; file: string }
  /** The build that was live at backup time (var/site/live), or null. */
  liveBuild: string | null
  /** True when cms/.env (PAYLOAD_SECRET) is in the archive. */
  includesEnv: boolean
  files: FileEntry[]
}

export const sha256 = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })

/** Every file below `dir`, relative, with forward slashes, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), relative)
      return entry.isFile() ? [relative] : []
    })
    .sort()
}

export async function describeFiles(dir: string, files: string[]): Promise<FileEntry[]> {
  const entries: FileEntry[] = []
  for (const file of files) {
    const full = path.join(dir, file)
    entries.push({ path: file, bytes: statSync(full).size, sha256: await sha256(full) })
  }
  return entries
}

/**
 * Checks an unpacked archive against its manifest: every listed file present with its size and checksum, and
 * nothing else. Returns the manifest or throws naming what is wrong.
 */
export async function verifyUnpacked(dir: string): Promise<Manifest> {
  const manifestFile = path.join(dir, MANIFEST)
  if (!existsSync(manifestFile)) throw new Error(`not a Keikaku backup: ${MANIFEST} is missing`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
  } catch (error) {
    throw new Error(`${MANIFEST} is damaged: ${(error as Error).message}`, { cause: error })
  }
  if (manifest.format !== FORMAT) throw new Error(`unknown backup format "${manifest.format}" (expected ${FORMAT})`)
  const problems: string[] = []
  const listed = new Set(manifest.files.map((f) => f.path))
  for (const file of listFiles(dir)) if (file !== MANIFEST && !listed.has(file)) problems.push(`${file}: not in the manifest`)
  for (const entry of manifest.files) {
    const full = path.join(dir, entry.path)
    if (!existsSync(full)) problems.push(`${entry.path}: missing`)
    else if (statSync(full).size !== entry.bytes) problems.push(`${entry.path}: ${statSync(full).size} bytes, the manifest says ${entry.bytes}`)
    else if ((await sha256(full)) !== entry.sha256) problems.push(`${entry.path}: checksum differs from the manifest`)
  }
  if (!manifest.files.some((f) => f.path === manifest.database.file)) problems.push(`${manifest.database.file}: the database is missing`)
  if (problems.length) throw new Error(`the archive is damaged:\n  ${problems.slice(0, 20).join('\n  ')}`)
  return manifest
}
