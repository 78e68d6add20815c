/** SVG/XML markup made as strings escapes text and attribute values as HTML does. */
export { escapeHtml as escapeXml } from '@keikaku/content-schemas/html'

/** A coordinate that is always a finite number (a value the chart cannot place goes to `fallback`). */
export function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback
}

/**
 * Round, evenly spaced axis ticks covering [min, max] (the "nice numbers" of Heckbert's algorithm).
 * Total: for any input it returns 2 to 3·count+3 finite, strictly increasing ticks. Values that differ by less
 * than a billionth of their size (0.3 and 0.1+0.2) are one value to a reader and get a padded range; where no
 * nice step exists in floating point (subnormal or near-overflow ranges) the ticks are simply [min, max].
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const n = Math.min(20, Math.max(1, Math.floor(Number.isFinite(count) ? count : 5)))
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1]
  let [lo, hi] = min <= max ? [min, max] : [max, min]
  const scale = Math.max(Math.abs(lo), Math.abs(hi))
  if (hi - lo <= scale * 1e-9) {
    const pad = scale * 0.1 || 1
    lo = finite(lo - pad, lo)
    hi = finite(hi + pad, hi)
    if (!(lo < hi)) return [lo - 1, lo + 1].every(Number.isFinite) ? [lo - 1, lo + 1] : [0, 1]
  }
  const plain = [lo, hi]
  // Divided before subtracting, so that a range across ±1e308 does not overflow.
  const raw = hi / n - lo / n
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return plain
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude
  const first = Math.floor(lo / step) * step
  const ticks: number[] = []
  for (let i = 0; i <= 3 * n + 2; i++) {
    const tick = Number((first + i * step).toPrecision(12))
    if (!Number.isFinite(tick)) break
    ticks.push(tick)
    if (tick >= hi) break
  }
  const tolerance = step * 1e-6
  const increasing = ticks.every((t, i) => i === 0 || t > ticks[i - 1])
  if (ticks.length < 2 || !increasing || ticks[0] > lo + tolerance || ticks[ticks.length - 1] < hi - tolerance) return plain
  return ticks
}
