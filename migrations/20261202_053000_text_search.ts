import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search in the content languages (src/server/textSearch.ts writes the queries):
 * PostgreSQL's `finnish`, `swedish` and `english` stemming for inflected words, `unaccent` and
 * `pg_trgm` for parts of words (Finnish compounds) and text typed without accents. The functions
 * are the reusable part: a later collection indexes its own localised columns with them.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;

  -- unaccent() is only STABLE (its dictionary could change under an index); naming the
  -- dictionary makes this wrapper safe to index, as the unaccent documentation suggests.
  CREATE FUNCTION search_text(document text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(document, ''))) $$;

  CREATE FUNCTION search_config(locale "_locales") RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (CASE locale WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'en' THEN 'pg_catalog.english' ELSE 'pg_catalog.finnish' END)::regconfig $$;

  -- A localised row's words, stemmed in the row's own language. Hyphens part words, as they do
  -- in a search: the parser would read "Kuorotreenit-12" as a word and the number -12.
  CREATE FUNCTION search_vector(locale "_locales", document text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector(public.search_config(locale), translate(coalesce(document, ''), '-', ' ')) $$;

  -- One searched word stemmed in every content language, since a visitor may type a Finnish word
  -- on the Swedish pages (texts fall back to Finnish).
  CREATE FUNCTION search_query(word text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT plainto_tsquery('pg_catalog.finnish', word) || plainto_tsquery('pg_catalog.swedish', word) || plainto_tsquery('pg_catalog.english', word) $$;

  -- The part of a searched word looked for inside the text: its stem in the visitor's language
  -- ("pelimanneja" → "peliman", found in "pelimanni" and "Pelimanniilta", which stem differently),
  -- or the word itself when the stem is too short to mean much.
  CREATE FUNCTION search_fragment(locale "_locales", word text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT public.search_text(CASE WHEN length(stem) >= 4 THEN stem ELSE word END)
      FROM (SELECT (ts_lexize((CASE locale WHEN 'sv' THEN 'pg_catalog.swedish_stem' WHEN 'en' THEN 'pg_catalog.english_stem' ELSE 'pg_catalog.finnish_stem' END)::regdictionary, word))[1]) AS s(stem) $$;

  -- The bodies name their schema: PostgreSQL builds and maintains indexes with only pg_catalog on
  -- the search path.
  CREATE INDEX "events_locales_search_idx" ON "events_locales"
    USING gin (public.search_vector("_locale", coalesce("name", '') || ' ' || coalesce("short_description", '')));
  CREATE INDEX "events_locales_search_text_idx" ON "events_locales"
    USING gin (public.search_text(coalesce("name", '') || ' ' || coalesce("short_description", '')) public.gin_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "events_locales_search_text_idx";
  DROP INDEX "events_locales_search_idx";
  DROP FUNCTION search_fragment("_locales", text);
  DROP FUNCTION search_query(text);
  DROP FUNCTION search_vector("_locales", text);
  DROP FUNCTION search_config("_locales");
  DROP FUNCTION search_text(text);`)
}
