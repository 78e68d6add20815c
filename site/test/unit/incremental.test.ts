import { describe, expect, it } from 'vitest'
import { RECORD_COLLECTIONS } from '@keikaku/content-schemas'
import { recordOfPage } from '../../src/lib/incremental.ts'

describe('recordOfPage', () => {
  it('finds the record of its own pages in every locale and in やさしい日本語, and of the KPI data files', () => {
    expect(recordOfPage('kpis/population/')).toBe('kpis/population')
    expect(recordOfPage('en/goals/goal-1/')).toBe('goals/goal-1')
    expect(recordOfPage('easy/plan-items/field-1/')).toBe('plan-items/field-1')
    expect(recordOfPage('plans/sogo-keikaku/progress/')).toBe('plans/sogo-keikaku')
    expect(recordOfPage('en/plans/sogo-keikaku/verification/2024/')).toBe('plans/sogo-keikaku')
    expect(recordOfPage('data/kpis/population.json')).toBe('kpis/population')
    expect(recordOfPage('data/kpis/population.csv')).toBe('kpis/population')
  })

  it('gives no record for lists and site-wide pages, which are always rendered', () => {
    for (const page of [
      '',
      'en/',
      'kpis/',
      'kpis/2/',
      'en/meetings/3/',
      'plans/',
      'search/',
      'data/',
      'data/kpis.csv',
      'feed.xml',
      'easy/',
      'media/',
      'bodies/',
      'accessibility/results/',
    ])
      expect(recordOfPage(page), page).toBeNull()
  })

  it('knows a page of every collection the contract gives pages of, and no other (its list is written out)', () => {
    for (const collection of RECORD_COLLECTIONS) expect(recordOfPage(`${collection}/a-key/`)).toBe(`${collection}/a-key`)
    expect(recordOfPage('media/a-key/')).toBeNull()
  })
})
