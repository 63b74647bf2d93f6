import { TZDate } from '@date-fns/tz'
import type { Payload, Where } from 'payload'
import { weekdays } from '../lib/recurrence'
import { plainTextToRichText } from '../lib/richText'
import { TIME_ZONE } from '../lib/time'
import { seedBranding } from './branding'
import { seedDemoNews } from './demoNews'

/** The demo logins printed by `npm run dev`. They exist only in demo content. */
export const demoUsers = [
  { email: 'admin@demo.seutu.example', password: 'demo-admin-2026', name: 'Demo Pääkäyttäjä', role: 'admin' },
  { email: 'viestinta@demo.seutu.example', password: 'demo-editor-2026', name: 'Demo Viestintä', role: 'editor' },
  {
    email: 'kaustinen@demo.seutu.example',
    password: 'demo-member-2026',
    name: 'Demo Kaustisen kunta',
    role: 'organisationMember',
    organisations: ['Kaustisen kunta'],
  },
  {
    email: 'yhdistys@demo.seutu.example',
    password: 'demo-member-2026',
    name: 'Demo Pelimanniyhdistys',
    role: 'organisationMember',
    organisations: ['Kaustisen Pelimanniyhdistys ry (demo)'],
  },
] as const

export const demoSites = [
  {
    key: 'regional',
    name: { fi: 'Kaustisen seutu', sv: 'Kaustby ekonomiska region', en: 'Kaustinen sub-region' },
    tagline: {
      fi: 'Halsuan, Kaustisen, Lestijärven, Toholammin ja Vetelin yhteinen kehittämisyhtiö.',
      sv: 'Det gemensamma utvecklingsbolaget för Halsua, Kaustby, Lestijärvi, Toholampi och Vetil.',
      en: 'The joint development organisation of Halsua, Kaustinen, Lestijärvi, Toholampi and Veteli.',
    },
    hostnames: ['kaustisenseutu.fi', 'www.kaustisenseutu.fi', 'kaustisenseutu.localhost', 'localhost', '127.0.0.1'],
    contactEmail: 'info@demo.seutu.example',
  },
  {
    key: 'tourism',
    name: { fi: 'Visit Kaustisen seutu', sv: 'Visit Kaustby', en: 'Visit Kaustinen region' },
    tagline: {
      fi: 'Kansanmusiikkia, luontoa ja tapahtumia Keski-Pohjanmaalla.',
      sv: 'Folkmusik, natur och evenemang i Mellersta Österbotten.',
      en: 'Folk music, nature and events in Central Ostrobothnia.',
    },
    hostnames: ['visitkaustisenseutu.fi', 'www.visitkaustisenseutu.fi', 'visitkaustisenseutu.localhost'],
    contactEmail: 'matkailu@demo.seutu.example',
  },
  {
    key: 'business',
    name: { fi: 'Suurhanketoimisto', sv: 'Storprojektbyrån', en: 'Large Projects Office' },
    tagline: {
      fi: 'Tuuli-, akkumateriaali- ja biotalouden hankkeet sekä paikalliset alihankkijat.',
      sv: 'Vind-, batterimaterial- och bioekonomiprojekt och lokala underleverantörer.',
      en: 'Wind, battery-material and bio-economy projects and local subcontractors.',
    },
    hostnames: ['suurhanketoimisto.fi', 'www.suurhanketoimisto.fi', 'suurhanketoimisto.localhost'],
    contactEmail: 'suurhankkeet@demo.seutu.example',
  },
] as const

const demoTopics = [
  { ysoId: 'yso:p1808', name: { fi: 'Musiikki', sv: 'Musik', en: 'Music' } },
  { ysoId: 'yso:p4354', name: { fi: 'Lapset', sv: 'Barn', en: 'Children' } },
  { ysoId: 'yso:p916', name: { fi: 'Liikunta', sv: 'Motion', en: 'Physical exercise' } },
  { ysoId: 'yso:p1235', name: { fi: 'Elokuvat', sv: 'Filmer', en: 'Films' } },
  { ysoId: 'yso:p1278', name: { fi: 'Tanssi', sv: 'Dans', en: 'Dance' } },
  { ysoId: 'yso:p360', name: { fi: 'Kulttuuritapahtumat', sv: 'Kulturevenemang', en: 'Cultural events' } },
]

