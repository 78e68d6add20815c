import { z } from 'zod'
import { key, localizedText, recordBase } from './common.ts'
import { easyText, readings } from './easy.ts'

/** A free page; its rich text is exported as HTML made by the CMS's own rich-text converter. */
export const page = recordBase.extend({
  title: localizedText,
  summary: localizedText.nullable(),
  bodyHtml: localizedText,
  parent: key.nullable(),
  order: z.int(),
})
export type Page = z.infer<typeof page>

export const MEDIA_KINDS = ['image', 'document'] as const

/** An uploaded file; `path` is relative to the snapshot's `media/` folder. */
export const media = recordBase.extend({
  kind: z.enum(MEDIA_KINDS),
  filename: z.string().min(1),
  path: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.int().nonnegative(),
  /** Required for images (alt text); for documents, the title. */
  alt: localizedText,
  width: z.int().positive().nullable(),
  height: z.int().positive().nullable(),
})
export type Media = z.infer<typeof media>

/** Site-wide settings (a global in the CMS). */
export const settings = z.strictObject({
  cityName: localizedText,
  siteTitle: localizedText,
  baseUrl: z.url(),
  contact: z.strictObject({
    department: localizedText,
    phone: z.string().nullable(),
    email: z.email().nullable(),
    address: localizedText.nullable(),
  }),
  openDataLicence: z.strictObject({ name: z.string().min(1), url: z.url() }),
  /** Shown on English pages: the English text is a reference translation (参考訳). */
  englishNotice: localizedText,
  /** やさしい日本語: the home page of the /easy/ edition. */
  easySummary: easyText,
  readings,
  sampleFields: z.array(z.string().min(1)),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type Settings = z.infer<typeof settings>
