import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshotMediaDir } from '@keikaku/content-schemas/io'
import { snapshotDir } from '../../../env.ts'
import { site } from '../../../lib/site-data.ts'

/** Documents (PDFs) are published byte for byte; images go through astro:assets instead. */
export const getStaticPaths = (() =>
  site()
    .snapshot.media.filter((m) => m.kind === 'document')
    .map((m) => ({ params: { path: m.path }, props: { file: m.path } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => new Response(await readFile(path.join(snapshotMediaDir(snapshotDir), props.file as string)))
