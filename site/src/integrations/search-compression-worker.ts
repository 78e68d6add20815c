/** A worker thread of search-compression.ts: gzips again, at libdeflate's strongest level, what Pagefind gzipped. */
import { parentPort } from 'node:worker_threads'
import { gunzipSync } from 'node:zlib'
import { gzip } from 'libdeflate'

export interface CompressRequest {
  id: number
  gzipped: Uint8Array<ArrayBuffer>
  level: number
}
export interface CompressResult {
  id: number
  gzipped: Uint8Array<ArrayBuffer>
}

parentPort?.on('message', ({ id, gzipped, level }: CompressRequest) => {
  const stronger = gzip(gunzipSync(gzipped), level) as Uint8Array<ArrayBuffer>
  parentPort!.postMessage({ id, gzipped: stronger } satisfies CompressResult, [stronger.buffer])
})
