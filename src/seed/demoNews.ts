import type { Payload } from 'payload'
import sharp from 'sharp'
import { plainTextToRichText } from '../lib/richText'
import type { NewsKind } from '../lib/news'

type Texts = { title: string; lead: string; body: string }

type DemoNews = {
  kind: NewsKind
  sites: ('regional' | 'tourism' | 'business')[]
  topics: string[]
  daysAgo: number
  author?: string
  image: { colours: [string, string]; alt: string; credit: string }
  fi: Texts
  sv?: Texts
  en?: Texts
}

/**
 * A dozen news items, press releases and blog posts across the three sites in the region's own
 * themes: the event calendar, digital services and the large industrial projects. One is in
 * Finnish only, as real news often is at first (what the Swedish and English sites then do is in
 * the README, "News").
 */
export const demoNews: DemoNews[] = [
  {
    kind: 'pressRelease',
    sites: ['regional', 'tourism'],
    topics: ['yso:p360'],
    daysAgo: 1,
    author: 'Kaustisen seutu',
    image: {
      colours: ['#0b3d5c', '#3a8fb7'],
      alt: 'Tapahtumakalenterin kuvitus: kalenteriruudukko ja nuotteja',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Seudun yhteinen tapahtumakalenteri avautuu',
      lead: 'Viiden kunnan tapahtumat löytyvät nyt yhdestä kalenterista, ja yhdistykset voivat ilmoittaa tapahtumansa ilman tunnuksia.',
      body: 'Kaustisen seudun kunnat ja yhdistykset ovat koonneet tapahtumansa yhteen kalenteriin. Kalenteri näkyy seudun, matkailun ja suurhanketoimiston sivustoilla.\n\nTapahtumat välittyvät myös Keski-Pohjanmaan alueelliseen kalenteriin, joten sama tieto kirjoitetaan vain kerran.\n\nKuka tahansa voi ilmoittaa tapahtuman lomakkeella. Toimitus tarkastaa ilmoitukset arkisin.',
    },
    sv: {
      title: 'Regionens gemensamma evenemangskalender öppnar',
      lead: 'Evenemangen i fem kommuner finns nu i en kalender, och föreningar kan anmäla sina evenemang utan konto.',
      body: 'Kommunerna och föreningarna i Kaustby ekonomiska region har samlat sina evenemang i en kalender.\n\nEvenemangen förs också över till den regionala kalendern för Mellersta Österbotten, så att samma uppgifter skrivs bara en gång.',
    },
    en: {
      title: 'The sub-region’s shared event calendar opens',
      lead: 'Events in five municipalities are now in one calendar, and associations can add theirs without an account.',
      body: 'The municipalities and associations of the Kaustinen sub-region have gathered their events into one calendar.\n\nThe events also reach the regional calendar of Central Ostrobothnia, so the same information is written only once.',
    },
  },
  {
    kind: 'news',
    sites: ['regional', 'business'],
    topics: [],
    daysAgo: 3,
    image: {
      colours: ['#1d4d2b', '#6fb36f'],
      alt: 'Tuulivoimaloita pellon laidalla iltavalossa',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Vetelin tuulivoimahankkeen ympäristöarviointi valmistui',
      lead: 'Arvioinnin mukaan 40 voimalan puisto on toteutettavissa, kun kolme voimalaa siirretään kauemmas asutuksesta.',
      body: 'Ympäristövaikutusten arviointi käsitteli melua, välkettä, linnustoa ja maisemaa. Yleisötilaisuus pidetään Vetelin kirjastossa.\n\nRakentaminen voisi alkaa aikaisintaan vuonna 2028, ja se työllistäisi rakennusvaiheessa noin 300 henkilötyövuotta.',
    },
    sv: {
      title: 'Miljöbedömningen av vindkraftsprojektet i Vetil är klar',
      lead: 'Enligt bedömningen kan en park med 40 kraftverk byggas om tre kraftverk flyttas längre från bebyggelsen.',
      body: 'Miljökonsekvensbedömningen behandlade buller, skuggor, fåglar och landskap. Ett informationsmöte hålls i Vetil bibliotek.',
    },
    en: {
      title: 'Environmental assessment of the Veteli wind power project completed',
      lead: 'According to the assessment, a park of 40 turbines is feasible once three turbines are moved further from homes.',
      body: 'The environmental impact assessment covered noise, shadow flicker, birds and landscape. A public meeting will be held at Veteli library.',
    },
  },
  {
    kind: 'news',
    sites: ['business'],
    topics: [],
    daysAgo: 5,
    image: { colours: ['#3b2a52', '#8d6cc0'], alt: 'Teollisuushallin runko ja nosturi', credit: 'Seutu CMS -demo' },
    fi: {
      title: 'Akkumateriaalitehtaan alihankintapäivä kokosi 120 yritystä',
      lead: 'Suurhanketoimiston järjestämässä tilaisuudessa paikalliset yritykset tapasivat tehtaan hankintatiimin.',
      body: 'Tehdas tarvitsee rakennusvaiheessa maanrakennusta, sähköasennuksia, kuljetuksia ja majoitusta.\n\nYritykset voivat ilmoittautua alihankkijarekisteriin, josta hankintatiimi etsii toimittajia.',
    },
    sv: {
      title: 'Underleverantörsdagen för batterimaterialfabriken samlade 120 företag',
      lead: 'På Storprojektbyråns evenemang träffade lokala företag fabrikens upphandlingsteam.',
      body: 'Fabriken behöver markbyggnad, elinstallationer, transporter och inkvartering under byggtiden.',
    },
    en: {
      title: 'Battery-material plant’s supplier day brings together 120 companies',
      lead: 'At the Large Projects Office’s event, local companies met the plant’s procurement team.',
      body: 'During construction the plant needs groundworks, electrical installation, transport and accommodation.',
    },
  },
  {
    kind: 'blog',
    sites: ['regional'],
    topics: [],
    daysAgo: 7,
    author: 'Demo Viestintä',
    image: {
      colours: ['#5c3b0b', '#d19a3a'],
      alt: 'Kannettava tietokone ja kahvikuppi keittiön pöydällä',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Blogi: Miksi kirjoitamme uutisen vain kerran',
      lead: 'Kolme sivustoa, kolme kieltä ja yksi viestijä. Näin yhteinen julkaisujärjestelmä muutti arkea.',
      body: 'Ennen sama uutinen kopioitiin kolmelle sivustolle käsin, ja korjaus jäi usein yhdelle.\n\nNyt uutinen kirjoitetaan kerran, valitaan sivustot ja ajastetaan julkaisu. Käännökset tehdään samaan uutiseen.',
    },
    sv: {
      title: 'Blogg: Varför vi skriver en nyhet bara en gång',
      lead: 'Tre webbplatser, tre språk och en kommunikatör. Så förändrade ett gemensamt publiceringssystem vardagen.',
      body: 'Förr kopierades samma nyhet för hand till tre webbplatser, och en rättelse nådde ofta bara en av dem.',
    },
  },
  {
    kind: 'news',
    sites: ['tourism'],
    topics: ['yso:p1808'],
    daysAgo: 9,
    image: {
      colours: ['#6b1d2e', '#e0607e'],
      alt: 'Viulunsoittajia ulkolavalla kesäiltana',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Kansanmusiikkijuhlien ohjelma julkaistiin',
      lead: 'Heinäkuun juhlilla esiintyy yli 200 yhtyettä, ja pelimanniillat palaavat Näppärien lavalle.',
      body: 'Liput tulevat myyntiin tammikuussa. Juhlien aikana seudulla järjestetään myös kyläkonsertteja.\n\nTapahtumat löytyvät seudun tapahtumakalenterista.',
    },
    sv: {
      title: 'Programmet för folkmusikfestivalen har publicerats',
      lead: 'Över 200 grupper uppträder på festivalen i juli, och spelmanskvällarna återvänder.',
      body: 'Biljetterna släpps i januari. Under festivalen ordnas också byakonserter i regionen.',
    },
    en: {
      title: 'The folk music festival programme is out',
      lead: 'More than 200 groups perform at the July festival, and the fiddlers’ evenings return.',
      body: 'Tickets go on sale in January. Village concerts are held around the region during the festival.',
    },
  },
  {
    kind: 'pressRelease',
    sites: ['regional'],
    topics: [],
    daysAgo: 11,
    author: 'Kaustisen seutu',
    image: {
      colours: ['#0b4d4d', '#3ab7a6'],
      alt: 'Puhelimen näytöllä sähköinen asiointilomake',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Kunnat ottavat käyttöön yhteisen sähköisen asioinnin',
      lead: 'Rakennusluvat, tilavaraukset ja avustushakemukset siirtyvät yhteen palveluun keväällä.',
      body: 'Palvelu toimii suomeksi ja ruotsiksi, ja siihen kirjaudutaan Suomi.fi-tunnistuksella.\n\nPaperilomakkeet ovat edelleen saatavilla kuntien asiointipisteissä.',
    },
    sv: {
      title: 'Kommunerna tar i bruk en gemensam e-tjänst',
      lead: 'Bygglov, lokalbokningar och bidragsansökningar flyttar till en tjänst i vår.',
      body: 'Tjänsten fungerar på finska och svenska, och man loggar in med Suomi.fi-identifikation.',
    },
    en: {
      title: 'The municipalities introduce shared online services',
      lead: 'Building permits, room bookings and grant applications move to one service in the spring.',
      body: 'The service works in Finnish and Swedish, with Suomi.fi identification.',
    },
  },
  {
    kind: 'news',
    sites: ['business', 'regional'],
    topics: [],
    daysAgo: 14,
    image: {
      colours: ['#2b2b2b', '#8a8a8a'],
      alt: 'Sähköasema ja voimalinjat talvimaisemassa',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Kantaverkon liityntä vahvistuu Toholammilla',
      lead: 'Uusi 400 kilovoltin sähköasema mahdollistaa seudun teollisuushankkeiden liittymisen verkkoon.',
      body: 'Aseman rakentaminen alkaa ensi kesänä ja kestää kaksi vuotta.\n\nHanke on edellytys usealle seudun suurhankkeelle.',
    },
    en: {
      title: 'Grid connection strengthened in Toholampi',
      lead: 'A new 400 kV substation lets the sub-region’s industrial projects connect to the national grid.',
      body: 'Construction of the substation starts next summer and takes two years.',
    },
  },
  {
    kind: 'news',
    sites: ['tourism', 'regional'],
    topics: ['yso:p916'],
    daysAgo: 17,
    image: { colours: ['#12355b', '#9ccbe8'], alt: 'Latu lumisessa metsässä', credit: 'Seutu CMS -demo' },
    fi: {
      title: 'Lestijärven ladut kunnostetaan talveksi',
      lead: 'Järven ympäri kulkeva 30 kilometrin latu saa uudet opasteet ja laavun.',
      body: 'Latukartta julkaistaan matkailusivustolla. Ladut ajetaan lumitilanteen mukaan.',
    },
    sv: {
      title: 'Skidspåren i Lestijärvi iordningställs för vintern',
      lead: 'Det 30 kilometer långa spåret runt sjön får ny skyltning och ett vindskydd.',
      body: 'Spårkartan publiceras på turismwebbplatsen.',
    },
    en: {
      title: 'Lestijärvi ski trails readied for winter',
      lead: 'The 30-kilometre trail around the lake gets new signs and a lean-to shelter.',
      body: 'The trail map is published on the tourism site.',
    },
  },
  {
    kind: 'blog',
    sites: ['business'],
    topics: [],
    daysAgo: 20,
    author: 'Suurhanketoimisto',
    image: { colours: ['#4d3b0b', '#b7a23a'], alt: 'Työmaakoppeja ja työmaan opasteita', credit: 'Seutu CMS -demo' },
    fi: {
      title: 'Blogi: Pienenkin yrityksen kannattaa tarjota suurhankkeelle',
      lead: 'Suuret urakoitsijat etsivät paikallisia kumppaneita. Näin pääset mukaan.',
      body: 'Aloita alihankkijarekisteristä ja kerro, mitä teet ja millä kapasiteetilla.\n\nYhteistarjous toisen paikallisen yrityksen kanssa avaa usein ovia.',
    },
    en: {
      title: 'Blog: Even a small company should bid for a large project',
      lead: 'Large contractors look for local partners. Here is how to get involved.',
      body: 'Start with the subcontractor registry and say what you do and at what capacity.',
    },
  },
  {
    kind: 'pressRelease',
    sites: ['tourism'],
    topics: ['yso:p4354'],
    daysAgo: 24,
    author: 'Visit Kaustisen seutu',
    image: { colours: ['#5b1235', '#e89cc6'], alt: 'Lapsia soittamassa kanteleita', credit: 'Seutu CMS -demo' },
    fi: {
      title: 'Lasten musiikkileikkikoulu laajenee Halsualle',
      lead: 'Syksyn ryhmät alkavat Halsuan koululla, ja ilmoittautuminen on avattu.',
      body: 'Musiikkileikkikoulu on 3–6-vuotiaille. Ryhmät kokoontuvat kerran viikossa.',
    },
    sv: {
      title: 'Musiklekskolan för barn utvidgas till Halsua',
      lead: 'Höstens grupper börjar i Halsua skola, och anmälan har öppnat.',
      body: 'Musiklekskolan är för barn i åldern 3–6 år. Grupperna träffas en gång i veckan.',
    },
    en: {
      title: 'Children’s music play school expands to Halsua',
      lead: 'The autumn groups start at Halsua school, and registration is open.',
      body: 'The music play school is for children aged 3 to 6. Groups meet once a week.',
    },
  },
  {
    kind: 'news',
    sites: ['regional'],
    topics: [],
    daysAgo: 28,
    image: {
      colours: ['#0b2a5c', '#5a7fd1'],
      alt: 'Kyläkoulun sali, jossa ihmisiä kuuntelemassa esitystä',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Kylien digituki jatkuu kirjastoissa',
      lead: 'Digituen vertaisohjaajat neuvovat verkkopankin, sähköisen asioinnin ja älypuhelimen käytössä.',
      body: 'Neuvontaa saa kaikkien viiden kunnan kirjastoissa kerran viikossa. Ajanvarausta ei tarvita.',
    },
  },
  {
    kind: 'news',
    sites: ['business', 'tourism', 'regional'],
    topics: [],
    daysAgo: 33,
    image: {
      colours: ['#1d3d1d', '#a3c96f'],
      alt: 'Biokaasulaitoksen säiliöitä pellon keskellä',
      credit: 'Seutu CMS -demo',
    },
    fi: {
      title: 'Biokaasulaitos tuottaa lämpöä Kaustisen keskustaan',
      lead: 'Maatilojen sivuvirroista tehtävä biokaasu korvaa öljyä kaukolämmössä.',
      body: 'Laitos käsittelee vuodessa noin 40 000 tonnia lantaa ja kasvijätettä.\n\nMädätysjäännös palaa pelloille lannoitteeksi.',
    },
    sv: {
      title: 'Biogasanläggning ger värme till Kaustby centrum',
      lead: 'Biogas av gårdarnas sidoströmmar ersätter olja i fjärrvärmen.',
      body: 'Anläggningen behandlar cirka 40 000 ton gödsel och växtavfall om året.',
    },
    en: {
      title: 'Biogas plant heats central Kaustinen',
      lead: 'Biogas made from farms’ side streams replaces oil in district heating.',
      body: 'The plant processes about 40,000 tonnes of manure and plant waste a year.',
    },
  },
]