/** An association and a company besides the municipalities (the business ID is made up). */
const demoOrganisations = [
  {
    name: 'Kaustisen Pelimanniyhdistys ry (demo)',
    kind: 'association',
    municipality: '236',
    contactEmail: 'pelimannit@demo.seutu.example',
    website: 'https://example.org/pelimannit',
  },
  { name: 'Demo Sahatavara Oy', kind: 'company', businessId: '1234567-1', municipality: '924' },
] as const

const memberMunicipalityOrganisations = [
  { code: '074', name: { fi: 'Halsuan kunta', sv: 'Halsua kommun', en: 'Municipality of Halsua' } },
  { code: '236', name: { fi: 'Kaustisen kunta', sv: 'Kaustby kommun', en: 'Municipality of Kaustinen' } },
  { code: '421', name: { fi: 'Lestijärven kunta', sv: 'Lestijärvi kommun', en: 'Municipality of Lestijärvi' } },
  { code: '849', name: { fi: 'Toholammin kunta', sv: 'Toholampi kommun', en: 'Municipality of Toholampi' } },
  { code: '924', name: { fi: 'Vetelin kunta', sv: 'Vetil kommun', en: 'Municipality of Veteli' } },
]

const demoPlaces = [
  {
    name: { fi: 'Kansantaiteenkeskus', sv: 'Folkkonstcentret' },
    streetAddress: 'Santamäentie 1',
    postcode: '69600',
    municipality: '236',
    coordinates: { latitude: 63.5466, longitude: 23.6926 },
    organisation: 'Kaustisen kunta',
  },
  {
    name: { fi: 'Vetelin seurojentalo', sv: 'Vetil föreningshus' },
    streetAddress: 'Kirkonkyläntie 10',
    postcode: '69700',
    municipality: '924',
    coordinates: { latitude: 63.4755, longitude: 23.7895 },
    organisation: 'Vetelin kunta',
  },
]

const weekdayOf = (iso: string) => weekdays[(new TZDate(Date.parse(iso), TIME_ZONE).getDay() + 6) % 7]

/** `hour` o'clock (Finnish winter time) `days` after `today`, so demo dates stay upcoming. */
function daysAhead(today: Date, days: number, hour: number) {
  const date = new Date(today)
  date.setUTCDate(date.getUTCDate() + days)
  date.setUTCHours(hour - 2, 0, 0, 0)
  return date.toISOString()
}

/** Demo events, dated from `today` so that they stay upcoming whenever the demo is loaded. */
function demoEvents(today: Date) {
  const at = (days: number, hour: number) => daysAhead(today, days, hour)
  return [
    {
      name: { fi: 'Pelimanniilta', sv: 'Spelmanskväll' },
      shortDescription: {
        fi: 'Kansanmusiikkia ja tanssia Kansantaiteenkeskuksessa.',
        sv: 'Folkmusik och dans på Folkkonstcentret.',
      },
      startsAt: at(14, 18),
      endsAt: at(14, 21),
      place: 'Kansantaiteenkeskus',
      onlineUrl: undefined,
      organiser: 'Kaustisen Pelimanniyhdistys ry (demo)',
      topics: ['yso:p1808', 'yso:p1278'],
      audience: ['adults', 'families'],
      isFree: false,
      price: '10 €',
      eventStatus: 'scheduled',
      sites: ['regional', 'tourism'],
    },
    {
      name: { fi: 'Lasten musiikkileikkikoulu', sv: '' },
      shortDescription: { fi: 'Laulua ja leikkiä alle kouluikäisille ja heidän aikuisilleen.', sv: '' },
      startsAt: at(7, 10),
      endsAt: at(7, 11),
      place: 'Kansantaiteenkeskus',
      onlineUrl: undefined,
      organiser: 'Kaustisen kunta',
      topics: ['yso:p1808', 'yso:p4354'],
      audience: ['children', 'families'],
      isFree: true,
      price: undefined,
      eventStatus: 'scheduled',
      sites: ['regional'],
      // Weekly on the same weekday, eight times.
      recurrence: { frequency: 'weekly', weekdays: [weekdayOf(at(7, 10))], count: 8 },
    },
    {
      name: { fi: 'Kyläilta: tuulivoima ja Veteli', sv: '' },
      shortDescription: { fi: 'Keskustelutilaisuus tuulivoimahankkeista. Mukana myös verkossa.', sv: '' },
      startsAt: at(21, 18),
      endsAt: at(21, 20),
      place: 'Vetelin seurojentalo',
      onlineUrl: 'https://example.org/kyla-ilta',
      organiser: 'Vetelin kunta',
      topics: ['yso:p360'],
      audience: ['adults'],
      isFree: true,
      price: undefined,
      eventStatus: 'cancelled',
      sites: ['regional', 'business'],
    },
  ] as const
}

