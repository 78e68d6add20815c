import { KEY_PATTERN } from '@keikaku/content-schemas'
import type { CollectionBeforeChangeHook, Field, TextField } from 'payload'
import { say } from '../messages.ts'

/** The stable key (slug) that the snapshot and URLs use: database ids never leave the CMS. */
export function keyField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'key',
    type: 'text',
    label: { ja: 'キー（URL用の識別子）', en: 'Key (URL identifier)' },
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        ja: '半角英小文字・数字・ハイフン（例: goal-1）。公開後に変えると旧URLから転送されます。',
        en: 'Lowercase letters, digits and hyphens (e.g. goal-1). Changing it after publishing redirects the old URL.',
      },
    },
    validate: (value: unknown, { req }: { req: Parameters<typeof say>[0] }) => {
      if (typeof value !== 'string' || value === '') return say(req, { ja: 'キーは必須です。', en: 'Key is required.' })
      if (!KEY_PATTERN.test(value)) {
        return say(req, {
          ja: `キー「${value}」は使えません。半角英小文字・数字・ハイフンのみで入力してください（例: goal-1）。`,
          en: `Key "${value}" is not allowed: use lowercase letters, digits and single hyphens (e.g. goal-1).`,
        })
      }
      return true
    },
    ...overrides,
  } as TextField
}

/** Old keys, kept so the site can redirect from them. */
export const formerKeysField: Field = {
  name: 'formerKeys',
  type: 'text',
  hasMany: true,
  label: { ja: '旧キー', en: 'Former keys' },
  admin: { position: 'sidebar', readOnly: true },
}

/** Remembers the previous key when an editor changes it. */
export const rememberFormerKey: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const previous = originalDoc?.key as string | undefined
  if (previous && data.key && data.key !== previous) {
    const former: string[] = (originalDoc?.formerKeys as string[] | undefined) ?? []
    data.formerKeys = [...new Set([...former, previous])].filter((k) => k !== data.key)
  }
  return data
}
