import type { CollectionName } from '@keikaku/content-schemas'

/**
 * やさしい日本語 summaries for the /easy/ edition, written for the demo from the seed text following
 * 「在留支援のためのやさしい日本語ガイドライン」: short sentences, one idea each, です/ます, hard words explained.
 * They are samples (not the city's own words): `withEasy` flags each in `sampleFields`. Furigana is added at build.
 */
export const easySummaries: Partial<Record<CollectionName, Record<string, string>>> = {
  plans: {
    'sogo-keikaku':
      '総合計画は、一関市の いちばん 大切な 計画です。市が これから 10年で 何を するかを 書いています。期間は 2016年度から 2025年度までです。市の ほかの 計画は、この 計画に 合わせて 作ります。',
    'sogo-senryaku':
      '総合戦略は、人口が 減ることに 対応する 計画です。一関市では 子どもが 少なくなり、お年寄りが 多くなっています。仕事を 増やします。子育てを 助けます。住みやすい まちを つくります。期間は 2015年度から 2019年度までです。',
  },
  principles: {
    'kyodo-no-takaramono':
      '一関市には、自然や 食べ物や 歴史など、よい ものが たくさん あります。これを「郷土の宝物」と 呼びます。みんなで 宝物を 使って、まちを よくします。',
    'shimin-shutai': 'まちを つくるのは 市民 一人ひとりです。自分で 考えます。そして、みんなで 一緒に 動きます。',
    'jisedai-jinzai-shien': '子どもや 若い 人を 応援します。一関市を 好きだと 思う 心を 育てます。',
    'anzen-anshin': '災害や 病気の ときも 安心して 暮らせる まちに します。みんなで 助け合います。',
  },
  goals: {
    'goal-1-miryoku': '一関市の よい ところを もっと よく します。観光や 農業や ものづくりに 力を 入れます。',
    'goal-2-kasseika': '人が たくさん 来る まちに します。新幹線や 高速道路を 使って、ほかの まちの 人とも 交流します。',
    'goal-3-ninaite': '子育てを 助けます。学校の 勉強も 大切に します。これからの まちを 支える 人を 育てます。',
    'goal-4-shizen': '山や 川などの 自然を 守ります。太陽の 光など、なくならない エネルギーを 使います。',
    'goal-5-anshin': '地震などの 災害に 備えます。病院や 福祉（困って いる 人を 助ける こと）を よく します。だれでも 安心して 暮らせる まちに します。',
  },
  'priority-projects': {
    ilc: 'ILCは、世界の 科学者が 使う 大きな 実験の 機械です。市は ILCを 一関市の 近くに つくる ことを 目指して います。外国から 来る 研究者が 暮らしやすい まちに します。',
    shinsai: '2011年に 東日本大震災が ありました。大きな 地震と 津波でした。海の 近くの まちを 助けます。災害に 強い まちを つくります。',
  },
  bodies: {
    'sogo-keikaku-shingikai': '総合計画審議会は、総合計画に ついて 話し合う 会議です。市長に 意見を 伝えます。市民も 委員に 応募できます。',
    'yushikisha-kaigi': '総合戦略に ついて 意見を 言う 会議です。会社や 学校や 銀行などの 人が 集まります。計画が うまく いって いるかを 調べます。',
    'machizukuri-staff-kaigi': '市民と 市の 職員が 一緒に 計画の 案を 読んで 話し合う 会議です。5つの グループに 分かれて います。',
    'machi-hito-shigoto-wo-kataru-kai':
      'いろいろな 年の 市民が 集まって、まちの ことを 話す 会です。「どう したら よいか」を 話し合います。市は その 意見を 計画に 生かします。',
  },
  meetings: {
    'sogo-keikaku-shingikai-2015-1':
      '2015年6月8日に 開いた 1回目の 審議会です。新しい 総合計画の 形（体系案）に ついて 話し合いました。資料を 読む ことが できます。',
  },
}

/** The vision's easy summary (将来像), on the comprehensive plan. */
export const easyVision =
  '一関市が 目指す まちの 姿です。「みつけよう育てよう 郷土の宝 いのち輝く一関」と いう 言葉に しました。一関市の よい ものを 見つけて 育てます。だれもが 元気に 暮らせる まちを 目指します。'

/** Above the KPI rating counts on each plan's easy progress page. */
export const easyProgress = '計画が どのくらい 進んで いるかを 数字で 調べて います。この 数字を「指標」と いいます。下の 表は、目標に とどいた 指標の 数です。'

/** The /easy/ home page (site settings). */
export const easyHome =
  'このページは、一関市の 計画を やさしい 日本語で 説明します。計画は、市が これから 何を するかを 決めた ものです。漢字には ふりがなが あります。下から 読みたい ものを 選んで ください。'

/** The city's reading dictionary: names the analyser reads wrongly. */
export const readings = [
  ['一関', 'いちのせき'],
  ['花泉', 'はないずみ'],
  ['千厩', 'せんまや'],
  ['室根', 'むろね'],
  ['大東', 'だいとう'],
  ['藤沢', 'ふじさわ'],
  ['川崎', 'かわさき'],
  ['東山', 'ひがしやま'],
].map(([surface, reading]) => ({ surface: surface!, reading: reading! }))
