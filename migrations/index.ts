import * as migration_20261123_202125_initial from './20261123_202125_initial';
import * as migration_20261123_203159_events_places from './20261123_203159_events_places';
import * as migration_20261123_203500_municipalities from './20261123_203500_municipalities';
import * as migration_20261123_205121_event_ical_sequence from './20261123_205121_event_ical_sequence';
import * as migration_20261123_210820_event_recurrence from './20261123_210820_event_recurrence';
import * as migration_20261123_215855_regional_calendar_sync from './20261123_215855_regional_calendar_sync';
import * as migration_20261123_220413_event_submissions from './20261123_220413_event_submissions';
import * as migration_20261123_221138_event_occurrences from './20261123_221138_event_occurrences';
import * as migration_20261123_221500_event_occurrences_backfill from './20261123_221500_event_occurrences_backfill';
import * as migration_20261202_053000_abuse_counters from './20261202_053000_abuse_counters';
import * as migration_20261202_053000_text_search from './20261202_053000_text_search';
import * as migration_20261202_053100_calendar_indexes from './20261202_053100_calendar_indexes';
import * as migration_20261202_055001_users_no_lock from './20261202_055001_users_no_lock';
import * as migration_20261202_060000_next_cache_tags from './20261202_060000_next_cache_tags';
import * as migration_20261202_061000_regional_calendar_places_reconciliation from './20261202_061000_regional_calendar_places_reconciliation';
import * as migration_20261202_130853_events_list_indexes from './20261202_130853_events_list_indexes';
import * as migration_20261202_131837_occurrence_filters from './20261202_131837_occurrence_filters';
import * as migration_20261202_164852_site_shape from './20261202_164852_site_shape';
import * as migration_20261202_170000_text_search_columns from './20261202_170000_text_search_columns';
import * as migration_20261202_171000_linked_events_indexes from './20261202_171000_linked_events_indexes';
import * as migration_20261202_172000_occurrence_audience_indexes from './20261202_172000_occurrence_audience_indexes';
import * as migration_20261202_180839_news from './20261202_180839_news';

export const migrations = [
  {
    up: migration_20261123_202125_initial.up,
    down: migration_20261123_202125_initial.down,
    name: '20261123_202125_initial',
  },
  {
    up: migration_20261123_203159_events_places.up,
    down: migration_20261123_203159_events_places.down,
    name: '20261123_203159_events_places',
  },
  {
    up: migration_20261123_203500_municipalities.up,
    down: migration_20261123_203500_municipalities.down,
    name: '20261123_203500_municipalities',
  },
  {
    up: migration_20261123_205121_event_ical_sequence.up,
    down: migration_20261123_205121_event_ical_sequence.down,
    name: '20261123_205121_event_ical_sequence',
  },
  {
    up: migration_20261123_210820_event_recurrence.up,
    down: migration_20261123_210820_event_recurrence.down,
    name: '20261123_210820_event_recurrence',
  },
  {
    up: migration_20261123_215855_regional_calendar_sync.up,
    down: migration_20261123_215855_regional_calendar_sync.down,
    name: '20261123_215855_regional_calendar_sync',
  },
  {
    up: migration_20261123_220413_event_submissions.up,
    down: migration_20261123_220413_event_submissions.down,
    name: '20261123_220413_event_submissions',
  },
  {
    up: migration_20261123_221138_event_occurrences.up,
    down: migration_20261123_221138_event_occurrences.down,
    name: '20261123_221138_event_occurrences',
  },
  {
    up: migration_20261123_221500_event_occurrences_backfill.up,
    down: migration_20261123_221500_event_occurrences_backfill.down,
    name: '20261123_221500_event_occurrences_backfill',
  },
  {
    up: migration_20261202_053000_abuse_counters.up,
    down: migration_20261202_053000_abuse_counters.down,
    name: '20261202_053000_abuse_counters',
  },
  {
    up: migration_20261202_053000_text_search.up,
    down: migration_20261202_053000_text_search.down,
    name: '20261202_053000_text_search',
  },
  {
    up: migration_20261202_053100_calendar_indexes.up,
    down: migration_20261202_053100_calendar_indexes.down,
    name: '20261202_053100_calendar_indexes',
  },
  {
    up: migration_20261202_055001_users_no_lock.up,
    down: migration_20261202_055001_users_no_lock.down,
    name: '20261202_055001_users_no_lock',
  },
  {
    up: migration_20261202_060000_next_cache_tags.up,
    down: migration_20261202_060000_next_cache_tags.down,
    name: '20261202_060000_next_cache_tags',
  },
  {
    up: migration_20261202_061000_regional_calendar_places_reconciliation.up,
    down: migration_20261202_061000_regional_calendar_places_reconciliation.down,
    name: '20261202_061000_regional_calendar_places_reconciliation',
  },
  {
    up: migration_20261202_130853_events_list_indexes.up,
    down: migration_20261202_130853_events_list_indexes.down,
    name: '20261202_130853_events_list_indexes',
  },
  {
    up: migration_20261202_131837_occurrence_filters.up,
    down: migration_20261202_131837_occurrence_filters.down,
    name: '20261202_131837_occurrence_filters',
  },
  {
    up: migration_20261202_164852_site_shape.up,
    down: migration_20261202_164852_site_shape.down,
    name: '20261202_164852_site_shape',
  },
  {
    up: migration_20261202_170000_text_search_columns.up,
    down: migration_20261202_170000_text_search_columns.down,
    name: '20261202_170000_text_search_columns',
  },
  {
    up: migration_20261202_171000_linked_events_indexes.up,
    down: migration_20261202_171000_linked_events_indexes.down,
    name: '20261202_171000_linked_events_indexes',
  },
  {
    up: migration_20261202_172000_occurrence_audience_indexes.up,
    down: migration_20261202_172000_occurrence_audience_indexes.down,
    name: '20261202_172000_occurrence_audience_indexes',
  },
  {
    up: migration_20261202_180839_news.up,
    down: migration_20261202_180839_news.down,
    name: '20261202_180839_news',
  },
];
