/** `npm run reset-admin`: gives the first admin a new random password and prints it. */
import { randomBytes } from 'node:crypto'
import { loadCmsEnv } from './lib/env.ts'

loadCmsEnv()
const { getPayloadClient } = await import('@keikaku/cms/getPayloadClient')
const { FIRST_ADMIN_EMAIL } = await import('@keikaku/cms/firstAdmin')
const payload = await getPayloadClient()
const password = randomBytes(12).toString('base64url')
const { docs } = await payload.update({
  collection: 'users',
  where: { email: { equals: FIRST_ADMIN_EMAIL } },
  data: { password, lockUntil: null, loginAttempts: 0 },
  overrideAccess: true,
})
console.log(docs.length ? `${FIRST_ADMIN_EMAIL} / パスワード Password: ${password}` : `No user ${FIRST_ADMIN_EMAIL} in this database.`)
await payload.destroy()
process.exit(0)
