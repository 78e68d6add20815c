import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { snapshotMediaDir, writeSnapshot } from '@keikaku/content-schemas/io'
import type { Payload } from 'payload'
import { exportSnapshot, type ExportOptions } from './exportSnapshot.ts'

/** Exports into a snapshot folder: the validated JSON files and the media they use. */
export async function writeExport(payload: Payload, dir: string, options: ExportOptions = {}) {
  const { snapshot, mediaFiles } = await exportSnapshot(payload, options)
  rmSync(snapshotMediaDir(dir), { recursive: true, force: true })
  writeSnapshot(dir, snapshot)
  for (const file of mediaFiles) cpSync(file.source, path.join(snapshotMediaDir(dir), file.path))
  return snapshot
}
