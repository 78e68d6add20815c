import { ValidationError, type PayloadRequest } from 'payload'
import type { Label } from '@keikaku/content-schemas/common'
import { inLanguage } from '@keikaku/content-schemas/language'

/** A server message in both admin languages. */
export type Bilingual = Label

/** The message in the admin's language (Japanese unless the user chose English). */
export function say(req: Pick<PayloadRequest, 'i18n'> | undefined, message: Bilingual): string {
  return inLanguage(message, req?.i18n?.language)
}

/**
 * A refusal of one field: the field is marked in the admin form, and the message itself (what the admin's toast and
 * the API's `message` show) is the explanation, not Payload's English "The following field is invalid: …".
 */
export function fieldRefusal(req: Pick<PayloadRequest, 'i18n' | 't'>, collection: string, path: string, message: Bilingual): ValidationError {
  const text = say(req, message)
  const error = new ValidationError({ collection, errors: [{ path, message: text }] }, req.t)
  error.message = text
  return error
}
