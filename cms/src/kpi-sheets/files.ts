import { KPI_SHEET_COLUMNS, type KpiSheetRow, type SheetCell } from '@keikaku/content-schemas'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'

export type SheetFormat = 'csv' | 'xlsx'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** The format by content, not by name: an XLSX is a zip file; anything else is read as CSV. */
export function sheetFormatOf(bytes: Uint8Array): SheetFormat {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b) ? 'xlsx' : 'csv'
}

/**
 * CSV text in UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, Shift_JIS as Excel writes it on
 * Japanese Windows (the WHATWG decoder is CP932: it includes the NEC and IBM extensions such as ①).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'shift_jis' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' }
  }
}

/** The first sheet's cells, header first, one array per spreadsheet row (blank rows kept, so row numbers hold). */
export async function readSheetFile(bytes: Uint8Array): Promise<SheetCell[][]> {
  if (sheetFormatOf(bytes) === 'xlsx') {
    const rows = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false })
    return rows as SheetCell[][]
  }
  return parse(decodeCsv(bytes).text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][]
}

/** RFC 4180 (CRLF, quoted where needed) with a UTF-8 BOM so that Excel opens Japanese text correctly. */
export function sheetCsv(rows: KpiSheetRow[]): string {
  return stringify(rows, { header: true, columns: [...KPI_SHEET_COLUMNS], bom: true, record_delimiter: 'windows' })
}

/** The same header row and rows as the CSV; numbers as numeric cells, everything else as text. */
export async function sheetXlsx(rows: KpiSheetRow[]): Promise<Buffer> {
  const data = [
    KPI_SHEET_COLUMNS.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      KPI_SHEET_COLUMNS.map((column) => {
        const value = row[column]
        if (typeof value === 'number') return { value, type: Number }
        return value === '' ? null : { value, type: String }
      }),
    ),
  ]
  return writeXlsxFile(data, { sheet: 'KPI', stickyRowsCount: 1 }).toBuffer()
}

export async function writeSheet(rows: KpiSheetRow[], format: SheetFormat): Promise<Buffer> {
  return format === 'xlsx' ? sheetXlsx(rows) : Buffer.from(sheetCsv(rows), 'utf8')
}
