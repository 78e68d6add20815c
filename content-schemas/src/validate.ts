import type { z } from 'zod'
import { COLLECTION_NAMES, type CollectionName, references, snapshot, type Snapshot } from './snapshot.ts'

/** One thing wrong with a snapshot, named by file, document key and field path. */
export interface SnapshotProblem {
  collection: string
  key: string | null
  path: string
  message: string
}

export class SnapshotValidationError extends Error {
  constructor(readonly problems: SnapshotProblem[]) {
    super(`The snapshot is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map(formatProblem).join('\n'))
    this.name = 'SnapshotValidationError'
  }
}

export function formatProblem({ collection, key, path, message }: SnapshotProblem): string {
  return `  ${collection}${key ? `[key=${key}]` : ''}${path ? `.${path}` : ''}: ${message}`
}

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '')
}

function zodProblems(input: unknown, error: z.ZodError): SnapshotProblem[] {
  return error.issues.map((issue) => {
    const [collection = '(root)', index, ...rest] = issue.path
    const record = typeof index === 'number' ? (input as Record<string, unknown[]>)?.[String(collection)]?.[index] : undefined
    const key = typeof (record as { key?: unknown })?.key === 'string' ? (record as { key: string }).key : null
    const path = typeof index === 'number' ? (key ? rest : [index, ...rest]) : [index, ...rest].filter((p) => p !== undefined)
    return { collection: String(collection), key, path: pathToString(path as PropertyKey[]), message: issue.message }
  })
}

/** The values at a reference path like `verifications[].meeting`, with the concrete path of each. */
export function valuesAt(record: unknown, refPath: string): Array<{ path: string; value: unknown }> {
  let current: Array<{ path: string; value: unknown }> = [{ path: '', value: record }]
  for (const segment of refPath.split('.')) {
    const isArray = segment.endsWith('[]')
    const name = isArray ? segment.slice(0, -2) : segment
    current = current.flatMap(({ path, value }) => {
      const child = (value as Record<string, unknown> | null)?.[name]
      const childPath = path ? `${path}.${name}` : name
      if (!isArray) return [{ path: childPath, value: child }]
      return Array.isArray(child) ? child.map((v, i) => ({ path: `${childPath}[${i}]`, value: v })) : []
    })
  }
  return current
}

function referenceProblems(data: Snapshot): SnapshotProblem[] {
  const keys = new Map(COLLECTION_NAMES.map((name) => [name, new Set(data[name].map((r) => r.key))]))
  const problems: SnapshotProblem[] = []
  for (const name of COLLECTION_NAMES) {
    const seen = new Set<string>()
    for (const record of data[name]) {
      if (seen.has(record.key)) {
        problems.push({ collection: name, key: record.key, path: 'key', message: 'duplicate key' })
      }
      seen.add(record.key)
      // A former key's redirect would take the URL of a page that exists now.
      record.formerKeys.forEach((former, i) => {
        if (keys.get(name)?.has(former)) {
          problems.push({ collection: name, key: record.key, path: `formerKeys[${i}]`, message: `"${former}" is the key of another ${name} record` })
        }
      })
      for (const [refPath, target] of Object.entries(references[name] ?? {})) {
        for (const { path, value } of valuesAt(record, refPath)) {
          if (value !== null && value !== undefined && !keys.get(target as CollectionName)?.has(value as string)) {
            problems.push({ collection: name, key: record.key, path, message: `refers to unknown ${target} "${value}" (not published, or deleted)` })
          }
        }
      }
    }
  }
  return problems
}

/** Parses a snapshot or throws a SnapshotValidationError naming every document and field at fault. */
export function validateSnapshot(input: unknown): Snapshot {
  const result = snapshot.safeParse(input)
  if (!result.success) throw new SnapshotValidationError(zodProblems(input, result.error))
  const problems = referenceProblems(result.data)
  if (problems.length > 0) throw new SnapshotValidationError(problems)
  return result.data
}
