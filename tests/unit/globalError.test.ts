import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import GlobalError from '../../src/app/global-error'
import { dictionary } from '../../src/i18n/site'

describe('the last-resort error page (a failure in a layout)', () => {
  const html = renderToStaticMarkup(createElement(GlobalError, { error: new Error('x'), reset: () => undefined }))

  it('is a whole document, Finnish first, that says what happened in every language', () => {
    expect(html).toMatch(/^<html lang="fi">.*<body>/)
    expect(html.indexOf(dictionary('fi').errorTitle)).toBeLessThan(html.indexOf(dictionary('sv').errorTitle))
    for (const code of ['fi', 'sv', 'en'] as const) {
      expect(html).toContain(`<section class="hero" lang="${code}">`)
      expect(html).toContain(dictionary(code).errorText)
      expect(html).toContain(dictionary(code).backToFrontPage)
    }
  })

  it('shows no details of the failure', () => {
    const secret = renderToStaticMarkup(
      createElement(GlobalError, { error: new Error('password=hunter2'), reset: () => undefined }),
    )
    expect(secret).not.toContain('hunter2')
  })
})
