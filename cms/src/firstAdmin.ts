import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export const FIRST_ADMIN_EMAIL = 'admin@keikaku.localhost'

/**
 * On the very first start there is nobody to log in: create an admin with a random password and print it once.
 * No default password lives in the repository.
 */
export async function ensureFirstAdmin(payload: Payload): Promise<void> {
  if (process.env.KEIKAKU_SKIP_FIRST_ADMIN === '1') return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: FIRST_ADMIN_EMAIL, password, name: '管理者', role: 'admin' },
    overrideAccess: true,
  })
  const line = '─'.repeat(64)
  payload.logger.info(
    `\n${line}\n初回起動: 管理者ユーザーを作成しました / First start: created an admin user\n` +
      `  メール / Email:       ${FIRST_ADMIN_EMAIL}\n  パスワード / Password: ${password}\n` +
      `ログイン後、パスワードを変更してください / Change the password after logging in.\n${line}`,
  )
}
