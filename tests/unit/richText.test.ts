import { describe, expect, it } from 'vitest'
import { plainTextToRichText } from '../../src/lib/richText'

const texts = (doc: ReturnType<typeof plainTextToRichText>) =>
  doc!.root.children.map((p) => p.children!.map((c) => (c.type === 'linebreak' ? '\n' : c.text)).join(''))

describe('plain text to rich text', () => {
  it('makes a paragraph of each block and keeps single line breaks', () => {
    const doc = plainTextToRichText('Ohjelma:\r\nklo 18 avaus\nklo 19 tanssit\n\n\n  Tervetuloa!  ')
    expect(texts(doc)).toEqual(['Ohjelma:\nklo 18 avaus\nklo 19 tanssit', 'Tervetuloa!'])
    expect(doc!.root.children[0]).toMatchObject({ type: 'paragraph' })
  })

  it('keeps markup as plain characters', () => {
    const doc = plainTextToRichText('<script>alert(1)</script> <b>lihava</b>')
    expect(texts(doc)).toEqual(['<script>alert(1)</script> <b>lihava</b>'])
    expect(JSON.stringify(doc)).not.toContain('"type":"html"')
  })

  it('gives nothing for empty text', () => {
    expect(plainTextToRichText(' \n\n ')).toBeUndefined()
  })
})
