/**
 * The plugin's own words in the admin's three languages. Config labels take them directly
 * (`tr`); components read them through Payload's i18n under the `regionalCalendar` namespace.
 */
const fi = {
  group: 'Alueellinen kalenteri',
  stateSingular: 'Synkronoinnin tila',
  statePlural: 'Synkronoinnin tilat',
  stateDescription:
    'Mitä Keski-Pohjanmaan alueellisessa tapahtumakalenterissa on kustakin tapahtumasta. Synkronointi kirjoittaa nämä itse.',
  eventId: 'Tapahtuman tunniste',
  owner: 'Järjestäjä',
  state: 'Tila',
  state_queued: 'Jonossa',
  state_synced: 'Synkronoitu',
  state_failing: 'Epäonnistuu, yritetään uudelleen',
  state_failed: 'Hylätty',
  state_removed: 'Ei kalenterissa',
  state_past: 'Päättynyt, ei lähetetty',
  state_none: 'Ei synkronoitu',
  remoteId: 'Tunniste alueellisessa kalenterissa',
  remoteUrl: 'Osoite alueellisessa kalenterissa',
  incarnation: 'Versio',
  incarnationDescription:
    'Kasvaa, jos tapahtuma on poistettu alueellisesta kalenterista käsin ja lähetetään uudelleen uudella tunnisteella.',
  children: 'Toistuvan tapahtuman kerrat',
  remoteModified: 'Muokattu alueellisessa kalenterissa',
  placeSynced: 'Lähetetty paikka',
  endsAt: 'Päättyy',
  syncedAt: 'Synkronoitu viimeksi',
  attempts: 'Epäonnistuneet yritykset',
  firstFailureAt: 'Ensimmäinen epäonnistuminen',
  nextAttemptAt: 'Seuraava yritys',
  lastStatus: 'Viimeisin HTTP-tila',
  lastError: 'Viimeisin virhe',
  panelTitle: 'Alueellinen tapahtumakalenteri',
  syncOff:
    'Synkronointi alueelliseen tapahtumakalenteriin on pois päältä (REGIONAL_CALENDAR_URL puuttuu). Tapahtumat näkyvät vain omilla sivustoillamme.',
  notSyncedYet: 'Tapahtumaa ei ole lähetetty. Julkaistu tapahtuma lähetetään automaattisesti.',
  queuedHint: 'Lähetetään hetken kuluttua.',
  syncedAtText: 'Synkronoitu {{time}}.',
  openRemote: 'Avaa alueellisessa kalenterissa',
  removedText: 'Tapahtuma ei ole julkaistu, joten se on poistettu alueellisesta kalenterista.',
  pastText: 'Tapahtuma on jo päättynyt; alueellinen kalenteri ei ota vastaan menneitä tapahtumia.',
  problemUnavailable: 'Alueellinen kalenteri ei vastaa ({{status}}).',
  problemRateLimited: 'Alueellinen kalenteri pyytää odottamaan (429).',
  problemUnreachable: 'Alueelliseen kalenteriin ei saada yhteyttä.',
  problemOther: 'Alueellinen kalenteri vastasi virheellä ({{status}}).',
  problemRefused:
    'Alueellinen kalenteri hylkäsi tämän version ({{status}}). Korjaa tapahtuma ja tallenna, niin se lähetetään uudelleen.',
  problemGaveUp:
    'Lähettäminen keskeytettiin, koska alueellinen kalenteri ei vastannut moneen päivään. Tallenna tapahtuma tai paina ”Yritä nyt”.',
  problemRetryAt: 'Yritetään uudelleen klo {{time}}.',
  problemRetryOn: 'Yritetään uudelleen {{date}} klo {{time}}.',
  problemRetrySoon: 'Yritetään uudelleen hetken kuluttua.',
  details: 'Tiedot',
  detailsHint: 'Alueellisen kalenterin vastaus sellaisenaan (HTTP {{status}}):',
  event: 'Tapahtuma',
  eventGone: 'Poistettu tapahtuma (tunniste {{id}})',
  retryNow: 'Yritä nyt',
  retryQueued: 'Lähetys on jonossa.',
  retryFailed: 'Uudelleenyritystä ei voitu asettaa jonoon.',
  gaveUp: 'Yritettiin {{days}} vuorokautta; luovuttiin. Viimeisin virhe: {{error}}',
  keepsDisappearing:
    'Tapahtuma {{id}} poistettiin alueellisesta kalenterista heti uudelleen lähettämisen jälkeen; lähetys keskeytettiin.',
  placeGone:
    'Paikka {{id}} on poistettu alueellisesta kalenterista käsin; sitä ei voi lähettää uudelleen samalla tunnisteella.',
}