/** A hero image at a real photo's size: a two-colour landscape of hills, drawn by sharp. */
async function heroImage(colours: [string, string]): Promise<Buffer> {
  const [dark, light] = colours
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/></linearGradient></defs>
    <rect width="2400" height="1600" fill="url(#sky)"/>
    <circle cx="1800" cy="420" r="190" fill="#fff" fill-opacity="0.55"/>
    <path d="M0 1150 C 500 950 900 1250 1400 1050 S 2100 950 2400 1100 V1600 H0Z" fill="${dark}" fill-opacity="0.7"/>
    <path d="M0 1350 C 600 1200 1100 1450 1700 1300 S 2200 1250 2400 1320 V1600 H0Z" fill="${dark}"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer()
}

const seeding = { locale: 'fi', overrideAccess: true, depth: 0 } as const

/**
 * Loads the demo news, each found by its Finnish title first so a second run adds nothing. Each is
 * created published in Finnish, then given its Swedish and English texts.
 */
export async function seedDemoNews(
  payload: Payload,
  siteIds: Map<string, number>,
  topicIds: Map<string | null | undefined, number>,
): Promise<number> {
  for (const [index, item] of demoNews.entries()) {
    const found = await payload.find({
      collection: 'news',
      where: { title: { equals: item.fi.title } },
      limit: 1,
      ...seeding,
    })
    if (found.docs.length > 0) continue
    const data = await heroImage(item.image.colours)
    const image = await payload.create({
      collection: 'media',
      data: { alt: item.image.alt, credit: item.image.credit },
      file: { data, mimetype: 'image/jpeg', name: `demo-news-${index + 1}.jpg`, size: data.length },
      ...seeding,
    })
    const publishedAt = new Date(Date.now() - item.daysAgo * 86_400_000).toISOString()
    const doc = await payload.create({
      collection: 'news',
      data: {
        kind: item.kind,
        title: item.fi.title,
        lead: item.fi.lead,
        body: plainTextToRichText(item.fi.body),
        heroImage: image.id,
        author: item.author,
        publishedAt,
        sites: item.sites.map((key) => siteIds.get(key)!),
        topics: item.topics.map((yso) => topicIds.get(yso)!),
        _status: 'published',
      },
      ...seeding,
    })
    for (const locale of ['sv', 'en'] as const) {
      const texts = item[locale]
      if (texts)
        await payload.update({
          collection: 'news',
          id: doc.id,
          data: { title: texts.title, lead: texts.lead, body: plainTextToRichText(texts.body) },
          ...seeding,
          locale,
        })
    }
  }
  return demoNews.length
}
