/**
 * Chromium's PDFs carry a title (from <title>) but no author. This adds /Author to the document information
 * dictionary as a PDF incremental update (ISO 32000-1 §7.5.6): the original bytes stay untouched, so the structure
 * tree (tags), outline and /Lang are kept exactly as Chromium wrote them. Pure; Buffer in, Buffer out.
 */
export function addPdfAuthor(pdf: Buffer, author: string): Buffer {
  const text = pdf.toString('latin1')
  const trailerAt = text.lastIndexOf('trailer')
  const startxrefAt = text.lastIndexOf('startxref')
  if (trailerAt < 0 || startxrefAt < trailerAt) throw new Error('PDF without a classic trailer: cannot add the author')
  const trailer = text.slice(trailerAt, startxrefAt)
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1])
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1]
  const info = /\/Info (\d+) (\d+) R/.exec(trailer)
  const prev = Number(/startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1])
  if (!size || !root || !info || !Number.isFinite(prev)) throw new Error('PDF trailer lacks /Size, /Root, /Info or startxref')
  const [infoNum, infoGen] = [Number(info[1]), Number(info[2])]
  const objAt = text.search(new RegExp(`(^|[\\r\\n])${infoNum} ${infoGen} obj`))
  const dictStart = text.indexOf('<<', objAt)
  const dictEnd = text.indexOf('endobj', dictStart)
  const dict = text.slice(dictStart, text.lastIndexOf('>>', dictEnd)).replace(/\/Author\s*(\([^)]*\)|<[^>]*>)/, '')
  const hex = `FEFF${Buffer.from(author, 'utf16le').swap16().toString('hex').toUpperCase()}`
  const body = `\n${infoNum} ${infoGen} obj\n${dict}\n/Author <${hex}>>>\nendobj\n`
  const objOffset = pdf.length + 1 // after the leading newline
  const xrefOffset = pdf.length + Buffer.byteLength(body, 'latin1')
  const xref = `xref\n${infoNum} 1\n${String(objOffset).padStart(10, '0')} ${String(infoGen).padStart(5, '0')} n \n`
  const tail = `trailer\n<</Size ${size}\n/Root ${root}\n/Info ${infoNum} ${infoGen} R\n/Prev ${prev}>>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.concat([pdf, Buffer.from(body + xref + tail, 'latin1')])
}
