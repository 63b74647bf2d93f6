import sax from 'sax'

/**
 * Decides whether an uploaded SVG may be served from our domain. An SVG is a document that
 * browsers run script in, so anything that can execute or fetch is refused rather than cleaned:
 * the editor gets a clear message and re-exports the file, and we never store a modified copy
 * that differs from what they uploaded.
 */
export type SvgProblem =
  | 'doctype'
  | 'element'
  | 'processingInstruction'
  | 'eventHandler'
  | 'externalReference'
  | 'javascriptUrl'
  | 'notWellFormed'
/** `detail` names what was found (an element, an attribute) for the editor's message. */
export type SvgVerdict = { safe: true } | { safe: false; problem: SvgProblem; detail: string }

const forbiddenElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler'])
const linkAttributes = new Set(['href', 'src', 'action', 'formaction'])

export function inspectSvg(source: string): SvgVerdict {
  // Namespace-aware, so that `<s:script xmlns:s="http://www.w3.org/2000/svg">` and an XHTML
  // `<h:script>` are seen as the script elements browsers run; names are judged by their local part.
  const parser = sax.parser(true, { xmlns: true })
  let verdict: SvgVerdict = { safe: true }
  const refuse = (problem: SvgProblem, detail: string) => {
    if (verdict.safe) verdict = { safe: false, problem, detail }
  }
  parser.ondoctype = () => refuse('doctype', '<!DOCTYPE>')
  // Only the XML declaration itself; `<?xml-stylesheet?>` would load a stylesheet from anywhere.
  parser.onprocessinginstruction = (instruction) => {
    if (instruction.name.toLowerCase() !== 'xml') refuse('processingInstruction', `<?${instruction.name}?>`)
  }
  parser.onopentag = (tag) => {
    // With `xmlns: true` every tag is qualified; anything else is not the document we expect.
    if (!('local' in tag)) return refuse('notWellFormed', tag.name)
    if (forbiddenElements.has(tag.local.toLowerCase())) refuse('element', `<${tag.name}>`)
    for (const attribute of Object.values(tag.attributes)) {
      const local = attribute.local.toLowerCase()
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue
      if (local.startsWith('on')) refuse('eventHandler', attribute.name)
      if (linkAttributes.has(local) && !value.startsWith('#') && !value.startsWith('data:image/'))
        refuse('externalReference', attribute.name)
      if (value.includes('javascript:')) refuse('javascriptUrl', attribute.name)
    }
  }
  parser.onerror = (error) => {
    refuse('notWellFormed', error.message.split('\n')[0] ?? '')
    parser.resume()
  }
  try {
    parser.write(source).close()
  } catch (error) {
    refuse('notWellFormed', (error as Error).message.split('\n')[0] ?? '')
  }
  return verdict
}
