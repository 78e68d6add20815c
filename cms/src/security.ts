/**
 * Where the admin is reached from, for Payload's CSRF check (cookie logins from other origins are refused) and
 * CORS: the public admin URL (KEIKAKU_CMS_URL) when set, else the admin on this machine (localhost and 127.0.0.1
 * on KEIKAKU_ADMIN_PORT, default 3000), so that the check is on even without configuration.
 */
export function adminOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.KEIKAKU_CMS_URL) return [new URL(env.KEIKAKU_CMS_URL).origin]
  const port = env.KEIKAKU_ADMIN_PORT || env.PORT || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** Behind HTTPS (an https KEIKAKU_CMS_URL, as the README asks for production) the auth cookie is `Secure`. */
export const servedOverHttps = (env: NodeJS.ProcessEnv = process.env) => (env.KEIKAKU_CMS_URL ?? '').startsWith('https://')

/**
 * One answer for a wrong password and for a locked account, so that the login form does not tell whether an
 * address belongs to a staff member (Payload's defaults differ).
 */
export const LOGIN_REFUSED = {
  ja: 'メールアドレスまたはパスワードが正しくないか、ログインの失敗が続いたため一時的にロックされています。',
  en: 'The email or password is incorrect, or the account is locked for a while after repeated failed logins.',
}

/**
 * Response headers of the admin and API. Next.js and Payload put inline scripts and styles into their pages
 * (without nonces), hence 'unsafe-inline'; everything is loaded from the admin's own origin. `next dev` also
 * needs eval for its hot reload.
 */
export function adminSecurityHeaders(dev = process.env.NODE_ENV === 'development'): Array<{ key: string; value: string }> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ]
}
