import type { Label } from './i18n.ts'
import type { KPI_CSV_COLUMNS } from './kpi-data.ts'

/** What each open-data CSV column holds, for the data page; typed so that a new column cannot go unexplained. */
export const KPI_CSV_COLUMN_HELP: Record<(typeof KPI_CSV_COLUMNS)[number], Label> = {
  municipality_code: {
    ja: '全国地方公共団体コード（総務省が定める6桁の自治体コード。一関市は032093。複数の自治体のデータを結合するときの鍵になります）',
    en: 'Municipality code (the 6-digit local government code set by the Ministry of Internal Affairs; Ichinoseki is 032093), for joining data of several cities',
  },
  kpi_key: { ja: '指標の識別子（英数字。ページのURLにも使われ、変わりません）', en: 'Indicator identifier (stable; also used in the page URL)' },
  kpi_name_ja: { ja: '指標名（日本語）', en: 'Indicator name in Japanese' },
  kpi_name_en: { ja: '指標名（英語。未翻訳のときは空）', en: 'Indicator name in English (empty when untranslated)' },
  kpi_kind: { ja: '指標の種類（numeric-target：数値目標、kpi：重要業績評価指標）', en: 'Kind of indicator (numeric-target or kpi)' },
  value_type: { ja: '値の種類（baseline：基準値、actual：実績値、target：目標値）', en: 'Kind of value (baseline, actual or target)' },
  fiscal_year: { ja: '年度（西暦の年度。4月から翌年3月まで。例：2019は令和元年度）', en: 'Fiscal year, Western (April to March; 2019 = Reiwa 1)' },
  value: { ja: '値（数値。単位は unit_ja 列）', en: 'Value (a number; the unit is in unit_en / unit_ja)' },
  unit_ja: { ja: '単位（日本語）', en: 'Unit in Japanese' },
  unit_en: { ja: '単位（英語。未翻訳のときは空）', en: 'Unit in English (empty when untranslated)' },
  direction: { ja: '望ましい方向（higher：高いほどよい、lower：低いほどよい）', en: 'Better when the value is higher or lower (higher, lower)' },
  status: {
    ja: '実績値の確定状況（final：確定値、preliminary：速報値。基準値・目標値の行は空）',
    en: 'Status of an actual (final or preliminary; empty for baseline and target)',
  },
  note_ja: { ja: '実績値の注記（日本語）', en: 'Note on the actual, in Japanese' },
  source_ja: { ja: '実績値の出典（日本語）', en: 'Source of the actual, in Japanese' },
  department_ja: { ja: '担当部署（日本語）', en: 'Responsible department, in Japanese' },
  plans: { ja: '指標が属する計画の識別子（複数のときは半角スペース区切り）', en: 'Identifiers of the plans the indicator belongs to (space-separated)' },
  goals: { ja: '関連するまちづくりの目標の識別子（半角スペース区切り）', en: 'Identifiers of the related goals (space-separated)' },
  updated_date: { ja: '最終更新日（YYYY-MM-DD）', en: 'Last updated (YYYY-MM-DD)' },
  sample: {
    ja: 'true のときはデモ用のサンプル値（市の資料にない値）',
    en: 'true when the value is a sample written for the demo (not in the city’s documents)',
  },
}