/** A resident's submission from the public form, so that the moderation queue is not empty. */
function demoSubmission(today: Date) {
  return {
    name: 'Kylän joulumyyjäiset',
    shortDescription: 'Käsitöitä, leivonnaisia ja joulupuuroa nuorisoseurantalolla.',
    description: plainTextToRichText(
      'Myynnissä villasukkia, joululimppua ja piparkakkuja.\n\nPuuroa tarjolla koko päivän. Tervetuloa!',
    ),
    startsAt: daysAhead(today, 12, 11),
    startsAt_tz: 'Europe/Helsinki',
    endsAt: daysAhead(today, 12, 15),
    endsAt_tz: 'Europe/Helsinki',
    audience: ['families'],
    isFree: true,
    eventStatus: 'scheduled',
    _status: 'draft',
    submission: {
      state: 'pending',
      submittedAt: today.toISOString(),
      language: 'fi',
      submitterName: 'Maija Meikäläinen (demo)',
      submitterEmail: 'maija@demo.seutu.example',
      message: 'Voisiko tapahtuman näyttää myös matkailusivustolla?',
      organiser: 'Halsuan kyläyhdistys (demo)',
      placeName: 'Nuorisoseurantalo',
      placeAddress: 'Kirkonkyläntie 5',
      municipality: '074',
    },
    sites: ['regional'],
  } as const
}

