/** Words of the admin's own components (Japanese, and English for the English admin). */
export const PUBLISH_NOW = {
  label: { ja: '今すぐ公開', en: 'Publish now' },
  reason: { ja: '管理者による手動公開', en: 'Published now by an admin' },
  queued: { ja: '公開を依頼しました。数十秒でサイトに反映されます。', en: 'Publish requested; the site updates in under a minute.' },
  failed: { ja: '公開を依頼できませんでした:', en: 'Could not request a publish:' },
}

export const PUBLISH_STATUS = {
  liveBuild: { ja: '公開サイトの版', en: 'Live build' },
  latestChange: { ja: '最新の公開内容', en: 'Latest published change' },
  pending: { ja: '公開処理の待機中・実行中です。まもなく反映されます。', en: 'A rebuild is queued or running.' },
  stale: { ja: '⚠ 公開サイトは最新の公開内容より古いです。', en: '⚠ The live site is older than the latest published content.' },
  upToDate: { ja: '公開サイトは最新です。', en: 'The live site is up to date.' },
  lastFailed: { ja: '直近の公開は失敗しました（公開サイトは変更されていません）:', en: 'The last publish failed (live site unchanged):' },
  lastIncomplete: {
    ja: '直近の公開でページは反映されましたが、検索索引・PDFの更新に失敗しました（次の公開で作り直します）:',
    en: 'The last publish put the pages live, but the search index or PDFs could not be made (the next publish makes them):',
  },
  finishing: {
    ja: '新しいページは公開済みです。検索索引・PDFを更新しています。',
    en: 'The new pages are live; the search index and PDFs are being updated.',
  },
}

export const QUEUE = {
  heading: { ja: '承認待ち', en: 'Awaiting approval' },
  count: { ja: '件', en: '' },
  empty: { ja: '承認待ちの下書きはありません。', en: 'No drafts are waiting for approval.' },
  kind: { ja: '種類', en: 'Kind' },
  title: { ja: '件名', en: 'Title' },
  submittedBy: { ja: '依頼した人', en: 'Submitted by' },
  submittedAt: { ja: '依頼日時', en: 'Submitted' },
  returnedHeading: { ja: '差し戻された下書き', en: 'Returned drafts' },
  reason: { ja: '差戻しの理由', en: 'Reason' },
  scheduleFailedHeading: { ja: '予約公開の失敗', en: 'Failed scheduled publishes' },
  when: { ja: '日時', en: 'When' },
}

export const HISTORY = {
  heading: { ja: '承認の履歴', en: 'Approval history' },
  empty: { ja: 'まだ記録はありません。', en: 'Nothing recorded yet.' },
}

/** The admin's own name (login page, navigation). */
export const BRAND = {
  name: '計画 Keikaku',
  tagline: '総合計画の編集・公開',
}
