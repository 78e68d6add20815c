import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { REPO_ROOT } from '../paths.ts'

export interface CommandResult {
  ok: boolean
  output: string
}

/** Keeps the end of a long log: the error is there. */
export const tail = (text: string, lines = 40) => text.trim().split('\n').slice(-lines).join('\n')

/** Stops a command started by `runCommand` with everything it started (its own process group). */
export function stopProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

/**
 * Runs a configured command (e.g. `npm run --silent publish-snapshot -w @keikaku/scripts --`) with more arguments
 * from the repository root, collecting its output. It is stopped, with everything it started, after `timeoutMs`,
 * or when this process exits. `onLine` sees each line of its standard output as it comes. `pidFile` records its
 * process group, so that a later start can stop a build left running by a server that was killed outright.
 */
export function runCommand(
  commandLine: string,
  args: string[],
  timeoutMs: number,
  { pidFile, onLine }: { pidFile?: string; onLine?: (line: string) => void } = {},
): Promise<CommandResult> {
  const [command, ...baseArgs] = commandLine.split(' ').filter(Boolean)
  return new Promise((resolve) => {
    const child = spawn(command, [...baseArgs, ...args], { cwd: REPO_ROOT, env: process.env, detached: true })
    // Detached (so that the timeout can stop the whole tree), it would outlive a server that stops: stop it too.
    const stopChild = () => stopProcessGroup(child.pid!)
    process.once('exit', stopChild)
    if (pidFile && child.pid) writeFileSync(pidFile, String(child.pid))
    let output = ''
    const timer = setTimeout(() => {
      output += `\nStopped after ${timeoutMs / 1000} s.`
      stopChild()
    }, timeoutMs)
    // Decoded as a stream: a Japanese character split between two chunks stays one character.
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    let partial = ''
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      if (!onLine) return
      const lines = (partial + chunk).split('\n')
      partial = lines.pop()!
      for (const line of lines) onLine(line)
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      process.off('exit', stopChild)
      resolve({ ok: false, output: `${output}\n${commandLine}: ${error.message}` })
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      process.off('exit', stopChild)
      resolve({ ok: code === 0, output })
    })
  })
}