type Messages = Record<keyof typeof fi, string>

const sv: Messages = {
  group: 'Regional kalender',
  stateSingular: 'Synkroniseringsstatus',
  statePlural: 'Synkroniseringsstatus',
  stateDescription:
    'Vad Mellersta Österbottens regionala evenemangskalender har av varje evenemang. Synkroniseringen skriver dessa själv.',
  eventId: 'Evenemangets id',
  owner: 'Arrangör',
  state: 'Status',
  state_queued: 'I kö',
  state_synced: 'Synkroniserat',
  state_failing: 'Misslyckas, försöker igen',
  state_failed: 'Avvisat',
  state_removed: 'Inte i kalendern',
  state_past: 'Avslutat, inte skickat',
  state_none: 'Inte synkroniserat',
  remoteId: 'Id i den regionala kalendern',
  remoteUrl: 'Adress i den regionala kalendern',
  incarnation: 'Version',
  incarnationDescription:
    'Ökar om evenemanget har raderats för hand i den regionala kalendern och skickas på nytt med ett nytt id.',
  children: 'Tillfällen i det återkommande evenemanget',
  remoteModified: 'Ändrat i den regionala kalendern',
  placeSynced: 'Skickad plats',
  endsAt: 'Slutar',
  syncedAt: 'Senast synkroniserat',
  attempts: 'Misslyckade försök',
  firstFailureAt: 'Första misslyckandet',
  nextAttemptAt: 'Nästa försök',
  lastStatus: 'Senaste HTTP-status',
  lastError: 'Senaste fel',
  panelTitle: 'Regional evenemangskalender',
  syncOff:
    'Synkroniseringen till den regionala evenemangskalendern är avstängd (REGIONAL_CALENDAR_URL saknas). Evenemangen syns bara på våra egna webbplatser.',
  notSyncedYet: 'Evenemanget har inte skickats. Ett publicerat evenemang skickas automatiskt.',
  queuedHint: 'Skickas om en stund.',
  syncedAtText: 'Synkroniserat {{time}}.',
  openRemote: 'Öppna i den regionala kalendern',
  removedText: 'Evenemanget är inte publicerat, så det har tagits bort ur den regionala kalendern.',
  pastText: 'Evenemanget har redan avslutats; den regionala kalendern tar inte emot tidigare evenemang.',
  problemUnavailable: 'Den regionala kalendern svarar inte ({{status}}).',
  problemRateLimited: 'Den regionala kalendern ber oss vänta (429).',
  problemUnreachable: 'Det går inte att få kontakt med den regionala kalendern.',
  problemOther: 'Den regionala kalendern svarade med ett fel ({{status}}).',
  problemRefused:
    'Den regionala kalendern avvisade den här versionen ({{status}}). Rätta evenemanget och spara, så skickas det på nytt.',
  problemGaveUp:
    'Sändningen avbröts eftersom den regionala kalendern inte svarade på flera dygn. Spara evenemanget eller tryck på ”Försök nu”.',
  problemRetryAt: 'Nytt försök kl. {{time}}.',
  problemRetryOn: 'Nytt försök {{date}} kl. {{time}}.',
  problemRetrySoon: 'Nytt försök om en stund.',
  details: 'Detaljer',
  detailsHint: 'Den regionala kalenderns svar som sådant (HTTP {{status}}):',
  event: 'Evenemang',
  eventGone: 'Raderat evenemang (id {{id}})',
  retryNow: 'Försök nu',
  retryQueued: 'Sändningen står i kö.',
  retryFailed: 'Det nya försöket kunde inte ställas i kö.',
  gaveUp: 'Försökte i {{days}} dygn; gav upp. Senaste fel: {{error}}',
  keepsDisappearing:
    'Evenemanget {{id}} raderades ur den regionala kalendern genast efter att det skickats på nytt; sändningen avbröts.',
  placeGone:
    'Platsen {{id}} har raderats för hand i den regionala kalendern; den kan inte skickas på nytt med samma id.',
}

