const parts = (iso: string) => {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )
  return values as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>
}

/** A moment as the admin shows it, in Japan time: 2026年11月27日 01:55 (English: 2026-11-27 01:55). */
export function formatAdminDate(iso: string | null | undefined, language = 'ja'): string {
  if (!iso) return '—'
  const { year, month, day, hour, minute } = parts(iso)
  return language === 'en' ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} ${hour}:${minute}` : `${year}年${month}月${day}日 ${hour}:${minute}`
}
