import { duplicateFiscalYearProblem, fiscalYearProblem, unionPeriod, type Period } from '@keikaku/content-schemas'
import { validations, type NumberFieldSingleValidation, type PayloadRequest } from 'payload'
import { validID } from '../../fields/link.ts'
import { say, type Bilingual } from '../../messages.ts'

const idOf = (ref: unknown) => (typeof ref === 'object' && ref !== null ? (ref as { id: unknown }).id : ref)

/** Periods looked up per request object (not `req.context`: each Local API call given `req` replaces that object). */
const periodsByRequest = new WeakMap<PayloadRequest, Map<string, Promise<Period | null>>>()

/**
 * The union of the plans' periods, looked up once per request: every actual row of a KPI checks it, and a sheet
 * import saves hundreds of KPIs in one request.
 */
async function planPeriod(req: PayloadRequest, planIds: unknown[]): Promise<Period | null> {
  const cacheKey = planIds.map(String).sort().join(',')
  let cache = periodsByRequest.get(req)
  if (!cache) periodsByRequest.set(req, (cache = new Map()))
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const period = req.payload
    .find({
      collection: 'plans',
      where: { id: { in: planIds } },
      depth: 0,
      draft: true,
      limit: planIds.length,
      overrideAccess: true,
      req,
      select: { startFY: true, endFY: true },
    })
    .then(({ docs }) => unionPeriod(docs as unknown as Period[]))
  cache.set(cacheKey, period)
  return period
}

/**
 * A KPI's target, actuals and verifications must fall inside the period of the plans it serves
 * (the union when it serves several); a baseline may come before it.
 */
export const validateFiscalYearInPlans =
  (label: Bilingual, { allowBefore = false } = {}): NumberFieldSingleValidation =>
  async (value, options) => {
    const base = validations.number(value, options)
    if (base !== true || typeof value !== 'number') return base
    const plans = (options.data as { plans?: unknown }).plans
    // Ids of the wrong shape are refused by the plans field itself.
    const planIds = (Array.isArray(plans) ? plans : []).map(idOf).filter((id) => id != null && validID(options.req, id))
    if (planIds.length === 0) return true
    const period = await planPeriod(options.req, planIds)
    const problem = period && fiscalYearProblem(value, period, { label, allowBefore })
    return problem ? say(options.req, problem) : true
  }

/** Each fiscal year at most once in a list (actuals, verifications). */
export const uniqueFiscalYears =
  (label: Bilingual) =>
  (rows: unknown, { req }: { req: Parameters<typeof say>[0] }): true | string => {
    const years = (Array.isArray(rows) ? (rows as Array<{ fiscalYear?: unknown } | null>) : []).map((r) => r?.fiscalYear)
    const problem = duplicateFiscalYearProblem(years, label)
    return problem ? say(req, problem) : true
  }