const en: Messages = {
  group: 'Regional calendar',
  stateSingular: 'Sync state',
  statePlural: 'Sync states',
  stateDescription:
    'What the regional event calendar of Central Ostrobothnia holds of each event. The sync writes these itself.',
  eventId: 'Event id',
  owner: 'Organiser',
  state: 'State',
  state_queued: 'Queued',
  state_synced: 'Synced',
  state_failing: 'Failing, will retry',
  state_failed: 'Refused',
  state_removed: 'Not in the calendar',
  state_past: 'Ended, not sent',
  state_none: 'Not synced',
  remoteId: 'Id in the regional calendar',
  remoteUrl: 'Address in the regional calendar',
  incarnation: 'Incarnation',
  incarnationDescription:
    'Grows when the event was deleted by hand on the regional calendar and is sent again under a new id.',
  children: 'Occurrences of the recurring event',
  remoteModified: 'Modified on the regional calendar',
  placeSynced: 'Place sent',
  endsAt: 'Ends',
  syncedAt: 'Last synced',
  attempts: 'Failed attempts',
  firstFailureAt: 'First failure',
  nextAttemptAt: 'Next attempt',
  lastStatus: 'Last HTTP status',
  lastError: 'Last error',
  panelTitle: 'Regional event calendar',
  syncOff:
    'The sync to the regional event calendar is off (REGIONAL_CALENDAR_URL is not set). Events show only on our own sites.',
  notSyncedYet: 'The event has not been sent. A published event is sent automatically.',
  queuedHint: 'Will be sent shortly.',
  syncedAtText: 'Synced {{time}}.',
  openRemote: 'Open in the regional calendar',
  removedText: 'The event is not published, so it has been removed from the regional calendar.',
  pastText: 'The event has already ended; the regional calendar does not accept past events.',
  problemUnavailable: 'The regional calendar is not answering ({{status}}).',
  problemRateLimited: 'The regional calendar asks us to wait (429).',
  problemUnreachable: 'The regional calendar cannot be reached.',
  problemOther: 'The regional calendar answered with an error ({{status}}).',
  problemRefused:
    'The regional calendar refused this version ({{status}}). Correct the event and save it to send it again.',
  problemGaveUp:
    'Sending stopped because the regional calendar did not answer for days. Save the event or press “Retry now”.',
  problemRetryAt: 'Next try at {{time}}.',
  problemRetryOn: 'Next try on {{date}} at {{time}}.',
  problemRetrySoon: 'Next try shortly.',
  details: 'Details',
  detailsHint: 'The regional calendar’s answer as it came (HTTP {{status}}):',
  event: 'Event',
  eventGone: 'Deleted event (id {{id}})',
  retryNow: 'Retry now',
  retryQueued: 'Sending is queued.',
  retryFailed: 'The retry could not be queued.',
  gaveUp: 'Tried for {{days}} days; gave up. Last error: {{error}}',
  keepsDisappearing:
    'Event {{id}} was deleted from the regional calendar again right after being resent; sending stopped.',
  placeGone: 'Place {{id}} was deleted by hand on the regional calendar; it cannot be sent again under the same id.',
}

export const translations = { fi, sv, en }
export type MessageKey = keyof typeof fi

/** A config label in all three languages. */
export const tr = (key: MessageKey) => ({ fi: fi[key], sv: sv[key], en: en[key] })

/** A message in one language with `{{name}}` placeholders filled. */
export function say(language: string, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const table = (translations as Record<string, Messages>)[language] ?? fi
  return table[key].replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))
}
