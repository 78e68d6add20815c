import { spawn } from 'node:child_process'
import { REPO_ROOT } from '../paths.ts'

export interface CommandResult {
  ok: boolean
  output: string
}

/** Keeps the end of a long log: the error is there. */
export const tail = (text: string, lines = 40) => text.trim().split('\n').slice(-lines).join('\n')

/**
 * Runs a configured command (e.g. `npm run --silent publish-snapshot -w @keikaku/scripts --`) with more arguments
 * from the repository root, collecting its output. It is stopped, with everything it started, after `timeoutMs`.
 */
export function runCommand(commandLine: string, args: string[], timeoutMs: number): Promise<CommandResult> {
  const [command, ...baseArgs] = commandLine.split(' ').filter(Boolean)
  return new Promise((resolve) => {
    const child = spawn(command, [...baseArgs, ...args], { cwd: REPO_ROOT, env: process.env, detached: true })
    let output = ''
    const timer = setTimeout(() => {
      output += `\nStopped after ${timeoutMs / 1000} s.`
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        // already gone
      }
    }, timeoutMs)
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, output: `${output}\n${commandLine}: ${error.message}` })
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ ok: code === 0, output })
    })
  })
}
