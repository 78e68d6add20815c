import type { Label } from './common.ts'

/** The two languages of the admin and the site. */
export type Language = keyof Label

/** Japanese unless English was asked for: the city's own language is the default. */
export const languageOf = (language: string | null | undefined): Language => (language === 'en' ? 'en' : 'ja')

/** One label in the language asked for (the admin's `i18n.language`, a request's language, a site locale). */
export const inLanguage = (label: Label, language: string | null | undefined): string => label[languageOf(language)]
