import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import type { Locale } from '../lib/locales'
import { searchWords } from '../lib/search'
import { querySql } from './sql'

/**
 * A localised table searched as one text: Payload's `<collection>_locales` table (one row per
 * language, `_locale` and `_parent_id`) with the stored columns `search_vector` and
 * `search_text`, generated from its text columns joined (`coalesce(a, '') || ' ' ||
 * coalesce(b, '')`) with the SQL functions of migration 20261202_053000_text_search, each with
 * its GIN index, and an index on `_parent_id`: migration 20261202_170000_text_search_columns
 * adds them to events_locales.
 */
export type SearchableText = { table: string }

const MIN_FRAGMENT = 3

export const eventTexts: SearchableText = { table: 'events_locales' }

/**
 * The condition that the localised row `t` has every word of `text`: a word is found when its
 * stem is one of the text's stems (PostgreSQL's Finnish, Swedish and English stemming:
 * "kylässä" finds "kylä") or when the text contains its stem in the visitor's language, accents
 * ignored (compounds: "pelimanni" finds "Pelimanniilta"; "kyla" finds "kylä"). A stopword ("ja",
 * "och") matches every text; a word of two characters ("99") is matched only as a whole word.
 * Undefined when `text` has no word to look for.
 */
function rowHasText(locale: Locale, text: string): SQL | undefined {
  const words = searchWords(text)
  if (words.length === 0) return undefined
  const conditions = words.map((word) => {
    const stemmed = sql`t.search_vector @@ search_query(${word})`
    // Two characters make no trigram: such a part of a word would be looked for in every row.
    const contained =
      word.length >= MIN_FRAGMENT ? sql`OR t.search_text LIKE '%' || search_fragment(${locale}, ${word}) || '%'` : sql``
    // A stopword of the visitor's language ("ja", "och") asks for nothing.
    const stopword = sql`numnode(plainto_tsquery(search_config(${locale}), ${word})) = 0`
    return sql`(${stopword} OR ${stemmed} ${contained})`
  })
  return sql.join(conditions, sql` AND `)
}

/**
 * `id` is one of the documents whose text, in one language, has every word of `text` (see
 * rowHasText); undefined when `text` has no word to look for.
 *
 * The matching ids are gathered first, through the indexes, and `id` looked up among them
 * (`IN (SELECT unnest(ARRAY(…)))`): as a plain join, PostgreSQL may rather walk the rows in
 * order and check their texts one by one, hoping to fill a page early, which reads every row
 * when few match; and `= ANY (ARRAY(…))` compares each row with every matching id in turn.
 */
export function matchesText(id: SQL, target: SearchableText, locale: Locale, text: string): SQL | undefined {
  const row = rowHasText(locale, text)
  return (
    row &&
    sql`${id} IN (SELECT unnest(ARRAY(SELECT t."_parent_id" FROM ${sql.identifier(target.table)} t WHERE ${row})))`
  )
}

/**
 * A condition that `id` is one of the documents whose text has the words of `text`, chosen by
 * how many localised rows have them, which one statement finds out reading at most `few` + 1 of
 * them (so a word in every document costs as little as a rare one):
 * - at most `few`: their ids, gathered through the text indexes, and `id` looked up among them;
 * - more (`common`): each document's texts are checked through its id, for rows walked in
 *   order, where a page fills after a few rows and gathering every match first would read them all.
 * Undefined when `text` has no word to look for.
 */
export async function textFilter(
  payload: Payload,
  id: SQL,
  target: SearchableText,
  locale: Locale,
  text: string,
  few: number,
): Promise<{ condition: SQL; common: boolean } | undefined> {
  const row = rowHasText(locale, text)
  if (!row) return undefined
  const table = sql.identifier(target.table)
  const [{ ids }] = await querySql<{ ids: number[] }>(
    payload,
    sql`SELECT ARRAY(SELECT t."_parent_id" FROM ${table} t WHERE ${row} LIMIT ${few + 1}) AS ids`,
  )
  if (ids.length > few)
    return { condition: sql`EXISTS (SELECT 1 FROM ${table} t WHERE t."_parent_id" = ${id} AND ${row})`, common: true }
  return { condition: sql`${id} IN (SELECT unnest(${`{${[...new Set(ids)].join(',')}}`}::int[]))`, common: false }
}
