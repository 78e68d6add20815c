/** A fixed number of numbered places (0 … size-1): take one or get null when all are in use. */
export class Slots {
  private readonly used = new Set<number>()

  constructor(readonly size: number) {}

  take(): number | null {
    for (let slot = 0; slot < this.size; slot++) {
      if (!this.used.has(slot)) {
        this.used.add(slot)
        return slot
      }
    }
    return null
  }

  release(slot: number): void {
    this.used.delete(slot)
  }
}
