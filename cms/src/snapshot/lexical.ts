import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Plain paragraphs as a Lexical editor state (how seeded pages enter the rich-text editor). */
export function paragraphsToLexical(paragraphs: string[]): SerializedEditorState {
  const node = { format: '', indent: 0, version: 1, direction: 'ltr' } as const
  return {
    root: {
      ...node,
      type: 'root',
      children: paragraphs.map((text) => ({
        ...node,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  } as unknown as SerializedEditorState
}
