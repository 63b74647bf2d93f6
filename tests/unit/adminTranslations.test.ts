import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
  TextStateFeature,
} from '@payloadcms/richtext-lexical'
import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { fi } from '../../src/i18n/admin/fi'
import { lexicalFi } from '../../src/i18n/admin/lexicalFi'

type Tree = { [key: string]: Tree | string }

/** Every string leaf of a nested translations object, keyed by its path ("general.save"). */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree as Tree)) {
    const p = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of leaves(value, p)) out.set(k, v)
    } else {
      out.set(p, value)
    }
  }
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort()
const uniq = (xs: string[]) => [...new Set(xs)].sort()
/** Markup that Payload's <Translation> and emails rely on: <0>…</0>, <1>, <a href="…">, <br>. */
const tags = (s: string) => [...s.matchAll(/<\/?(?:\d+|a|br)\b[^>]*>/g)].map((m) => m[0]).sort()

/** Checks one English/Finnish pair of translation trees; returns a list of problems. */
function compare(english: unknown, finnish: unknown): string[] {
  const enLeaves = leaves(english)
  const fiLeaves = leaves(finnish)
  const problems: string[] = []
  for (const [key, enValue] of enLeaves) {
    const fiValue = fiLeaves.get(key)
    if (typeof fiValue !== 'string' || fiValue.trim() === '') {
      problems.push(`${key}: missing or empty`)
      continue
    }
    const enText = String(enValue)
    const want = uniq(placeholders(enText))
    const got = uniq(placeholders(fiValue))
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      problems.push(`${key}: placeholders ${JSON.stringify(got)}, English has ${JSON.stringify(want)}`)
    }
    if (JSON.stringify(tags(enText)) !== JSON.stringify(tags(fiValue))) {
      problems.push(`${key}: markup ${JSON.stringify(tags(fiValue))}, English has ${JSON.stringify(tags(enText))}`)
    }
  }
  for (const key of fiLeaves.keys()) {
    if (!enLeaves.has(key)) problems.push(`${key}: not in English (renamed or removed upstream?)`)
  }
  return problems
}

describe('Finnish admin translations (src/i18n/admin/fi.ts)', () => {
  const enLeaves = leaves(en.translations)
  const fiLeaves = leaves(fi.translations)

  it('has every key of Payload’s English, as a non-empty string, with the same placeholders and markup', () => {
    expect(enLeaves.size).toBeGreaterThan(500)
    expect(compare(en.translations, fi.translations)).toEqual([])
  })

  it('keeps the plural variants English has', () => {
    const plural = [...enLeaves.keys()].filter((k) => /_(one|other|many|none)$/.test(k))
    expect(plural.length).toBeGreaterThan(5)
    for (const key of plural) expect(fiLeaves.has(key), key).toBe(true)
  })

  it('leaves no string untranslated', () => {
    const same = [...enLeaves].filter(([key, value]) => fiLeaves.get(key) === value).map(([key]) => key)
    expect(same).toEqual([])
  })

  it('is actually Finnish', () => {
    const t = fi.translations
    expect(t.general.save).toBe('Tallenna')
    expect(t.general.delete).toBe('Poista')
    expect(t.general.collections).toBe('Kokoelmat')
    expect(t.general.dashboard).toBe('Hallintapaneeli')
    expect(t.general.thisLanguage).toBe('Suomi')
    expect(t.authentication.login).toBe('Kirjaudu sisään')
    expect(t.authentication.forgotPasswordQuestion).toBe('Unohditko salasanasi?')
    expect(t.version.publishChanges).toBe('Julkaise muutokset')
    expect(t.version.draft).toBe('Luonnos')
    expect(t.version.published).toBe('Julkaistu')
    expect(t.validation.required).toBe('Tämä kenttä on pakollinen.')
  })

  it('keeps the date-fns key Payload can load', () => {
    expect(fi.dateFNSKey).toBe('en-US')
  })

  it('answers through Payload’s own i18n, plurals and lexical strings included', async () => {
    const i18n = await initI18n({
      config: {
        fallbackLanguage: 'en',
        supportedLanguages: { en, fi } as never,
        translations: { fi: lexicalFi } as never,
      },
      context: 'api',
      language: 'fi' as never,
    })
    const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
    expect(t('general:save')).toBe('Tallenna')
    expect(t('version:changedFieldsCount', { count: 1 })).toBe('1 muutettu kenttä')
    expect(t('version:changedFieldsCount', { count: 3 })).toBe('3 muutettua kenttää')
    expect(t('general:deletedCountSuccessfully', { count: 3, label: 'Sivut' })).toBe('Poistettiin 3 kpl (Sivut).')
    expect(t('lexical:heading:label', { headingLevel: 2 })).toBe('Otsikko 2')
  })
})

describe('Finnish lexical editor translations (src/i18n/admin/lexicalFi.ts)', () => {
  const lexicalDist = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../node_modules/@payloadcms/richtext-lexical/dist',
  )

  /**
   * Builds a config the way the project does, with every richtext-lexical feature that has strings,
   * so that richtext-lexical itself merges its `lexical` namespace into `i18n.translations`.
   */
  async function buildWithLexical() {
    return buildConfig({
      secret: 'test-secret',
      collections: [{ slug: 'media', upload: true, fields: [] }],
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({ blocks: [], inlineBlocks: [] }),
          TextStateFeature({ state: {} }),
          FixedToolbarFeature(),
          EXPERIMENTAL_TableFeature(),
        ],
      }),
      i18n: {
        supportedLanguages: { fi, en } as never,
        fallbackLanguage: 'fi' as never,
        translations: { fi: lexicalFi } as never,
      },
      db: undefined as never,
    })
  }

  it('has every key richtext-lexical adds for English, with the same placeholders', async () => {
    const config = await buildWithLexical()
    const translations = config.i18n.translations as Record<string, Tree>
    const enLexical = translations.en
    expect(Object.keys(enLexical)).toEqual(['lexical'])
    expect(leaves(enLexical).size).toBeGreaterThan(20)
    expect(compare(enLexical, lexicalFi)).toEqual([])
    // …and the merge leaves the Finnish strings in place.
    expect(translations.fi).toEqual(lexicalFi)
  })

  it('covers every i18n file in richtext-lexical’s dist, not only the features built above', async () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.name === 'i18n.js') files.push(full)
      }
    }
    walk(lexicalDist)
    expect(files.length).toBeGreaterThan(10)

    const fiNamespaces = Object.values(lexicalFi.lexical).map((ns) => JSON.stringify([...leaves(ns).keys()].sort()))
    for (const file of files) {
      const { i18n } = (await import(pathToFileURL(file).href)) as { i18n: Record<string, Tree> }
      const keys = JSON.stringify([...leaves(i18n.en).keys()].sort())
      expect(fiNamespaces, `${path.relative(lexicalDist, file)} has keys ${keys}`).toContain(keys)
      expect(
        i18n.fi,
        `${path.relative(lexicalDist, file)} now ships Finnish: compare it with lexicalFi`,
      ).toBeUndefined()
    }
  })

  it('is actually Finnish', () => {
    expect(lexicalFi.lexical.paragraph.label).toBe('Kappale')
    expect(lexicalFi.lexical.link.label).toBe('Linkki')
    expect(lexicalFi.lexical.general.slashMenuListGroupLabel).toBe('Luettelot')
  })
})
