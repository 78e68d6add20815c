import { run } from '../run.ts'

/**
 * Where a validated build goes after it was switched live locally. The local `live` link is always kept (it is
 * what rollback switches); a remote target then mirrors the live build.
 */
export interface DeployTarget {
  /** For logs and the admin, e.g. "rsync deploy@web.example.jp:/var/www/keikaku/". */
  describe(): string
  deploy(buildDir: string): Promise<void>
}

/** Default: the local `live` directory is the deployment (serve it with any static web server). */
export const localTarget: DeployTarget = {
  describe: () => 'local directory (var/site/live)',
  deploy: async () => {},
}

/**
 * rsync (over SSH for a `user@host:/path` destination). `--delay-updates` puts files in place at the end, so
 * readers see the old or the new site, not a mix; `--delete-after` removes old files only then.
 */
export function rsyncArgs(buildDir: string, destination: string, sshCommand?: string): string[] {
  return [
    '--archive',
    '--compress',
    '--delete-after',
    '--delay-updates',
    '--human-readable',
    // The builder's state for the next incremental publish (snapshot, search readings, audit report): not for the web.
    '--exclude=/.keikaku/',
    ...(sshCommand ? ['--rsh', sshCommand] : []),
    `${buildDir.replace(/\/?$/, '/')}`,
    destination.replace(/\/?$/, '/'),
  ]
}

export const rsyncTarget = (destination: string, sshCommand?: string): DeployTarget => ({
  describe: () => `rsync ${destination}`,
  deploy: (buildDir) => run('rsync', rsyncArgs(buildDir, destination, sshCommand)),
})

/** SFTP-only hosts: lftp mirrors the build (reverse mirror), deleting what the new build no longer has. */
export function lftpArgs(buildDir: string, url: string): string[] {
  const remote = new URL(url)
  const target = remote.pathname || '/'
  // URL.origin is "null" for sftp:, so the host part is put together here; the password, if any, stays in ~/.netrc.
  const host = `${remote.protocol}//${remote.username ? `${remote.username}@` : ''}${remote.host}`
  return ['-c', `open ${host}; mirror --reverse --delete --verbose=1 --exclude-glob .keikaku/ ${JSON.stringify(buildDir)} ${JSON.stringify(target)}`]
}

export const sftpTarget = (url: string): DeployTarget => ({
  describe: () => `sftp ${new URL(url).host}${new URL(url).pathname}`,
  deploy: (buildDir) => run('lftp', lftpArgs(buildDir, url)),
})

/**
 * The target from configuration: KEIKAKU_DEPLOY_TARGET = local (default) | rsync | sftp, with
 * KEIKAKU_DEPLOY_DEST (rsync: `user@host:/path/` or a local path; sftp: `sftp://user@host/path/`) and,
 * for rsync, KEIKAKU_DEPLOY_SSH (e.g. "ssh -i /etc/keikaku/deploy_key").
 */
export function targetFromEnv(env: Record<string, string | undefined> = process.env): DeployTarget {
  const kind = env.KEIKAKU_DEPLOY_TARGET ?? 'local'
  const destination = env.KEIKAKU_DEPLOY_DEST
  if (kind === 'local') return localTarget
  if (!destination) throw new Error(`KEIKAKU_DEPLOY_TARGET=${kind} needs KEIKAKU_DEPLOY_DEST`)
  if (kind === 'rsync') return rsyncTarget(destination, env.KEIKAKU_DEPLOY_SSH)
  if (kind === 'sftp') return sftpTarget(destination)
  throw new Error(`Unknown KEIKAKU_DEPLOY_TARGET "${kind}": use local, rsync or sftp`)
}
