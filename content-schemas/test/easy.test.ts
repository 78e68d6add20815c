import { describe, expect, it } from 'vitest'
import { easyText, reading, readings } from '../src/easy.ts'

describe('やさしい日本語 fields', () => {
  it('reads an absent or missing summary as null (older snapshots stay valid)', () => {
    expect(easyText.parse(undefined)).toBeNull()
    expect(easyText.parse(null)).toBeNull()
    expect(easyText.parse(' 子育てを 助けます。 ')).toBe('子育てを 助けます。')
    expect(easyText.safeParse('  ').success).toBe(false)
    expect(readings.parse(undefined)).toEqual([])
  })

  it('accepts readings in hiragana only, and says so', () => {
    expect(reading.parse({ surface: '一関', reading: 'いちのせき' })).toEqual({ surface: '一関', reading: 'いちのせき' })
    const wrong = reading.safeParse({ surface: '一関', reading: 'イチノセキ' })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues[0]?.message).toContain('hiragana')
  })
})
