import { bodiesNote } from './bodies.ts'
import { t, type SeedPage } from '../types.ts'

export const pages: SeedPage[] = [
  {
    key: 'sakutei-soshiki',
    title: t('策定組織の役割', 'Roles of the planning bodies'),
    summary: t('総合計画と総合戦略を策定する組織の構成と役割', 'How the bodies that make the two plans are composed and what they do'),
    paragraphs: [
      t(
        '総合戦略の策定プロセスとして、幅広い年齢層からなる住民をはじめ、産官学金労言等で構成される推進組織で検討し、広く関係者の意見が反映されることとしているが、総合計画に係る策定組織とは構成や役割が異なることから、別個に開催する。',
        'The Comprehensive Strategy is to be examined by residents of all ages and a body of industry, government, academia, finance, labour and media, so that stakeholders’ views are widely reflected; because its composition and role differ from the bodies for the Comprehensive Plan, the two are held separately.',
      ),
      bodiesNote,
    ],
    roleTables: [
      {
        title: t(
          '総合計画審議会とまち・ひと・しごと創生有識者会議の役割',
          'Roles of the Comprehensive Plan Council and the Expert Council on Town, People and Work',
        ),
        bodies: ['sogo-keikaku-shingikai', 'yushikisha-kaigi'],
      },
      {
        title: t(
          'まちづくりスタッフ会議とまち・ひと・しごとを語る会の役割',
          'Roles of the Community Planning Staff Meeting and the Town, People and Work Dialogue',
        ),
        bodies: ['machizukuri-staff-kaigi', 'machi-hito-shigoto-wo-kataru-kai'],
      },
    ],
    parent: null,
    order: 1,
    sampleFields: [],
  },
]
