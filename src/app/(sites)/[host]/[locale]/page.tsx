import { dictionary } from '@/i18n/site'
import { defaultLocale, isLocale } from '@/lib/locales'
import { memberMunicipalities } from '../../data/municipalities'
import { siteForHost } from '../../data/sites'

type Props = { params: Promise<{ host: string; locale: string }> }

export default async function FrontPage({ params }: Props) {
  const { host, locale: raw } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const t = dictionary(locale)
  const site = await siteForHost(decodeURIComponent(host))
  if (!site)
    return (
      <section className="hero">
        <h1>{t.noSiteTitle}</h1>
        <p>{t.noSiteText}</p>
      </section>
    )
  const municipalities = await memberMunicipalities(locale)
  return (
    <>
      <section className="hero">
        <h1>{site.name[locale]}</h1>
        {site.tagline[locale] ? <p className="lead">{site.tagline[locale]}</p> : null}
      </section>
      {municipalities.length > 0 ? (
        <section aria-labelledby="municipalities-heading">
          <h2 id="municipalities-heading">{t.municipalitiesHeading}</h2>
          <ul className="chips">
            {municipalities.map((m) => (
              <li key={m.code}>{m.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
