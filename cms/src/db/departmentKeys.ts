/** Keys for the names the seed gives (those names are samples); any other name gets `department-N`. */
export const SEEDED_DEPARTMENT_KEYS: Record<string, { key: string; sample: boolean }> = {
  まちづくり推進部: { key: 'machizukuri-suishin', sample: true },
  商工労働部: { key: 'shoko-rodo', sample: true },
  商工観光部: { key: 'shoko-kanko', sample: true },
  保健福祉部: { key: 'hoken-fukushi', sample: true },
  ILC推進本部: { key: 'ilc-suishin', sample: true },
  消防本部: { key: 'shobo', sample: true },
}

/**
 * The department record a name (as KPIs and projects gave it before departments were records) becomes: the seed's
 * key and sample flag for the seed's names, `department-N` (N its place, the first free one) for any other.
 * `used` collects the keys given so far.
 */
export function departmentRecordFor(name: string, order: number, used: Set<string>): { key: string; sample: boolean } {
  const seeded = SEEDED_DEPARTMENT_KEYS[name]
  let key = seeded?.key ?? `department-${order}`
  for (let n = order; used.has(key); n++) key = `department-${n + 1}`
  used.add(key)
  return { key, sample: seeded?.sample ?? false }
}
