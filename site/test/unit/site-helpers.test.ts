import { describe, expect, it } from 'vitest'
import { normalizeBasePath, resolveSiteLocation } from '../../src/env.ts'
import { formatDate, formatFileSize, formatName } from '../../src/lib/format.ts'
import { pick, plain } from '../../src/lib/i18n.ts'
import { formerKeyRedirects } from '../../src/lib/redirects.ts'
import { checkKeysAgainstRoutes } from '../../src/lib/route-keys.ts'
import { isEnded, isSample, newest } from '../../src/lib/site-index.ts'

describe('base path and site URL', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['keikaku', '/keikaku/'],
    ['/a/b', '/a/b/'],
    ['/keikaku/', '/keikaku/'],
  ])('normalizeBasePath(%s) = %s', (input, expected) => expect(normalizeBasePath(input)).toBe(expected))

  it('takes the base from the settings URL unless the environment says otherwise', () => {
    expect(resolveSiteLocation('https://city.example.jp/keikaku', {})).toEqual({ site: 'https://city.example.jp', base: '/keikaku/' })
    expect(resolveSiteLocation('https://city.example.jp/', { KEIKAKU_BASE_PATH: 'plan' })).toEqual({ site: 'https://city.example.jp', base: '/plan/' })
    expect(resolveSiteLocation('https://a.example/', { KEIKAKU_SITE_URL: 'https://b.example/x/' })).toEqual({ site: 'https://b.example', base: '/x/' })
  })
})

describe('isEnded', () => {
  it('ends a plan once its last fiscal year (April–March, in Japan) is over', () => {
    expect(isEnded({ endFY: 2025 }, new Date('2026-03-31T14:59:59Z'))).toBe(false) // 23:59 on 31 March in Tokyo
    expect(isEnded({ endFY: 2025 }, new Date('2026-03-31T15:00:00Z'))).toBe(true) // 00:00 on 1 April in Tokyo
  })
})

describe('isSample', () => {
  const record = { sampleFields: ['vision.text', 'actuals'] }
  it('matches a field, its parts and its parents', () => {
    expect(isSample(record, 'actuals')).toBe(true)
    expect(isSample(record, 'actuals.0')).toBe(true)
    expect(isSample(record, 'vision')).toBe(true)
    expect(isSample(record, 'vision.slogan')).toBe(false)
    expect(isSample(record, 'act')).toBe(false)
  })
})

describe('newest', () => {
  it('compares instants, not strings', () => {
    expect(newest(['2026-04-01T00:00:00+09:00', '2026-03-31T16:00:00Z'])).toBe('2026-03-31T16:00:00Z')
  })
})

describe('untranslated English', () => {
  it('falls back to the Japanese, marked, never blank', () => {
    expect(pick({ ja: '観光', en: null }, 'en')).toEqual({ value: '観光', lang: 'ja', translated: false })
    expect(plain({ ja: '観光', en: null }, 'en')).toBe('観光 (Not yet translated)')
    expect(plain({ ja: '観光', en: 'Tourism' }, 'en')).toBe('Tourism')
    expect(plain({ ja: '観光', en: 'Tourism' }, 'ja')).toBe('観光')
  })
})

describe('formatting', () => {
  it('names document sizes and formats as residents read them', () => {
    expect(formatFileSize(744, 'ja')).toBe('1 KB')
    expect(formatFileSize(250_000, 'ja')).toBe('244 KB')
    expect(formatFileSize(3_500_000, 'en')).toBe('3.3 MB')
    expect(formatName('application/pdf')).toBe('PDF')
  })
  it('dates by the Tokyo calendar in 和暦 with the Western year', () => {
    expect(formatDate('2019-05-01', 'ja')).toBe('令和元年5月1日（2019年5月1日）')
    expect(formatDate('2026-03-31T16:00:00Z', 'ja')).toBe('令和8年4月1日（2026年4月1日）')
    expect(formatDate('2015-06-08', 'en')).toBe('8 June 2015')
  })
})

describe('redirects for former keys', () => {
  it('sends both languages from each former key to the current page, under the base', () => {
    const empty = {
      plans: [],
      principles: [],
      goals: [],
      approaches: [],
      'priority-projects': [],
      'plan-items': [],
      'implementation-plans': [],
      'strategy-goals': [],
      kpis: [],
      bodies: [],
      meetings: [],
      pages: [],
    }
    const redirects = formerKeyRedirects({ ...empty, goals: [{ key: 'goal-1', formerKeys: ['old-goal'] }] }, '/keikaku/')
    expect(redirects).toEqual({ '/goals/old-goal/': '/keikaku/goals/goal-1/', '/en/goals/old-goal/': '/keikaku/en/goals/goal-1/' })
  })
})

describe('keys that would clash with list pages', () => {
  it('refuses digit-only keys of paginated collections, naming them', () => {
    expect(() => checkKeysAgainstRoutes({ kpis: [{ key: '2' }], meetings: [] })).toThrow('kpis[key=2].key')
    expect(() => checkKeysAgainstRoutes({ kpis: [{ key: 'kpi-2' }], meetings: [] })).not.toThrow()
  })
})
