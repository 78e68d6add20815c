import { goals } from './concept.ts'
import { t, type SeedRecord } from '../types.ts'

/** 策定組織: the four bodies of 「策定組織の役割」 and the five 部会 of まちづくりスタッフ会議. */
export const bodies: SeedRecord<'bodies'>[] = [
  {
    key: 'sogo-keikaku-shingikai',
    name: t('総合計画審議会', 'Comprehensive Plan Council'),
    purpose: t('市長の諮問機関', 'An advisory body to the mayor'),
    composition: t(
      '委員（公募、支所長推薦、部長推薦（知識経験者、公共的団体等の役職員））',
      'Members (publicly recruited; recommended by branch office heads; recommended by department heads: experts and officers of public organizations)',
    ),
    duties: [
      t('前期基本計画の草案について審議を行う。', 'Deliberates on the draft of the First Basic Plan.'),
      t('前期基本計画の答申を行う。', 'Reports its findings on the First Basic Plan.'),
    ],
    plans: ['sogo-keikaku'],
    parent: null,
    goal: null,
    order: 1,
    sampleFields: [],
  },
  {
    key: 'yushikisha-kaigi',
    name: t('まち・ひと・しごと創生有識者会議', 'Expert Council on Town, People and Work'),
    purpose: t(
      '総合戦略の策定及び推進にあたり、関係者の意見を反映する。',
      'Reflects the views of stakeholders in making and carrying out the Comprehensive Strategy.',
    ),
    composition: t(
      '産業界、行政機関、教育機関、金融機関、労働団体及びメディア等の関係者',
      'People from industry, government, education, finance, labour and the media',
    ),
    duties: [
      t('人口ビジョン及び総合戦略の策定について意見を述べる。', 'Gives its views on the Population Vision and the Comprehensive Strategy.'),
      t('重要業績評価指標（KPI）の検証を行う', 'Verifies the key performance indicators (KPIs).'),
      t('総合戦略の推進状況、効果について検証を行う。', 'Verifies the progress and effect of the Comprehensive Strategy.'),
    ],
    plans: ['sogo-senryaku'],
    parent: null,
    goal: null,
    order: 2,
    sampleFields: [],
  },
  {
    key: 'machizukuri-staff-kaigi',
    name: t('まちづくりスタッフ会議', 'Community Planning Staff Meeting'),
    purpose: t('市が起草した前期基本計画分野別計画の草案について協議する。', 'Discusses the draft sectoral plans of the First Basic Plan written by the city.'),
    composition: t('委員（公募、市職員など）', 'Members (publicly recruited, city staff and others)'),
    duties: [
      t(
        '市が起草した前期基本計画分野別計画の草案について、「５つの基本目標」に対応した５つの部会単位で、現状と課題、施策の展開方法及び市民の参画等の確認・検討を行う。',
        'Reviews the draft sectoral plans in five sub-committees, one for each of the five goals: present state and issues, how policies will be developed, and citizen participation.',
      ),
    ],
    plans: ['sogo-keikaku'],
    parent: null,
    goal: null,
    order: 3,
    sampleFields: [],
  },
  ...goals.map((goal, i) => ({
    key: `machizukuri-staff-kaigi-bukai-${i + 1}`,
    name: t(`まちづくりスタッフ会議 第${i + 1}部会`, `Staff Meeting, Sub-committee ${i + 1}`),
    purpose: t(`（サンプル）まちづくりの目標「${goal.title.ja}」に対応する分野別計画の草案を確認・検討する。`),
    composition: t('委員（公募、市職員など）', 'Members (publicly recruited, city staff and others)'),
    duties: [
      t(
        '現状と課題、施策の展開方法及び市民の参画等の確認・検討を行う。',
        'Reviews present state and issues, how policies will be developed, and citizen participation.',
      ),
    ],
    plans: ['sogo-keikaku'],
    parent: 'machizukuri-staff-kaigi',
    goal: goal.key,
    order: 3 + i + 1,
    sampleFields: ['purpose'],
  })),
  {
    key: 'machi-hito-shigoto-wo-kataru-kai',
    name: t('まち・ひと・しごとを語る会', 'Town, People and Work Dialogue'),
    purpose: t('施策等の検討を行うために課題、ニーズを把握する。', 'Learns the issues and needs that policies should address.'),
    composition: t('「まち・ひと・しごと」に関わる幅広い年齢層の市民', 'Citizens of all ages involved in town, people and work'),
    duties: [
      t(
        '「まち・ひと・しごと」に関する「○○するためにはどうしたらよいか」というテーマについて意見を話してもらい、計画の策定、実施計画事業等の検討及び事業実施上での参考とする。',
        'Hears views on themes of the form "what should we do to …?" about town, people and work, for use in making the plan, choosing implementation projects and carrying them out.',
      ),
    ],
    plans: ['sogo-senryaku'],
    parent: null,
    goal: null,
    order: 9,
    sampleFields: [],
  },
]

/** 策定組織の役割: the note that closes the tables. */
export const bodiesNote = t('構成員及び内容は策定上必要とされているもの', 'Composition and duties are those required for making the plans.')
