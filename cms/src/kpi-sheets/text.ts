/** What the admin's KPI sheet panel says, in the admin's two languages. */
export const KPI_SHEET_TEXT = {
  exportHeading: { ja: 'KPIシートの書き出し', en: 'Export the KPI sheet' },
  exportHelp: {
    ja: '一覧の絞り込みどおりの指標を、公開データと同じ列で書き出します。年度を指定すると、その年度の実績値が未入力の指標に空欄の行が付きます。',
    en: 'Exports the KPIs of the filtered list in the open-data columns. With a fiscal year, KPIs without an actual for it get an empty row to fill in.',
  },
  fiscalYear: { ja: '報告する年度（西暦・任意）', en: 'Fiscal year to report (optional)' },
  exportXlsx: { ja: '書き出し（Excel）', en: 'Export (Excel)' },
  exportCsv: { ja: '書き出し（CSV）', en: 'Export (CSV)' },
  importHeading: { ja: 'KPIシートの取り込み', en: 'Import a KPI sheet' },
  importHelp: {
    ja: '記入したシート（Excel、またはUTF-8・Shift_JISのCSV）を選ぶと、変更点または問題の一覧を表示します。確定すると承認依頼中の下書きとして保存します。',
    en: 'Choose a filled-in sheet (Excel, or CSV in UTF-8 or Shift_JIS) to see the changes or the problems. Confirming saves them as drafts submitted for approval.',
  },
  file: { ja: 'シートのファイル', en: 'Sheet file' },
  check: { ja: '内容を確認', en: 'Preview' },
  checking: { ja: '確認中…', en: 'Checking…' },
  problems: { ja: '問題があるため取り込めません（何も反映していません）', en: 'The sheet has problems; nothing was applied' },
  changes: { ja: '取り込む変更', en: 'Changes to import' },
  submit: { ja: '承認依頼として保存', en: 'Save and submit for approval' },
  publish: { ja: '取り込んで公開', en: 'Import and publish' },
  saving: { ja: '保存中…', en: 'Saving…' },
  done: { ja: '取り込みました', en: 'Imported' },
  failed: { ja: '取り込めませんでした', en: 'Import failed' },
} as const
