import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/** LibreOffice's own filters, as a department's spreadsheet program saves. */
export const LIBREOFFICE_TARGETS = {
  xlsx: 'xlsx',
  /** Shift_JIS (CP932, token 64), comma-separated, double quotes: what Excel's plain CSV writes on Japanese Windows. */
  shiftJisCsv: 'csv:Text - txt - csv (StarCalc):44,34,64',
  utf8Csv: 'csv:Text - txt - csv (StarCalc):44,34,76',
} as const

/**
 * Converts files with headless LibreOffice (Debian's libreoffice-calc-nogui) into `outDir`, keeping the base names;
 * CSV input is read as UTF-8, comma-separated. Each run gets its own profile, so parallel runs do not collide.
 */
export async function convertWithLibreOffice(files: string[], target: keyof typeof LIBREOFFICE_TARGETS, outDir: string): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-'))
  try {
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        ...(files.every((f) => f.endsWith('.csv')) ? ['--infilter=CSV:44,34,76,1'] : []),
        '--convert-to',
        LIBREOFFICE_TARGETS[target],
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 120_000 },
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
