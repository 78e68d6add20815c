import { availableParallelism } from 'node:os'

/** Worker threads a build step may start: one per core, at most four (each holds its own copy of its tools). */
export const WORKER_THREADS = Math.min(4, availableParallelism())
