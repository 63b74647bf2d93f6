import { describe, expect, it } from 'vitest'
import { inspectSvg } from '../../src/lib/svg'

const wrap = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attrs}>${inner}</svg>`

describe('SVG inspection', () => {
  it('accepts a plain drawing with internal references', () => {
    expect(
      inspectSvg(
        `<?xml version="1.0"?>${wrap('<defs><circle id="c" r="4"/></defs><use href="#c"/><rect width="5" height="5" fill="#036"/>')}`,
      ),
    ).toEqual({ safe: true })
  })

  it.each([
    ['a script element', wrap('<script>alert(1)</script>')],
    ['an upper-case SCRIPT element', wrap('<SCRIPT>alert(1)</SCRIPT>')],
    ['an event handler', wrap('<rect width="5" height="5"/>', ' onload="alert(1)"')],
    ['a javascript: link', wrap('<a href="javascript:alert(1)"><text>x</text></a>')],
    [
      'an obfuscated javascript: link',
      wrap('<a xlink:href="java&#10;script:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"><text>x</text></a>'),
    ],
    ['foreignObject HTML', wrap('<foreignObject><iframe src="https://example.org"/></foreignObject>')],
    ['an external image', wrap('<image href="https://tracker.example/pixel.png"/>')],
    ['an entity declaration', `<!DOCTYPE svg [<!ENTITY x "y">]>${wrap('<text>&x;</text>')}`],
    ['broken XML', '<svg><g></svg>'],
  ])('refuses %s', (_, source) => {
    expect(inspectSvg(source).safe).toBe(false)
  })

  it.each([
    [
      'a script with an SVG namespace prefix',
      wrap('<s:script>alert(1)</s:script>', ' xmlns:s="http://www.w3.org/2000/svg"'),
      'element',
    ],
    [
      'an XHTML-namespaced script',
      wrap('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      'element',
    ],
    [
      'an XHTML script as default namespace',
      wrap('<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'),
      'element',
    ],
    [
      'an xml-stylesheet instruction',
      `<?xml version="1.0"?><?xml-stylesheet href="https://example.org/x.css"?>${wrap('<rect/>')}`,
      'processingInstruction',
    ],
    [
      'a prefixed event handler',
      wrap('<rect s:onclick="alert(1)"/>', ' xmlns:s="http://www.w3.org/2000/svg"'),
      'eventHandler',
    ],
  ])('refuses %s and says why', (_, source, problem) => {
    expect(inspectSvg(source)).toMatchObject({ safe: false, problem })
  })
})
