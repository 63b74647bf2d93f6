/**
 * Plain text as the rich-text editor's (Lexical's) document: a blank line starts a paragraph, a
 * single line break stays a line break. Everything becomes text nodes, so markup a visitor
 * types (`<script>`, `<b>`) is kept as the characters it is and never becomes HTML.
 */
export type LexicalNode = {
  type: string
  version: number
  text?: string
  children?: LexicalNode[]
  [key: string]: unknown
}
export type LexicalDocument = {
  root: LexicalNode & { type: 'root'; children: LexicalNode[]; direction: 'ltr'; format: ''; indent: number }
}

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const paragraph = (lines: string[]): LexicalNode => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: lines.flatMap((line, index) =>
    index === 0 ? [text(line)] : [{ type: 'linebreak', version: 1 }, text(line)],
  ),
})

export function plainTextToRichText(value: string): LexicalDocument | undefined {
  const paragraphs = value
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
  if (paragraphs.length === 0) return undefined
  return {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs.map(paragraph) },
  }
}

/** The characters of a rich-text document's text, as a reader counts them (markup not counted). */
export function richTextLength(value: unknown): number {
  if (!value || typeof value !== 'object') return 0
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + richTextLength(item), 0)
  return Object.entries(value).reduce(
    (sum: number, [key, item]) =>
      sum + (key === 'text' && typeof item === 'string' ? [...item].length : richTextLength(item)),
    0,
  )
}
