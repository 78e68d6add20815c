import { t, type SeedMedia } from '../types.ts'

/** The city's PDFs are not in the seed; these stand-ins say so on their first page. */
export const media: SeedMedia[] = [
  {
    key: 'shiryo-1-2-taikei-an',
    kind: 'document',
    file: 'shiryo-1-2-taikei-an.pdf',
    alt: t('資料№１－２ 次期総合計画体系案（サンプルPDF）', 'Material 1-2: draft plan structure (sample PDF)'),
    sampleFields: ['file'],
  },
  {
    key: 'sogo-keikaku-to-sogo-senryaku',
    kind: 'document',
    file: 'sogo-keikaku-to-sogo-senryaku.pdf',
    alt: t('総合計画と総合戦略について（サンプルPDF）', 'On the comprehensive plan and strategy (sample PDF)'),
    sampleFields: ['file'],
  },
  {
    key: 'vision-illustration',
    kind: 'image',
    file: 'vision-illustration.png',
    alt: t('山並みと川、昇る太陽を描いた将来像のイメージ図（サンプル）', 'Illustration of mountains, a river and a rising sun for the future vision (sample)'),
    sampleFields: ['file'],
  },
]
