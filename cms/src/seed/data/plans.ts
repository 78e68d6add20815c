import { t, type SeedRecord } from '../types.ts'
import { easyVision } from './easy.ts'

/** The seed names no grading scale for the council's verification: this one is a sample, flagged as such. */
const sampleGradeScale: SeedRecord<'plans'>['gradeScale'] = [
  {
    grade: 'A',
    order: 1,
    label: t('十分な効果があった', 'Clearly effective'),
    meaning: t('目標の達成に向けて十分な効果があり、順調に推移している。', 'The measures are clearly working and the indicator is on course for its target.'),
  },
  {
    grade: 'B',
    order: 2,
    label: t('一定の効果があった', 'Somewhat effective'),
    meaning: t(
      '目標の達成に向けて一定の効果があったが、さらなる取組が必要である。',
      'The measures have had some effect, but more is needed to reach the target.',
    ),
  },
  {
    grade: 'C',
    order: 3,
    label: t('効果が十分でない', 'Not yet effective'),
    meaning: t('効果が十分に表れておらず、取組の改善が必要である。', 'The effect is not yet visible; the measures need to be improved.'),
  },
  {
    grade: 'D',
    order: 4,
    label: t('効果がなかった', 'Not effective'),
    meaning: t('効果が見られず、取組の抜本的な見直しが必要である。', 'No effect is seen; the measures need to be reconsidered.'),
  },
]

