import { localePath } from '@/lib/paths'
import { locales, type Locale } from '@/lib/locales'
import { dictionary } from '@/i18n/site'

/** Links to this page in each language; each link is announced in its own language. */
export function LanguageSwitcher({ locale, path }: { locale: Locale; path: string }) {
  return (
    <nav aria-label={dictionary(locale).languageNav} className="languages">
      <ul>
        {locales.map((code) => (
          <li key={code}>
            <a
              href={localePath(code, path)}
              hrefLang={code}
              lang={code}
              aria-current={code === locale ? 'true' : undefined}
            >
              {dictionary(code).languageName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
