import { COLLECTION_LABELS } from '@keikaku/content-schemas'
import path from 'node:path'
import { type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'
import { fieldRefusal } from '../messages.ts'
import { editorialCollection } from './editorial.ts'
import { text } from '../fields/localized.ts'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'application/pdf']
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024 // 20 MB

/** Said when an upload is cut off at the limit, before the request's language is known. */
export const UPLOAD_TOO_LARGE = `ファイルが大きすぎます。上限の ${(MAX_UPLOAD_BYTES / 1024 / 1024).toFixed(1)} MB を超えています。 / The file is over the ${(MAX_UPLOAD_BYTES / 1024 / 1024).toFixed(1)} MB limit.`

/** A key from the file name when the editor leaves it empty: "資料 No.1.pdf" → "no-1". */
const keyFromFilename: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && !data.key) {
    const name = (req.file?.name ?? data.filename ?? '') as string
    const base = name
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    data.key = base || `file-${Date.now()}`
  }
  return data
}

/**
 * Payload enforces the size limit only while parsing an HTTP upload, and words its type error in English only:
 * this checks size and type on every path (admin, REST, Local API, scripts) before Payload reads the file.
 */
const checkUploadedFile: CollectionBeforeOperationHook = ({ req, args }) => {
  const file = req.file
  if (!file) return args
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  // Payload leaves mimetype empty when it cannot tell the type from the bytes (e.g. plain text).
  const mimeType = file.mimetype?.split(';')[0].trim() || path.extname(file.name) || 'unknown'
  const problem =
    file.size > MAX_UPLOAD_BYTES
      ? {
          ja: `ファイル「${file.name}」は ${mb(file.size)} で、上限の ${mb(MAX_UPLOAD_BYTES)} を超えています。${mb(MAX_UPLOAD_BYTES)} 以下の PNG・JPEG・WebP・AVIF の画像か PDF を選んでください。`,
          en: `File "${file.name}" is ${mb(file.size)}, over the ${mb(MAX_UPLOAD_BYTES)} limit: choose a PNG, JPEG, WebP or AVIF image or a PDF of at most ${mb(MAX_UPLOAD_BYTES)}.`,
        }
      : !MEDIA_MIME_TYPES.includes(mimeType)
        ? {
            ja: `ファイル「${file.name}」の形式（${mimeType}）はアップロードできません。PNG・JPEG・WebP・AVIF の画像か PDF（${mb(MAX_UPLOAD_BYTES)} まで）を選んでください。`,
            en: `File "${file.name}" (${mimeType}) cannot be uploaded: choose a PNG, JPEG, WebP or AVIF image or a PDF (up to ${mb(MAX_UPLOAD_BYTES)}).`,
          }
        : null
  if (problem) throw fieldRefusal(req, 'media', 'file', problem)
  return args
}

/**
 * Images (alt text required) and PDFs; sharp makes the listed sizes. Like plan content, a file goes through
 * 起案 → 承認: only published media reach the site (and anonymous readers of the API).
 */
export const Media: CollectionConfig = editorialCollection({
  slug: 'media',
  labels: COLLECTION_LABELS.media,
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'key', '_status', 'updatedAt'], preview: undefined },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeValidate: [keyFromFilename],
  },
  upload: {
    staticDir: process.env.KEIKAKU_MEDIA_DIR ?? path.resolve(dirname, '..', '..', 'var', 'media'),
    mimeTypes: MEDIA_MIME_TYPES,
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    text(
      'alt',
      { ja: '代替テキスト（画像）／文書名（PDF）', en: 'Alt text (images) / title (PDFs)' },
      {
        required: true,
        admin: {
          description: {
            ja: '画像の内容を言葉で説明してください。画面読み上げで読まれます。',
            en: 'Describe the image in words; screen readers read it.',
          },
        },
      },
    ),
  ],
})
