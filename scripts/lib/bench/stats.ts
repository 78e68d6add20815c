/** `n` rounded to `digits` decimals, for the bench tables. */
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
