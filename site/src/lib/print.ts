/**
 * Print editions: ordinary site pages with a print stylesheet, rendered to PDF by the publish step
 * (scripts/lib/deploy/print.ts) into the build folder next to the plan page. Japanese only: the city's documents are.
 */
export const PRINT_EDITIONS = {
  gaiyou: { route: 'print', label: { ja: '概要版', en: 'Summary edition (Japanese)' } },
  kpi: { route: 'kpi-sheet', label: { ja: '数値目標・KPIシート', en: 'KPI sheet (Japanese)' } },
} as const
export type PrintEdition = keyof typeof PRINT_EDITIONS

/** The print page's path without base, e.g. `plans/sogo-keikaku/print/`. */
export const printPagePath = (plan: string, edition: PrintEdition) => `plans/${plan}/${PRINT_EDITIONS[edition].route}/`

/** The PDF's path without base, e.g. `plans/sogo-keikaku/sogo-keikaku-gaiyou.pdf`. */
export const pdfPath = (plan: string, edition: PrintEdition) => `plans/${plan}/${plan}-${edition}.pdf`

/**
 * Pages link a PDF before it exists (it is made after the build); the publish step replaces this marker with the
 * file's size, e.g. 「（PDF、1.2 MB）」, once the PDF is written.
 */
export const PDF_SIZE_MARKER = 'data-pdf-size'
