import type pg from 'pg'

/**
 * The benchmark's events, written with SQL as the admin would have saved them: published events
 * over the coming year, spread over the demo places, organisations, topics, audiences and sites;
 * every hundredth is a weekly series of 20 on its start's weekday. Each has its latest version row
 * (`_events_v`), which the admin's list of a collection with drafts reads, and a synced state
 * (`regional-calendar-sync`), which the list's sync column shows.
 */
export async function seedEvents(client: pg.Client, count: number) {
  const first = (await client.query('SELECT coalesce(max(id), 0)::int AS id FROM events')).rows[0].id as number
  await client.query(
    `
    INSERT INTO events (starts_at, ends_at, place_id, organiser_id, is_free, event_status, _status, recurrence_frequency, recurrence_count)
    SELECT now() + (g % 365) * interval '1 day' + (g % 12) * interval '1 hour',
           now() + (g % 365) * interval '1 day' + (g % 12 + 2) * interval '1 hour',
           (SELECT id FROM places ORDER BY id LIMIT 1 OFFSET g % 2),
           (SELECT id FROM organisations ORDER BY id LIMIT 1 OFFSET g % (SELECT count(*) FROM organisations)),
           g % 3 = 0, 'scheduled', 'published',
           CASE WHEN g % 100 = 0 THEN 'weekly' ELSE 'none' END::enum_events_recurrence_frequency, CASE WHEN g % 100 = 0 THEN 20 END
    FROM generate_series(1, $1) AS g`,
    [count],
  )
  const seeded = 'id > $1'
  await client.query(
    `INSERT INTO events_recurrence_weekdays ("order", parent_id, value)
    SELECT 1, id, (ARRAY['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'])[extract(dow FROM starts_at AT TIME ZONE 'Europe/Helsinki') + 1]::enum_events_recurrence_weekdays
    FROM events WHERE ${seeded} AND recurrence_frequency = 'weekly'`,
    [first],
  )
  await client.query(
    `INSERT INTO events_locales (name, short_description, _locale, _parent_id)
    SELECT 'Tapahtuma ' || id, 'Lyhyt kuvaus ' || id, 'fi', id FROM events WHERE ${seeded}`,
    [first],
  )
  await client.query(
    `INSERT INTO events_rels ("order", parent_id, path, sites_id)
    SELECT 1, e.id, 'sites', s.id FROM events e CROSS JOIN LATERAL (SELECT id FROM sites ORDER BY id LIMIT 1 OFFSET e.id % 3) s
    WHERE e.${seeded}`,
    [first],
  )
  await client.query(
    `INSERT INTO events_rels ("order", parent_id, path, topics_id)
    SELECT 1, e.id, 'topics', t.id FROM events e CROSS JOIN LATERAL (SELECT id FROM topics ORDER BY id LIMIT 1 OFFSET e.id % 6) t
    WHERE e.${seeded}`,
    [first],
  )
  await client.query(
    `INSERT INTO events_audience ("order", parent_id, value)
    SELECT 1, id, (ARRAY['children', 'youth', 'adults', 'seniors', 'families'])[id % 5 + 1]::enum_events_audience
    FROM events WHERE ${seeded}`,
    [first],
  )

  // The version rows: the same fields under `version_`, one latest version per event.
  await client.query(
    `INSERT INTO _events_v (parent_id, version_starts_at, version_ends_at, version_place_id, version_organiser_id,
      version_is_free, version_event_status, version__status, version_recurrence_frequency, version_recurrence_count,
      version_moderation_rank, version_created_at, version_updated_at, created_at, updated_at, latest)
    SELECT id, starts_at, ends_at, place_id, organiser_id, is_free, event_status::text::enum__events_v_version_event_status,
      _status::text::enum__events_v_version_status, recurrence_frequency::text::enum__events_v_version_recurrence_frequency,
      recurrence_count, moderation_rank, created_at, updated_at, created_at, updated_at, true
    FROM events WHERE ${seeded}`,
    [first],
  )
  const versions = `_events_v v JOIN events e ON e.id = v.parent_id AND e.${seeded}`
  await client.query(
    `INSERT INTO _events_v_version_recurrence_weekdays ("order", parent_id, value)
    SELECT w."order", v.id, w.value::text::enum__events_v_version_recurrence_weekdays
    FROM ${versions} JOIN events_recurrence_weekdays w ON w.parent_id = e.id`,
    [first],
  )
  await client.query(
    `INSERT INTO _events_v_version_audience ("order", parent_id, value)
    SELECT a."order", v.id, a.value::text::enum__events_v_version_audience
    FROM ${versions} JOIN events_audience a ON a.parent_id = e.id`,
    [first],
  )
  await client.query(
    `INSERT INTO _events_v_locales (version_name, version_short_description, _locale, _parent_id)
    SELECT l.name, l.short_description, l._locale, v.id FROM ${versions} JOIN events_locales l ON l._parent_id = e.id`,
    [first],
  )
  await client.query(
    `INSERT INTO _events_v_rels ("order", parent_id, path, sites_id, topics_id)
    SELECT r."order", v.id, r.path, r.sites_id, r.topics_id FROM ${versions} JOIN events_rels r ON r.parent_id = e.id`,
    [first],
  )
  await client.query(
    `INSERT INTO regional_calendar_sync (event_id, owner_id, state, remote_id, synced_at)
    SELECT id, organiser_id, 'synced', 'kaustisenseutu:evt-' || id, now() FROM events WHERE ${seeded}`,
    [first],
  )
}
