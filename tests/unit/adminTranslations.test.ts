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
import { importDateFNSLocale } from '@payloadcms/translations'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { format, formatDistance } from 'date-fns'
import type { Field } from 'payload'
import { buildConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { fi } from '../../src/i18n/admin/fi'
import { lexicalFi } from '../../src/i18n/admin/lexicalFi'
import { translations as regionalCalendar } from '../../src/plugins/regional-calendar/translations'
import { seoFi } from '../../src/i18n/admin/seoFi'
import configPromise from '../../payload.config'

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

  it('gives Payload date-fns’ Finnish: month names, Monday first, relative times', async () => {
    // Payload 3's importDateFNSLocale has no Finnish of its own: patches/ adds it (patch-package).
    const locale = await importDateFNSLocale(fi.dateFNSKey)
    expect(locale?.code).toBe('fi')
    expect(locale?.options?.weekStartsOn).toBe(1)
    const december = new Date(2026, 11, 2, 14, 25)
    expect(format(december, 'LLLL', { locale })).toBe('joulukuu')
    expect(formatDistance(december, new Date(2026, 11, 2, 14, 30), { locale })).toBe('5 minuuttia')
    expect(format(december, 'p', { locale })).toBe('14.25')
  })

  it('gives the Swedish admin date-fns’ Swedish', async () => {
    const locale = await importDateFNSLocale(sv.dateFNSKey)
    expect(locale?.code).toBe('sv')
    expect(locale?.options?.weekStartsOn).toBe(1)
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
      // The Swedish admin relies on richtext-lexical's own Swedish.
      expect(
        compare(i18n.en, i18n.sv).filter((problem) => !problem.includes('not in English')),
        `${path.relative(lexicalDist, file)} Swedish`,
      ).toEqual([])
    }
  })

  it('is actually Finnish', () => {
    expect(lexicalFi.lexical.paragraph.label).toBe('Kappale')
    expect(lexicalFi.lexical.link.label).toBe('Linkki')
    expect(lexicalFi.lexical.general.slashMenuListGroupLabel).toBe('Luettelot')
  })
})

describe('Swedish admin translations (Payload’s own)', () => {
  it('has every key of Payload’s English, with the same placeholders', async () => {
    const config = await configPromise
    // What the Swedish admin shows: Payload's Swedish with the project's additions merged in.
    const merged = deepMergeSimple(sv.translations, (config.i18n.translations as Record<string, object>).sv)
    expect(compare(en.translations, merged).filter((problem) => !problem.includes('not in English'))).toEqual([])
  })
})

describe('the regional calendar plugin’s strings (src/plugins/regional-calendar/translations.ts)', () => {
  const fiLeaves = leaves(regionalCalendar.fi)

  it('exist in Swedish and English for every Finnish key, with the same placeholders', () => {
    expect(fiLeaves.size).toBeGreaterThan(20)
    expect(compare(regionalCalendar.fi, regionalCalendar.sv)).toEqual([])
    expect(compare(regionalCalendar.fi, regionalCalendar.en)).toEqual([])
  })

  it('leave no Swedish string in English', () => {
    // Words that are the same in both languages.
    const same = new Set(['Version'])
    const english = leaves(regionalCalendar.en)
    const untranslated = [...leaves(regionalCalendar.sv)]
      .filter(([key, value]) => value === english.get(key) && !same.has(String(value)))
      .map(([key]) => key)
    expect(untranslated).toEqual([])
  })
})

describe('the SEO plugin’s strings (src/i18n/admin/seoFi.ts)', () => {
  it('exist in Finnish for every key of the plugin’s English, with the same placeholders', async () => {
    const config = await configPromise
    const translations = config.i18n.translations as Record<string, Tree>
    const english = { 'plugin-seo': translations.en['plugin-seo'] }
    expect(leaves(english).size).toBeGreaterThan(15)
    expect(compare(english, seoFi)).toEqual([])
    expect((translations.fi['plugin-seo'] as Tree).preview).toBe('Esikatselu')
  })
})

describe('labels an editor sees in the admin', () => {
  /** Labels, descriptions, row labels and option labels that are not given in fi, sv and en. */
  function untranslated(where: string, fields: Field[], problems: string[] = []): string[] {
    const check = (at: string, value: unknown) => {
      if (value === undefined || value === false || typeof value === 'function') return
      const text = value as Partial<Record<'fi' | 'sv' | 'en', string>>
      // Payload turns a missing label into English made of the field name ("Added", "Removeds").
      if (typeof value === 'string') problems.push(`${at}: ${JSON.stringify(value)} in one language only`)
      else for (const lang of ['fi', 'sv', 'en'] as const) if (!text[lang]?.trim()) problems.push(`${at}: no ${lang}`)
    }
    for (const field of fields) {
      if ((field.admin && 'hidden' in field.admin && field.admin.hidden) || ('hidden' in field && field.hidden))
        continue
      const at = `${where}.${'name' in field ? field.name : field.type}`
      if ('name' in field) check(`${at} label`, 'label' in field ? field.label : undefined)
      if (field.admin && 'description' in field.admin) check(`${at} description`, field.admin.description)
      if ('labels' in field && field.labels) {
        check(`${at} row label`, field.labels.singular)
        check(`${at} rows label`, field.labels.plural)
      }
      if ('options' in field)
        for (const option of field.options)
          if (typeof option === 'object') check(`${at} option ${option.value}`, option.label)
      if ('fields' in field) untranslated(at, field.fields, problems)
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          check(`${at} tab`, tab.label)
          untranslated(at, tab.fields, problems)
        }
    }
    return problems
  }

  it('are given in Finnish, Swedish and English in every collection the admin shows', async () => {
    const config = await configPromise
    const problems: string[] = []
    for (const collection of config.collections) {
      if (collection.admin.hidden === true) continue
      const slug = collection.slug
      if (typeof collection.labels.singular === 'string') problems.push(`${slug}: label in one language only`)
      untranslated(slug, collection.fields, problems)
    }
    expect(problems).toEqual([])
  })
})
