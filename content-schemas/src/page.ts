import { z } from 'zod'
import { key, localizedText, recordBase } from './common.ts'
import { easyText, readings } from './easy.ts'
import { MUNICIPALITY_CODE_PATTERN } from './rules.ts'

/** A free page; its rich text is exported as HTML made by the CMS's own rich-text converter. */
export const page = recordBase.extend({
  title: localizedText,
  summary: localizedText.nullable(),
  bodyHtml: localizedText,
  parent: key.nullable(),
  order: z.int(),
  /**
   * Tables comparing bodies side by side (e.g. 「総合計画審議会とまち・ひと・しごと創生有識者会議の役割」): one column per
   * body, one row per aspect (趣旨・構成員・内容), filled from the bodies' own fields so the words are kept once.
   */
  roleTables: z.array(z.strictObject({ title: localizedText, bodies: z.array(key).min(1) })).default([]),
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
  /** 全国地方公共団体コード (6 digits with check digit, e.g. 032093 for Ichinoseki): the first column of every open-data CSV. */
  municipalityCode: z.string().regex(MUNICIPALITY_CODE_PATTERN),
  /** The city's official website, linked from the home page. */
  officialSiteUrl: z.url().nullable(),
  /** Shown on English pages: the English text is a reference translation (参考訳). */
  englishNotice: localizedText,
  /** やさしい日本語: the home page of the /easy/ edition. */
  easySummary: easyText,
  readings,
  sampleFields: z.array(z.string().min(1)),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type Settings = z.infer<typeof settings>
