import { t, type SeedData } from '../types.ts'

export const settings: SeedData['settings'] = {
  cityName: t('一関市', 'Ichinoseki City'),
  siteTitle: t('一関市総合計画', 'Ichinoseki City Comprehensive Plan'),
  baseUrl: 'http://localhost:4321',
  contact: {
    department: t('一関市 まちづくり推進部 政策企画課（サンプル）', 'Policy Planning Division, Ichinoseki City (sample)'),
    phone: '0191-21-2111',
    email: null,
    address: t('岩手県一関市竹山町7番2号', '7-2 Takeyama-cho, Ichinoseki, Iwate'),
  },
  openDataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
  municipalityCode: '032093',
  officialSiteUrl: 'https://www.city.ichinoseki.iwate.jp/',
  englishNotice: t(
    '英語版は参考訳です。正式な内容は日本語版をご覧ください。',
    'The English text is a reference translation (参考訳). The Japanese text is authoritative.',
  ),
  sampleFields: ['contact'],
}
