/** Lists paginate as /kpis/2/, so a record key made only of digits would take a list page's URL. */
const PAGINATED = ['kpis', 'meetings'] as const

export function checkKeysAgainstRoutes(snapshot: Record<(typeof PAGINATED)[number], ReadonlyArray<{ key: string }>>): void {
  const clashes = PAGINATED.flatMap((c) =>
    snapshot[c].filter((r) => /^\d+$/.test(r.key)).map((r) => `  ${c}[key=${r.key}].key: digits only; it would clash with page ${r.key} of the list`),
  )
  if (clashes.length) throw new Error(`The snapshot cannot be published:\n${clashes.join('\n')}`)
}
