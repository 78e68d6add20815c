import type { ImageMetadata } from 'astro'
import type { Media } from '@keikaku/content-schemas'
import { basePath } from './links.ts'

/** Where a document from the snapshot is published (copied as is by the media/files endpoint). */
export function mediaFileHref(file: Pick<Media, 'path'>): string {
  return `${basePath}media/files/${file.path.split('/').map(encodeURIComponent).join('/')}`
}

// Images go through astro:assets (sharp → AVIF/WebP, several widths); the alias points at the snapshot's media/.
const images = import.meta.glob<{ default: ImageMetadata }>('@snapshot-media/**/*.{png,jpg,jpeg,webp,gif,avif,PNG,JPG,JPEG}', { eager: true })
const imagesByPath = new Map(Object.entries(images).map(([file, mod]) => [file.replace(/^.*?\/media\//, ''), mod.default]))

/** The processed source of an image record, or null when its file is not an image sharp can read. */
export function snapshotImage(file: Pick<Media, 'path' | 'kind'>): ImageMetadata | null {
  return file.kind === 'image' ? (imagesByPath.get(file.path) ?? null) : null
}

/**
 * The city's image (home page, link previews): the first image of the media library, so an editor changes it by
 * publishing another image first (the seed's vision illustration).
 */
export function cityImage(media: Media[]): { media: Media; src: ImageMetadata } | null {
  for (const m of media) {
    const src = snapshotImage(m)
    if (src) return { media: m, src }
  }
  return null
}