/** The value for `key` in a map of ids the seed itself filled; a missing one is a mistake in the demo data. */
function idOf<K>(ids: Map<K, number>, key: K): number {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Demo content refers to ${String(key)}, which it does not define.`)
  return id
}

const seeding = { locale: 'fi', overrideAccess: true, depth: 0 } as const

/**
 * Loads the demo content. Every row is found by a natural key first (a municipality's code, a
 * site's key, a user's e-mail…), so a second run adds nothing. Refuses to run in production:
 * demo logins must never reach a real database.
 */
export async function seedDemo(payload: Payload, log: (line: string) => void = () => undefined): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo content is never loaded in production.')

  /** The id of the document matching `where`, created by `create` (in Finnish, then translated) when there is none. */
  const upsert = async (collection: SeedSlug, where: Where, create: () => Promise<{ id: number }>) => {
    const found = await payload.find({ collection, where, limit: 1, ...seeding })
    return found.docs[0]?.id ?? (await create()).id
  }

  // The municipalities themselves come with the migrations (reference data, not demo content).
  const municipalityRows = await payload.find({ collection: 'municipalities', limit: 100, ...seeding })
  const municipalityIds = new Map(municipalityRows.docs.map((m) => [m.code, m.id]))

  for (const site of demoSites)
    await upsert('sites', { key: { equals: site.key } }, async () => {
      const doc = await payload.create({
        collection: 'sites',
        data: {
          key: site.key,
          name: site.name.fi,
          tagline: site.tagline.fi,
          hostnames: site.hostnames.map((hostname) => ({ hostname })),
          defaultLocale: 'fi',
          contactEmail: site.contactEmail,
        },
        ...seeding,
      })
      for (const locale of ['sv', 'en'] as const)
        await payload.update({
          collection: 'sites',
          id: doc.id,
          data: { name: site.name[locale], tagline: site.tagline[locale] },
          ...seeding,
          locale,
        })
      return doc
    })

  for (const topic of demoTopics)
    await upsert('topics', { ysoId: { equals: topic.ysoId } }, async () => {
      const doc = await payload.create({
        collection: 'topics',
        data: { ysoId: topic.ysoId, name: topic.name.fi },
        ...seeding,
      })
      for (const locale of ['sv', 'en'] as const)
        await payload.update({
          collection: 'topics',
          id: doc.id,
          data: { name: topic.name[locale] },
          ...seeding,
          locale,
        })
      return doc
    })

  const organisationIds = new Map<string, number>()
  for (const org of memberMunicipalityOrganisations) {
    const id = await upsert('organisations', { name: { equals: org.name.fi } }, async () => {
      const doc = await payload.create({
        collection: 'organisations',
        data: { name: org.name.fi, kind: 'municipality', municipality: idOf(municipalityIds, org.code) },
        ...seeding,
      })
      for (const locale of ['sv', 'en'] as const)
        await payload.update({
          collection: 'organisations',
          id: doc.id,
          data: { name: org.name[locale] },
          ...seeding,
          locale,
        })
      return doc
    })
    organisationIds.set(org.name.fi, id)
  }
  for (const { municipality, ...org } of demoOrganisations) {
    const id = await upsert('organisations', { name: { equals: org.name } }, () =>
      payload.create({
        collection: 'organisations',
        data: { ...org, municipality: idOf(municipalityIds, municipality) },
        ...seeding,
      }),
    )
    organisationIds.set(org.name, id)
  }

  for (const user of demoUsers) {
    const organisations = 'organisations' in user ? user.organisations.map((name) => idOf(organisationIds, name)) : []
    await upsert('users', { email: { equals: user.email } }, () =>
      payload.create({
        collection: 'users',
        data: { email: user.email, password: user.password, name: user.name, role: user.role, organisations },
        ...seeding,
      }),
    )
  }
  const placeIds = new Map<string, number>()
  for (const place of demoPlaces) {
    const id = await upsert('places', { name: { equals: place.name.fi } }, async () => {
      const doc = await payload.create({
        collection: 'places',
        data: {
          name: place.name.fi,
          streetAddress: place.streetAddress,
          postcode: place.postcode,
          municipality: idOf(municipalityIds, place.municipality),
          coordinates: place.coordinates,
          organisation: idOf(organisationIds, place.organisation),
        },
        ...seeding,
      })
      await payload.update({
        collection: 'places',
        id: doc.id,
        data: { name: place.name.sv },
        ...seeding,
        locale: 'sv',
      })
      return doc
    })
    placeIds.set(place.name.fi, id)
  }

  const topicIds = new Map(
    (await payload.find({ collection: 'topics', limit: 100, depth: 0 })).docs.map((t) => [t.ysoId, t.id]),
  )
  const siteIds = new Map(
    (await payload.find({ collection: 'sites', limit: 10, depth: 0 })).docs.map((s) => [s.key, s.id]),
  )
  for (const event of demoEvents(new Date()))
    await upsert('events', { name: { equals: event.name.fi } }, async () => {
      const doc = await payload.create({
        collection: 'events',
        data: {
          name: event.name.fi,
          shortDescription: event.shortDescription.fi,
          startsAt: event.startsAt,
          startsAt_tz: 'Europe/Helsinki',
          endsAt: event.endsAt,
          endsAt_tz: 'Europe/Helsinki',
          place: event.place ? idOf(placeIds, event.place) : undefined,
          onlineUrl: event.onlineUrl,
          organiser: idOf(organisationIds, event.organiser),
          topics: event.topics.map((yso) => idOf(topicIds, yso)),
          audience: [...event.audience],
          isFree: event.isFree,
          price: event.price,
          eventStatus: event.eventStatus,
          sites: event.sites.map((key) => idOf(siteIds, key)),
          recurrence:
            'recurrence' in event ? { ...event.recurrence, weekdays: [...event.recurrence.weekdays] } : undefined,
          _status: 'published',
        },
        ...seeding,
      })
      if (event.shortDescription.sv)
        await payload.update({
          collection: 'events',
          id: doc.id,
          data: { name: event.name.sv, shortDescription: event.shortDescription.sv },
          ...seeding,
          locale: 'sv',
        })
      return doc
    })

  // A draft is created as one, unvalidated (a submission has no organiser until an editor sets it).
  const submission = demoSubmission(new Date())
  await upsert('events', { name: { equals: submission.name } }, () =>
    payload.create({
      collection: 'events',
      data: {
        ...submission,
        audience: [...submission.audience],
        submission: {
          ...submission.submission,
          municipality: idOf(municipalityIds, submission.submission.municipality),
        },
        sites: submission.sites.map((key) => idOf(siteIds, key)),
      },
      draft: true,
      ...seeding,
    }),
  )

  const news = await seedDemoNews(payload, siteIds, topicIds)
  await seedBranding(
    payload,
    demoSites.map((site) => ({ id: idOf(siteIds, site.key), key: site.key, name: site.name })),
  )

  log(
    `Demo content ready: ${news} news items, ${demoSites.length} sites, ${demoTopics.length} topics, ${organisationIds.size} organisations, ${demoUsers.length} users, ${demoPlaces.length} places, ${demoEvents(new Date()).length} events, 1 submission awaiting moderation.`,
  )
}

type SeedSlug = 'sites' | 'topics' | 'organisations' | 'users' | 'places' | 'events'
