import { t, type SeedRecord } from '../types.ts'

const plan = 'sogo-keikaku'

/** まちづくりの考え方: the four principles of the later (current) structure draft. */
export const principles: SeedRecord<'principles'>[] = [
  ['kyodo-no-takaramono', '郷土の宝物', "Our home's treasures", '地域資源を活用しよう', "Let's make use of local resources"],
  ['shimin-shutai', '市民主体', 'Citizens first', '自ら考え共に行動しよう', "Let's think for ourselves and act together"],
  ['jisedai-jinzai-shien', '次世代人材支援', 'Supporting the next generation', '郷土を誇りに思う心を育てよう', "Let's grow pride in our home"],
  ['anzen-anshin', '安全・安心', 'Safety and security', 'みんなで支え合い暮らしていこう', "Let's live supporting one another"],
].map(([key, ja, en, sentenceJa, sentenceEn], i) => ({
  key,
  plan,
  order: i + 1,
  title: t(ja, en),
  sentence: t(sentenceJa, sentenceEn),
  description: null,
  sampleFields: [],
}))

/** まちづくりの目標: the five goals (the full wording of the first one comes from the earlier copy). */
export const goals: SeedRecord<'goals'>[] = [
  [
    'miryoku',
    '地域資源をみがき生かせる魅力あるまち',
    'An attractive city that polishes and makes use of its local resources',
    '観光や農林業、ものづくりなど地域資源の魅力を高めます。',
  ],
  [
    'kasseika',
    'みんなが交流して地域が賑わう活力あるまち',
    'A lively city where people meet and communities thrive',
    '交流人口をふやし、新幹線や高速道路を生かして地域のにぎわいをつくります。',
  ],
  [
    'ninaite',
    '自ら輝きながら次代の担い手を応援するまち',
    'A city where people shine and support the next generation',
    '子育て支援と教育を充実し、次代を担う人材を育てます。',
  ],
  [
    'shizen',
    '郷土の恵みを未来へ引き継ぐ自然豊かなまち',
    'A city rich in nature that hands on its gifts to the future',
    '豊かな自然環境を守り、再生可能エネルギーの利用を進めます。',
  ],
  [
    'anshin',
    'みんなが安心して暮らせる笑顔あふれるまち',
    'A city full of smiles where everyone lives in safety',
    '防災・医療・福祉を充実し、誰もが安心して暮らせる地域をつくります。',
  ],
].map(([key, ja, en, descriptionJa], i) => ({
  key: `goal-${i + 1}-${key}`,
  plan,
  order: i + 1,
  title: t(ja, en),
  description: t(`（サンプル）${descriptionJa}`),
  sampleFields: ['description'],
}))

/** まちづくりの進め方 of the later structure draft. */
export const approaches: SeedRecord<'approaches'>[] = [
  ['kyodo', '市民と行政の協働のまちづくり', 'Community building in partnership between citizens and the city'],
  ['gyozaisei', '健全な行財政運営', 'Sound administration and finances'],
  ['koiki-renkei', '広域連携の推進', 'Promoting regional cooperation'],
].map(([key, ja, en], i) => ({ key, plan, order: i + 1, title: t(ja, en), description: null, sampleFields: [] }))

const sampleProjectFields = ['description', 'thinking', 'method', 'measures']

/** 重点プロジェクト: named in the seed; their 考え方 / 進め方 / 展開策 are samples. */
export const priorityProjects: SeedRecord<'priority-projects'>[] = [
  {
    key: 'ilc',
    plan,
    order: 1,
    title: t('ILCの推進', 'Promoting the ILC'),
    description: t('（サンプル）国際リニアコライダー（ILC）の誘致を見据え、国際的な研究拠点にふさわしいまちづくりを進めます。'),
    thinking: t('（サンプル）ILCの実現は、人口減少に歯止めをかけ、地域に新たな産業と交流を生み出す好機です。'),
    method: t('（サンプル）国・県・関係機関と連携し、受入れ環境の整備と市民の理解促進を一体的に進めます。'),
    measures: [
      { title: t('（サンプル）外国人研究者の生活環境整備'), description: null },
      { title: t('（サンプル）子ども向け科学教育の充実'), description: null },
    ],
    goals: ['goal-1-miryoku', 'goal-2-kasseika', 'goal-3-ninaite'],
    sampleFields: sampleProjectFields,
  },
  {
    key: 'shinsai',
    plan,
    order: 2,
    title: t('東日本大震災への対応', 'Responding to the Great East Japan Earthquake'),
    description: t('（サンプル）東日本大震災からの復興を支え、沿岸被災地の後方支援と防災力の向上に取り組みます。'),
    thinking: t('（サンプル）震災の経験を生かし、災害に強い地域をつくります。'),
    method: t('（サンプル）沿岸市町との連携を続け、自主防災組織の活動を支援します。'),
    measures: [
      { title: t('（サンプル）沿岸被災地の後方支援'), description: null },
      { title: t('（サンプル）自主防災組織の育成'), description: null },
    ],
    goals: ['goal-5-anshin', 'goal-2-kasseika', 'goal-4-shizen'],
    sampleFields: sampleProjectFields,
  },
]
