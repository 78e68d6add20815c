/**
 * The admin's name on the login page and in the navigation, instead of Payload's logo: staff sign in to the city's
 * plan system, not to a product they do not know.
 */
import { BRAND } from './text.ts'

export function Logo() {
  return (
    <div style={{ textAlign: 'center', lineHeight: 1.3 }}>
      <div lang="ja" style={{ fontSize: '2rem', fontWeight: 700 }}>
        {BRAND.name}
      </div>
      <div lang="ja" style={{ fontSize: '1rem', color: 'var(--theme-elevation-600)' }}>
        {BRAND.tagline}
      </div>
    </div>
  )
}

export function Icon() {
  return (
    <span lang="ja" aria-label={BRAND.name} style={{ fontWeight: 700, fontSize: '1.1rem' }}>
      計
    </span>
  )
}
