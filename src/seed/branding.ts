import type { Payload } from 'payload'
import type { Localised } from '../lib/locales'

/** A link of the demo menus: a page of the site (route path) or an address. */
type DemoLink = { label: Localised; page?: '/' | '/news' | '/events' | '/events/new'; url?: string }

type DemoBranding = {
  accentColor: string
  /** White marks on the accent (the header's background); the icon on its own square. */
  logo: string
  favicon: string
  navigation: DemoLink[]
  footer: { text: Localised; links: DemoLink[] }
}

const svg = (viewBox: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${viewBox.split(' ')[2]}" height="${viewBox.split(' ')[3]}">${body}</svg>`

/** Five dots round a centre: the five member municipalities. */
const fiveDots = (fill: string) =>
  [0, 1, 2, 3, 4]
    .map((i) => {
      const angle = (i * 2 * Math.PI) / 5 - Math.PI / 2
      return `<circle cx="${(24 + 14 * Math.cos(angle)).toFixed(1)}" cy="${(24 + 14 * Math.sin(angle)).toFixed(1)}" r="6" fill="${fill}"/>`
    })
    .join('')

const home: DemoLink = { label: { fi: 'Etusivu', sv: 'Startsida', en: 'Home' }, page: '/' }
const news: DemoLink = { label: { fi: 'Uutiset', sv: 'Nyheter', en: 'News' }, page: '/news' }
const addEvent: DemoLink = {
  label: { fi: 'Ilmoita tapahtuma', sv: 'Anmäl ett evenemang', en: 'Add an event' },
  page: '/events/new',
}

/**
 * The three demo sites' look: the regional site in the region's blue with its five
 * municipalities, the tourism site in a warm rust with a fiddle's scroll (folk music), the
 * large-projects portal in a deep green with a wind turbine. Every accent passes WCAG AA with
 * white text.
 */
export const demoBranding: Record<'regional' | 'tourism' | 'business', DemoBranding> = {
  regional: {
    accentColor: '#1d4f91',
    logo: svg(
      '0 0 48 48',
      `<circle cx="24" cy="24" r="22" fill="none" stroke="#ffffff" stroke-width="3"/>${fiveDots('#ffffff')}`,
    ),
    favicon: svg('0 0 48 48', `<rect width="48" height="48" rx="8" fill="#1d4f91"/>${fiveDots('#ffffff')}`),
    navigation: [home, news, { label: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' }, page: '/events' }, addEvent],
    footer: {
      text: {
        fi: 'Kaustisen seutukunnan kehittämisyhtiö palvelee Halsuaa, Kaustista, Lestijärveä, Toholampea ja Veteliä.',
        sv: 'Utvecklingsbolaget för Kaustby ekonomiska region betjänar Halsua, Kaustby, Lestijärvi, Toholampi och Vetil.',
        en: 'The development organisation of the Kaustinen sub-region serves Halsua, Kaustinen, Lestijärvi, Toholampi and Veteli.',
      },
      links: [
        { label: { fi: 'Tapahtumakalenteri', sv: 'Evenemangskalender', en: 'Event calendar' }, page: '/events' },
        {
          label: {
            fi: 'Keski-Pohjanmaan liitto',
            sv: 'Mellersta Österbottens förbund',
            en: 'Regional Council of Central Ostrobothnia',
          },
          url: 'https://www.keski-pohjanmaa.fi/',
        },
      ],
    },
  },
  tourism: {
    accentColor: '#8a2c0b',
    logo: svg(
      '0 0 48 48',
      '<path d="M30 6c-6 0-9 5-7 9 2 3 7 2 7-1" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round"/><path d="M24 16v20" stroke="#ffffff" stroke-width="3"/><ellipse cx="24" cy="38" rx="9" ry="6" fill="#ffffff"/>',
    ),
    favicon: svg(
      '0 0 48 48',
      '<rect width="48" height="48" rx="24" fill="#8a2c0b"/><path d="M24 14v18" stroke="#ffffff" stroke-width="3"/><ellipse cx="24" cy="34" rx="8" ry="5" fill="#ffffff"/>',
    ),
    navigation: [
      home,
      { label: { fi: 'Mitä tapahtuu', sv: 'Vad händer', en: 'What’s on' }, page: '/events' },
      news,
      addEvent,
    ],
    footer: {
      text: {
        fi: 'Kansanmusiikin sydänmaa: festivaalit, luonto ja kylät Keski-Pohjanmaalla.',
        sv: 'Folkmusikens hjärtland: festivaler, natur och byar i Mellersta Österbotten.',
        en: 'The heartland of folk music: festivals, nature and villages in Central Ostrobothnia.',
      },
      links: [
        { label: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' }, page: '/events' },
        {
          label: { fi: 'Kaustisen kunta', sv: 'Kaustby kommun', en: 'Municipality of Kaustinen' },
          url: 'https://www.kaustinen.fi/',
        },
      ],
    },
  },
  business: {
    accentColor: '#1d4d2c',
    logo: svg(
      '0 0 48 48',
      '<path d="M24 22 L22 46 H26 Z" fill="#ffffff"/><circle cx="24" cy="20" r="3" fill="#ffffff"/><path d="M24 20 L24 2 L28 18 Z M24 20 L8 29 L21 17 Z M24 20 L40 29 L27 23 Z" fill="#ffffff"/>',
    ),
    favicon: svg(
      '0 0 48 48',
      '<rect width="48" height="48" fill="#1d4d2c"/><circle cx="24" cy="22" r="3" fill="#f2c230"/><path d="M24 22 L24 4 L28 20 Z M24 22 L8 31 L21 19 Z M24 22 L40 31 L27 25 Z" fill="#f2c230"/>',
    ),
    navigation: [home, news, { label: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' }, page: '/events' }],
    footer: {
      text: {
        fi: 'Tuulivoiman, akkumateriaalien ja biotalouden suurhankkeet sekä seudun alihankkijat yhdestä paikasta.',
        sv: 'Storprojekt inom vindkraft, batterimaterial och bioekonomi och regionens underleverantörer på ett ställe.',
        en: 'Large wind, battery-material and bio-economy projects and the region’s subcontractors in one place.',
      },
      links: [{ label: { fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' }, page: '/events' }, addEvent],
    },
  },
}

const seeding = { overrideAccess: true, depth: 0 } as const

async function uploadSvg(payload: Payload, name: string, body: string, alt: Localised) {
  const data = Buffer.from(body)
  const doc = await payload.create({
    collection: 'media',
    data: { alt: alt.fi },
    file: { data, mimetype: 'image/svg+xml', name, size: data.length },
    locale: 'fi',
    ...seeding,
  })
  for (const locale of ['sv', 'en'] as const)
    await payload.update({ collection: 'media', id: doc.id, data: { alt: alt[locale] }, locale, ...seeding })
  return doc.id
}

const rowsOf = (links: DemoLink[], locale: 'fi' | 'sv' | 'en', ids?: (string | null | undefined)[]) =>
  links.map((link, i) => ({
    ...(ids?.[i] ? { id: ids[i] } : {}),
    label: link.label[locale],
    page: link.page,
    url: link.url,
  }))

/**
 * Gives each demo site its logo, icon, colour, menu and footer, once: a site that has a logo
 * already (the editors' own or an earlier run's) is left as it is.
 */
export async function seedBranding(payload: Payload, sites: { id: number; key: string; name: Localised }[]) {
  for (const site of sites) {
    const branding = demoBranding[site.key as keyof typeof demoBranding]
    const current = await payload.findByID({ collection: 'sites', id: site.id, ...seeding })
    if (!branding || current.logo) continue
    const logo = await uploadSvg(payload, `logo-${site.key}.svg`, branding.logo, site.name)
    const favicon = await uploadSvg(payload, `favicon-${site.key}.svg`, branding.favicon, site.name)
    const saved = await payload.update({
      collection: 'sites',
      id: site.id,
      locale: 'fi',
      data: {
        logo,
        favicon,
        accentColor: branding.accentColor,
        navigation: rowsOf(branding.navigation, 'fi'),
        footer: { text: branding.footer.text.fi, links: rowsOf(branding.footer.links, 'fi') },
      },
      ...seeding,
    })
    // The rows exist now: the other languages' labels go to the same rows by their ids.
    for (const locale of ['sv', 'en'] as const)
      await payload.update({
        collection: 'sites',
        id: site.id,
        locale,
        data: {
          navigation: rowsOf(
            branding.navigation,
            locale,
            (saved.navigation ?? []).map((row) => row.id),
          ),
          footer: {
            text: branding.footer.text[locale],
            links: rowsOf(
              branding.footer.links,
              locale,
              (saved.footer?.links ?? []).map((row) => row.id),
            ),
          },
        },
        ...seeding,
      })
  }
}
