import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (cms/ is one level below it); KEIKAKU_ROOT overrides it for deployments. */
export const REPO_ROOT = process.env.KEIKAKU_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Working folders of the publish job (snapshots being published, previews), outside git; tests use their own. */
export const PUBLISH_WORK_DIR = process.env.KEIKAKU_PUBLISH_WORK_DIR ?? path.join(REPO_ROOT, 'var', 'publish')
