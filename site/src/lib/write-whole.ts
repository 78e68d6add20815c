import { renameSync, rmSync, writeFileSync } from 'node:fs'

/**
 * Writes a file whole or not at all: to a temporary file first, then renamed into place, so that a build reading it
 * meanwhile, or a server, never sees half of it. A write that fails removes its temporary file.
 */
export function writeWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
