import type { PayloadRequest } from 'payload'

export interface Bilingual {
  ja: string
  en: string
}

/** The message in the admin's language (Japanese unless the user chose English). */
export function say(req: Pick<PayloadRequest, 'i18n'> | undefined, message: Bilingual): string {
  return req?.i18n?.language === 'en' ? message.en : message.ja
}
