/** `npm run seed`: loads Ichinoseki's plan into the CMS database (idempotent). */
import { prepareDatabase, withCms } from './lib/cms.ts'
import { loadCmsEnv } from './lib/env.ts'

loadCmsEnv()
await withCms(prepareDatabase)
process.exit(0)
