import { t, type SeedDepartment } from '../types.ts'

/**
 * The 担当部署 that the seed's KPIs and implementation-plan projects name. The city's document names no department:
 * every name here is a sample (flagged, shown with サンプル). No English names: the KPIs gave none, and the site says
 * what is untranslated.
 */
export const departments: SeedDepartment[] = [
  { key: 'machizukuri-suishin', name: t('まちづくり推進部'), order: 1, sample: true },
  { key: 'shoko-rodo', name: t('商工労働部'), order: 2, sample: true },
  { key: 'shoko-kanko', name: t('商工観光部'), order: 3, sample: true },
  { key: 'hoken-fukushi', name: t('保健福祉部'), order: 4, sample: true },
  { key: 'ilc-suishin', name: t('ILC推進本部'), order: 5, sample: true },
  { key: 'shobo', name: t('消防本部'), order: 6, sample: true },
]
