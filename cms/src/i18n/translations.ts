import { ja } from '@payloadcms/translations/languages/ja'
import { LOGIN_REFUSED } from '../security.ts'

type Namespace = Record<string, string>
type Translations = Record<string, Namespace>

/** Payload's Japanese words that a Japanese office does not use, and what it writes instead. */
const WORDS: Array<[RegExp, string]> = [
  [/ドラフト/g, '下書き'],
  [/ロケール/g, '言語'],
  [/グローバルな\s?/g, ''],
  [/グローバル/g, '設定'],
  [/コレクション/g, '一覧'],
]

/** Payload's own strings, one by one, where rewording words is not enough (English left in the Japanese pack). */
const JA_OVERRIDES: Translations = {
  general: {
    untitled: '（無題）',
    noLabel: '（{{label}}なし）',
    payloadSettings: '管理画面の設定',
    thisLanguage: '日本語',
    notFound: '見つかりません',
    nothingFound: '見つかりませんでした',
    true: 'はい',
    false: 'いいえ',
    updatedAt: '更新日時',
    createdAt: '作成日時',
  },
  authentication: { apiKey: 'API キー' },
  version: { saveDraft: '下書き保存', currentDraft: '現在の下書き' },
}

const EN_OVERRIDES: Translations = {
  general: { untitled: '(untitled)', noLabel: '(no {{label}})' },
}

/** Payload's Japanese pack with our wording applied to every string, plus the one-by-one overrides. */
function officeJapanese(): Translations {
  const out: Translations = {}
  for (const [namespace, strings] of Object.entries(ja.translations as unknown as Translations)) {
    out[namespace] = {}
    for (const [key, value] of Object.entries(strings)) {
      const reworded = WORDS.reduce((text, [from, to]) => text.replace(from, to), value)
      if (reworded !== value) out[namespace][key] = reworded
    }
  }
  for (const [namespace, strings] of Object.entries(JA_OVERRIDES)) Object.assign((out[namespace] ??= {}), strings)
  return out
}

/** What the login page says about "forgot password" when no mail server is configured: nothing is sent. */
const NO_MAIL_JA: Translations = {
  authentication: {
    forgotPasswordQuestion: 'パスワードをお忘れの場合',
    forgotPasswordEmailInstructions: 'この環境ではメール送信が設定されていないため、再設定のメールは届きません。管理者にパスワードの再設定を依頼してください。',
    checkYourEmailForPasswordReset:
      'メール送信が設定されていないため、メールは送信されていません。管理者にパスワードの再設定を依頼してください（依頼は管理者が読める「送信待ちメール」に記録されました）。',
    emailSent: 'メールは送信されていません（メール送信が未設定です）。',
  },
}
const NO_MAIL_EN: Translations = {
  authentication: {
    forgotPasswordQuestion: 'Forgot your password?',
    forgotPasswordEmailInstructions: 'E-mail is not set up here, so no reset message will arrive. Ask an administrator to reset your password.',
    checkYourEmailForPasswordReset:
      'E-mail is not set up, so nothing was sent. Ask an administrator to reset your password (the request was kept in the outbox admins can read).',
    emailSent: 'No e-mail was sent (e-mail is not set up).',
  },
}

const merge = (...packs: Translations[]): Translations => {
  const out: Translations = {}
  for (const pack of packs) for (const [ns, strings] of Object.entries(pack)) Object.assign((out[ns] ??= {}), strings)
  return out
}

/** `i18n.translations` for the Payload config. */
/** A locked account and a wrong password get the same answer, so that it does not tell which addresses exist. */
const loginRefused = (lang: 'ja' | 'en') => ({ error: { userLocked: LOGIN_REFUSED[lang], emailOrPasswordIncorrect: LOGIN_REFUSED[lang] } })

export function adminTranslations({ mailConfigured }: { mailConfigured: boolean }) {
  return {
    ja: merge(officeJapanese(), mailConfigured ? {} : NO_MAIL_JA, loginRefused('ja')),
    en: merge(EN_OVERRIDES, mailConfigured ? {} : NO_MAIL_EN, loginRefused('en')),
  }
}

/** Dates in the admin: 2026年11月27日 01:55 (date-fns pattern). */
export const ADMIN_DATE_FORMAT = 'yyyy年M月d日 HH:mm'
