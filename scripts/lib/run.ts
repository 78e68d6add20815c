import { spawn, type SpawnOptions } from 'node:child_process'

/** Runs a command with the terminal attached; rejects with the command line when it fails. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`})`))))
  })
}