/** From 「総合計画と総合戦略の性質」 and 次期総合計画体系案 (第1回総合計画審議会【資料No.1-2】). */
export const plans: SeedRecord<'plans'>[] = [
  {
    key: 'sogo-keikaku',
    kind: 'comprehensive',
    order: 1,
    title: t('一関市総合計画', 'Ichinoseki City Comprehensive Plan'),
    shortTitle: t('総合計画', 'Comprehensive Plan'),
    startFY: 2016,
    endFY: 2025,
    purpose: t(
      'まちづくりの将来像と基本的な考え方及びこれを達成するための目標や施策の大綱を明らかにする。',
      "Sets out the city's future vision and basic ideas, and the goals and outline of policies to achieve them.",
    ),
    scope: t(
      '市が策定する各種の計画の中で最上位に位置付けられ、全ての施策分野にわたる総合性をもった計画であるもの。',
      'The highest-ranking of all plans the city makes, covering every policy field comprehensively.',
    ),
    periodText: t('目標年次を平成37年（2025年）とする10か年計画', 'A ten-year plan with 2025 as its target year'),
    vision: {
      slogan: t('みつけよう育てよう　郷土の宝　いのち輝く一関', "Discover and nurture our home's treasures — Ichinoseki, where life shines"),
      text: t(
        '（サンプル）市民一人ひとりが郷土の宝を見つけ、育て、次の世代へ引き継ぎながら、誰もがいきいきと暮らせる一関を目指します。',
        '(Sample) An Ichinoseki where everyone lives vividly, finding, nurturing and handing on the treasures of our home.',
      ),
      easySummary: easyVision,
    },
    layers: [
      {
        key: 'kihon-koso',
        name: t('基本構想', 'Basic Concept'),
        description: null,
        parts: [
          { key: 'vision', name: t('将来像', 'Future Vision'), description: t('目指す将来像', 'The future we aim for') },
          {
            key: 'principles',
            name: t('まちづくりの考え方', 'Principles'),
            description: t(
              '将来像を実現するために、市民、行政が共通認識すべきまちづくりの基本的な考え方を示すもの。',
              'The basic ideas that citizens and the administration should share to realize the vision.',
            ),
          },
          {
            key: 'goals',
            name: t('まちづくりの目標', 'Goals'),
            description: t(
              '将来像の実現に向けた、施策の方向性を示すもの。各施策を体系的かつ効果的に展開するための指針とするもの。',
              'The direction of policies toward the vision, and a guide for developing each policy systematically and effectively.',
            ),
          },
          { key: 'approaches', name: t('まちづくりの進め方', 'Approaches'), description: null },
        ],
        editions: [],
      },
      {
        key: 'kihon-keikaku',
        name: t('基本計画', 'Basic Plan'),
        description: null,
        parts: [
          {
            key: 'priority-projects',
            name: t('重点プロジェクト', 'Priority Projects'),
            description: t(
              '何を重点的に推し進めていくかを別立てでわかりやすく示すもの。基本構想の実現に向け、最も重点的かつ優先的に実施すべきテーマを重点施策として設定し、施策の考え方、進め方、展開策を示す。迅速かつ柔軟に行政課題に対応できるよう、施策体系の枠組みにとらわれず、横断的に対処すべき取り組みをまとめる。',
              'Shows separately and clearly what to push forward with priority. Sets the themes to pursue first as priority policies, with their thinking, approach and measures, and gathers cross-cutting work beyond the policy framework so that issues can be met quickly and flexibly.',
            ),
          },
          {
            key: 'sectoral-plans',
            name: t('分野別計画', 'Sectoral Plans'),
            description: t(
              '基本構想の実現に向け、分野ごとの現状把握と課題認識をもとに、今後の具体的な施策の展開方法を体系的に示す。※基本構想に掲げるまちづくりの目標に合わせてグループ分けする。',
              'Systematically shows how concrete policies will be developed, based on the present state and issues of each field. Grouped by the goals of the Basic Concept.',
            ),
          },
        ],
        editions: [{ key: 'zenki', name: t('前期基本計画', 'First Basic Plan'), startFY: 2016, endFY: 2020 }],
      },
      {
        key: 'jisshi-keikaku',
        name: t('実施計画', 'Implementation Plan'),
        description: t(
          '基本計画に基づき、毎年度、向こう３か年度分の個々の施策についての具体的な事業計画を定めるもので、社会経済情勢の変化により見直し、市の予算編成の指針とするもの。具体的な事業計画（向こう３か年度分）を、毎年度作成し、ローリングにより見直し。',
          'Based on the Basic Plan, sets concrete project plans for each policy for the next three fiscal years, every year; revised as social and economic conditions change and used as a guide for the budget. Made every year and reviewed on a rolling basis.',
        ),
        parts: [{ key: 'implementation-plans', name: t('実施計画', 'Implementation Plan'), description: null }],
        editions: [],
      },
    ],
    predecessor: null,
    gradeScale: sampleGradeScale,
    sampleFields: ['vision.text', 'gradeScale', 'vision.easySummary'],
  },
  {
    key: 'sogo-senryaku',
    kind: 'strategy',
    order: 2,
    title: t('一関市まち・ひと・しごと創生総合戦略', 'Ichinoseki City Comprehensive Strategy for Town, People and Work'),
    shortTitle: t('総合戦略', 'Comprehensive Strategy'),
    startFY: 2015,
    endFY: 2019,
    purpose: t(
      '人口減少、高齢化社会という、直面する課題への対応策を示す。',
      'Shows how to respond to the issues we face: a falling population and an ageing society.',
    ),
    scope: t(
      '人口減少、高齢化社会の直面する課題についての現状分析、将来目標、具体的な対応策を示す課題別計画であるもの。なお、数値目標や重要業績評価指標（KPI）を設定することとされている。',
      'An issue-specific plan with analysis, future targets and concrete measures for a falling population and an ageing society. Numeric targets and key performance indicators (KPIs) are to be set.',
    ),
    periodText: t('平成27年度（2015年度）から平成31年度（2019年度）の５か年計画', 'A five-year plan from FY2015 to FY2019'),
    vision: null,
    layers: [
      {
        key: 'kihon-mokuhyo',
        name: t('基本目標', 'Basic Goals'),
        description: null,
        parts: [{ key: 'strategy-goals', name: t('基本目標', 'Basic Goals'), description: null }],
        editions: [],
      },
    ],
    predecessor: null,
    gradeScale: sampleGradeScale,
    sampleFields: ['gradeScale'],
  },
]
