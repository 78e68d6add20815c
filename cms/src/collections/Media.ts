import path from 'node:path'
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { editors, publishers } from '../access/roles.ts'
import { formerKeysField, keyField } from '../fields/key.ts'
import { sampleFieldsField } from '../fields/editorial.ts'
import { text } from '../fields/localized.ts'

export const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'application/pdf']
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/** A key from the file name when the editor leaves it empty: "資料 No.1.pdf" → "no-1". */
const keyFromFilename: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && !data.key) {
    const name = (req.file?.name ?? data.filename ?? '') as string
    const base = name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    data.key = base || `file-${Date.now()}`
  }
  return data
}

/** Images (alt text required) and PDFs; sharp makes the listed sizes. Files are public once uploaded. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ja: 'メディア', en: 'Media' }, plural: { ja: 'メディア（画像・PDF）', en: 'Media' } },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'key', 'updatedAt'] },
  access: { read: () => true, create: editors, update: editors, delete: publishers },
  hooks: { beforeValidate: [keyFromFilename] },
  upload: {
    staticDir: process.env.KEIKAKU_MEDIA_DIR ?? path.resolve(import.meta.dirname, '..', '..', 'var', 'media'),
    mimeTypes: MEDIA_MIME_TYPES,
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    keyField({ required: false }),
    text('alt', { ja: '代替テキスト（画像）／文書名（PDF）', en: 'Alt text (images) / title (PDFs)' }, {
      required: true,
      admin: {
        description: {
          ja: '画像の内容を言葉で説明してください。画面読み上げで読まれます。',
          en: 'Describe the image in words; screen readers read it.',
        },
      },
    }),
    formerKeysField,
    sampleFieldsField,
  ],
}
