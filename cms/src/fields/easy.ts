import { READING_PATTERN } from '@keikaku/content-schemas'
import type { Field, PayloadRequest, TextareaField } from 'payload'
import { say } from '../messages.ts'

/**
 * やさしい日本語 summary for the /easy/ edition. Japanese only, so not localized; part of the record, so it goes
 * through the same drafts and approval. Empty means the record is not listed in the /easy/ edition.
 */
export const easySummaryField = (name = 'easySummary', label = { ja: 'やさしい日本語の要約', en: 'Easy Japanese summary' }): TextareaField => ({
  name,
  type: 'textarea',
  label,
  admin: {
    description: {
      ja: '「やさしいにほんご」のページに出ます。短い文で、1つの文に1つのことを書きます。「です・ます」で書きます。難しいことばは説明します。ふりがなは自動で付きます。空のときは載せません。',
      en: 'Shown in the Easy Japanese edition (/easy/). Short sentences, one idea each, です/ます; explain hard words. Furigana is added automatically. Leave empty to leave the record out.',
    },
  },
})

/** The city's reading dictionary (一関 → いちのせき): its readings win over the analyser's when furigana is added. */
export const readingsField: Field = {
  name: 'readings',
  type: 'array',
  label: { ja: '読みがな辞書', en: 'Reading dictionary' },
  labels: { singular: { ja: '読みがな', en: 'Reading' }, plural: { ja: '読みがな', en: 'Readings' } },
  admin: {
    description: {
      ja: 'ふりがなを自動で付けるとき、ここに登録した読みを優先します（地名・施設名など）。例: 一関 → いちのせき',
      en: 'When furigana is added, these readings win over the dictionary (place and facility names). E.g. 一関 → いちのせき',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'surface', type: 'text', required: true, label: { ja: '表記', en: 'Written as' } },
        {
          name: 'reading',
          type: 'text',
          required: true,
          label: { ja: '読み（ひらがな）', en: 'Reading (hiragana)' },
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            typeof value === 'string' && READING_PATTERN.test(value.trim())
              ? true
              : say(req, {
                  ja: `「読み（ひらがな）」はひらがなで入力してください（例: いちのせき）。入力: ${String(value ?? '')}`,
                  en: `"Reading" must be hiragana (e.g. いちのせき). Got: ${String(value ?? '')}`,
                }),
        },
      ],
    },
  ],
}
