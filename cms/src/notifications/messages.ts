/** The e-mails staff receive (Japanese: the city's working language). */
export interface Subject {
  kind: string
  title: string
  url: string
}

const footer = (s: Subject) => `\n\n${s.kind}「${s.title}」\n${s.url}\n\n-- \n計画 Keikaku（このメールは自動送信です）`

export const MESSAGES = {
  submitted: (s: Subject, by: string) => ({
    subject: `【承認依頼】${s.kind}「${s.title}」`,
    text: `${by} さんから承認の依頼がありました。内容を確認し、公開するか、理由を付けて差し戻してください。${footer(s)}`,
  }),
  /** One message for a batch (a KPI sheet import submits every KPI it changes). */
  submittedMany: (subjects: Subject[], by: string) => ({
    subject: `【承認依頼】${subjects[0].kind} ${subjects.length}件`,
    text: `${by} さんから ${subjects.length} 件の承認の依頼がありました（一括の取り込み）。内容を確認し、公開するか、理由を付けて差し戻してください。\n\n${subjects.map((s) => `${s.kind}「${s.title}」\n${s.url}`).join('\n\n')}\n\n-- \n計画 Keikaku（このメールは自動送信です）`,
  }),
  returned: (s: Subject, by: string, reason: string) => ({
    subject: `【差戻し】${s.kind}「${s.title}」`,
    text: `${by} さんが差し戻しました。\n\n理由:\n${reason}\n\n直してから「承認状況」を「承認依頼中」にして下書き保存してください。${footer(s)}`,
  }),
  published: (s: Subject, by: string) => ({
    subject: `【承認・公開】${s.kind}「${s.title}」`,
    text: `${by} さんが承認し、公開しました。公開サイトへの反映には数十秒かかります。${footer(s)}`,
  }),
  scheduleFailed: (s: Subject, when: string, error: string) => ({
    subject: `【予約公開の失敗】${s.kind}「${s.title}」`,
    text: `${when} に予約していた公開ができませんでした。文書は公開されていません。\n\n理由:\n${error}\n\n内容を直してから、もう一度公開するか予約してください。${footer(s)}`,
  }),
}
