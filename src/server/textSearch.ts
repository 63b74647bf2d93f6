import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Locale } from '../lib/locales'
import { searchWords } from '../lib/search'

/**
 * A localised table searched as one text: Payload's `<collection>_locales` table (one row per
 * language, `_locale` and `_parent_id`) and the text columns joined. The table needs the two
 * indexes of migration 20261202_053000_text_search on exactly this expression
 * (`coalesce(a, '') || ' ' || coalesce(b, '')`), or every search reads the whole table.
 */
export type SearchableText = { table: string; columns: string[] }

const MIN_FRAGMENT = 3

export const eventTexts: SearchableText = { table: 'events_locales', columns: ['name', 'short_description'] }

const documentOf = ({ columns }: SearchableText) =>
  sql.join(
    columns.map((column) => sql`coalesce(${sql.identifier(column)}, '')`),
    sql` || ' ' || `,
  )

/**
 * `id` is one of the documents whose text, in one language, has every word of `text`: a word is
 * found when its stem is one of the text's stems (PostgreSQL's Finnish, Swedish and English
 * stemming: "kylässä" finds "kylä") or when the text contains its stem in the visitor's language,
 * accents ignored (compounds: "pelimanni" finds "Pelimanniilta"; "kyla" finds "kylä"). A stopword
 * ("ja", "och") matches every text; a word of two characters ("99") is matched only as a whole word. Undefined when `text` has no word to look for.
 *
 * The matching ids are gathered first, through the indexes, and `id` looked up among them
 * (`IN (SELECT unnest(ARRAY(…)))`): as a plain join, PostgreSQL would rather walk the calendar in
 * order and stem the text of row after row, hoping to fill a page early; and `= ANY (ARRAY(…))`
 * compares each row with every matching id in turn, seconds when a word is in every event.
 */
export function matchesText(id: SQL, target: SearchableText, locale: Locale, text: string): SQL | undefined {
  const words = searchWords(text)
  if (words.length === 0) return undefined
  const document = documentOf(target)
  const conditions = words.map((word) => {
    const stemmed = sql`search_vector("_locale", ${document}) @@ search_query(${word})`
    // Two characters make no trigram: such a part of a word would be looked for in every row.
    const contained =
      word.length >= MIN_FRAGMENT
        ? sql`OR search_text(${document}) LIKE '%' || search_fragment(${locale}, ${word}) || '%'`
        : sql``
    // A stopword of the visitor's language ("ja", "och") asks for nothing.
    const stopword = sql`numnode(plainto_tsquery(search_config(${locale}), ${word})) = 0`
    return sql`(${stopword} OR ${stemmed} ${contained})`
  })
  return sql`${id} IN (SELECT unnest(ARRAY(SELECT "_parent_id" FROM ${sql.identifier(target.table)} WHERE ${sql.join(conditions, sql` AND `)})))`
}
