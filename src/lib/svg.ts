import sax from 'sax'

/**
 * Decides whether an uploaded SVG may be served from our domain. An SVG is a document that
 * browsers run script in, so anything that can execute or fetch is refused rather than cleaned:
 * the editor gets a clear message and re-exports the file, and we never store a modified copy
 * that differs from what they uploaded.
 */
export type SvgVerdict = { safe: true } | { safe: false; reason: string }

const forbiddenElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler'])
const linkAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction'])

export function inspectSvg(source: string): SvgVerdict {
  const parser = sax.parser(true, { lowercase: true })
  let verdict: SvgVerdict = { safe: true }
  const refuse = (reason: string) => {
    if (verdict.safe) verdict = { safe: false, reason }
  }
  parser.ondoctype = () => refuse('DOCTYPE/ENTITY declarations are not allowed')
  parser.onopentag = (node) => {
    const name = node.name.toLowerCase()
    if (forbiddenElements.has(name)) refuse(`<${node.name}> element`)
    for (const [rawName, rawValue] of Object.entries(node.attributes)) {
      const attr = rawName.toLowerCase()
      const value = String(rawValue)
        .replace(/[\s\u0000-\u001f]/g, '')
        .toLowerCase()
      if (attr.startsWith('on')) refuse(`event handler attribute ${rawName}`)
      if (linkAttributes.has(attr) && !value.startsWith('#') && !value.startsWith('data:image/'))
        refuse(`external reference in ${rawName}`)
      if (value.includes('javascript:')) refuse(`javascript: URL in ${rawName}`)
    }
  }
  parser.onerror = (error) => {
    refuse(`not well-formed XML (${error.message.split('\n')[0]})`)
    parser.resume()
  }
  try {
    parser.write(source).close()
  } catch (error) {
    refuse(`not well-formed XML (${(error as Error).message.split('\n')[0]})`)
  }
  return verdict
}
