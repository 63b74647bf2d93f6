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
  queuedNoJob:
    'Jonossa, mutta lähetystyö puuttuu (se on voinut kadota kaatumisessa). Seuraava alueellisen kalenterin tarkistus lähettää tapahtuman; ”Yritä nyt” lähettää sen heti.',
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
  placeStateSingular: 'Lähetetty paikka',
  placeStatePlural: 'Lähetetyt paikat',
  reconciliation: 'Alueellisen kalenterin tarkistus',
  reconcileRequestedAt: 'Pyydetty',
  reconcileRequestedBy: 'Pyytäjä',
  reconcileStartedAt: 'Aloitettu',
  reconcileFinishedAt: 'Valmis',
  reconcileReport: 'Tulos',
  keywordRequired:
    'Valitse vähintään yksi aihe, jolla on YSO-tunniste: alueellinen tapahtumakalenteri ei ota vastaan tapahtumaa ilman asiasanaa.',
  placeRequired:
    'Valitse paikka tai anna verkkotapahtuman osoite: alueellinen tapahtumakalenteri ei ota vastaan tapahtumaa ilman paikkaa.',
  runningText: 'Lähetetään parhaillaan ({{time}} alkaen).',
  stuckText:
    'Lähetys keskeytyi: sitä ajanut työprosessi lakkasi vastaamasta {{time}}. Lähetys jatkuu itsestään parin minuutin kuluessa; ”Yritä nyt” jatkaa heti.',
  waitingSinceText: 'Jonossa {{time}} alkaen.',
  waitingLongText:
    'Jonossa {{time}} alkaen, eikä mikään työprosessi ole vielä ottanut sitä. Jos tila ei muutu, tarkista, että taustatyöt (jobs:run) ovat käynnissä.',
  waitingUntilText: 'Seuraava yritys {{time}}.',
  retryRunning: 'Tapahtumaa lähetetään juuri nyt; uusi lähetys tehdään heti sen jälkeen.',
  reincarnatedText:
    'Tapahtuma oli poistettu alueellisesta kalenterista, eikä poistettua tunnistetta voi käyttää uudelleen, joten se lähetettiin uudelleen uudella tunnisteella {{id}}. Vanha osoite ({{old}}) ei enää toimi: päivitä linkit uuteen osoitteeseen.',
  removedKeptText: '{{count}} jo päättynyttä kertaa jää alueelliseen kalenteriin sen historiaksi.',
  reconcileNow: 'Tarkista alueellinen kalenteri',
  reconcileQueued: 'Tarkistus on jonossa.',
  reconcileAlready: 'Tarkistus on jo jonossa tai käynnissä.',
  reconcileFailed: 'Tarkistusta ei voitu asettaa jonoon.',
  reconcileNever: 'Alueellista kalenteria ei ole vielä tarkistettu.',
  reconcileLast:
    'Tarkistettu viimeksi {{time}}: alueellisessa kalenterissa {{seen}} tapahtumaamme, korjattavaksi lähetettiin {{count}}.',
  reconcileRunning: 'Tarkistus on käynnissä ({{time}} alkaen).',
  reconcileRequested: 'Tarkistusta pyydetty {{time}} ({{by}}).',
  reconcileError: 'Viimeisin tarkistus epäonnistui: {{error}}',
  reconcileRepairs: 'Korjatut: {{list}}.',
  repair_missing: 'puuttui',
  repair_deletedOnRemote: 'poistettu alueellisesta kalenterista',
  repair_editedOnRemote: 'muokattu käsin alueellisessa kalenterissa',
  repair_notSent: 'ei vielä lähetetty',
  repair_unrecorded: 'kirjaamattomia kopioita',
  repair_notPublished: 'ei enää julkaistu täällä',
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
  queuedNoJob:
    'I kö, men sändningsjobbet saknas (det kan ha gått förlorat i en krasch). Nästa kontroll av den regionala kalendern skickar evenemanget; ”Försök nu” skickar det genast.',
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
  placeStateSingular: 'Skickad plats',
  placeStatePlural: 'Skickade platser',
  reconciliation: 'Kontroll av den regionala kalendern',
  reconcileRequestedAt: 'Begärd',
  reconcileRequestedBy: 'Begärd av',
  reconcileStartedAt: 'Påbörjad',
  reconcileFinishedAt: 'Klar',
  reconcileReport: 'Resultat',
  keywordRequired:
    'Välj minst ett ämne med en YSO-identifierare: den regionala evenemangskalendern tar inte emot ett evenemang utan ämnesord.',
  placeRequired:
    'Välj en plats eller ange adressen till ett webbevenemang: den regionala evenemangskalendern tar inte emot ett evenemang utan plats.',
  runningText: 'Skickas just nu (sedan {{time}}).',
  stuckText:
    'Sändningen avbröts: arbetsprocessen som körde den slutade svara {{time}}. Sändningen fortsätter av sig själv inom ett par minuter; ”Försök nu” fortsätter genast.',
  waitingSinceText: 'I kö sedan {{time}}.',
  waitingLongText:
    'I kö sedan {{time}}, och ingen arbetsprocess har tagit den ännu. Om statusen inte ändras, kontrollera att bakgrundsjobben (jobs:run) körs.',
  waitingUntilText: 'Nästa försök {{time}}.',
  retryRunning: 'Evenemanget skickas just nu; en ny sändning görs genast efter den.',
  reincarnatedText:
    'Evenemanget hade raderats ur den regionala kalendern, och ett raderat id kan inte användas igen, så det skickades på nytt med id:t {{id}}. Den gamla adressen ({{old}}) fungerar inte längre: uppdatera länkarna till den nya adressen.',
  removedKeptText: '{{count}} redan avslutade tillfällen blir kvar i den regionala kalendern som dess historik.',
  reconcileNow: 'Kontrollera den regionala kalendern',
  reconcileQueued: 'Kontrollen står i kö.',
  reconcileAlready: 'En kontroll står redan i kö eller pågår.',
  reconcileFailed: 'Kontrollen kunde inte ställas i kö.',
  reconcileNever: 'Den regionala kalendern har inte kontrollerats ännu.',
  reconcileLast:
    'Senast kontrollerad {{time}}: {{seen}} av våra evenemang i den regionala kalendern, {{count}} skickades för att rättas.',
  reconcileRunning: 'Kontrollen pågår (sedan {{time}}).',
  reconcileRequested: 'Kontroll begärd {{time}} ({{by}}).',
  reconcileError: 'Den senaste kontrollen misslyckades: {{error}}',
  reconcileRepairs: 'Rättade: {{list}}.',
  repair_missing: 'saknades',
  repair_deletedOnRemote: 'raderat ur den regionala kalendern',
  repair_editedOnRemote: 'ändrat för hand i den regionala kalendern',
  repair_notSent: 'inte skickat ännu',
  repair_unrecorded: 'okända kopior',
  repair_notPublished: 'inte längre publicerat här',
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
  queuedNoJob:
    'Queued, but its sending job is missing (it may have been lost in a crash). The next regional calendar check sends the event; “Retry now” sends it at once.',
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
  placeStateSingular: 'Place sent',
  placeStatePlural: 'Places sent',
  reconciliation: 'Regional calendar check',
  reconcileRequestedAt: 'Requested',
  reconcileRequestedBy: 'Requested by',
  reconcileStartedAt: 'Started',
  reconcileFinishedAt: 'Finished',
  reconcileReport: 'Result',
  keywordRequired:
    'Choose at least one topic with a YSO identifier: the regional event calendar does not accept an event without a keyword.',
  placeRequired:
    'Choose a place or give the address of an online event: the regional event calendar does not accept an event without a place.',
  runningText: 'Being sent right now (since {{time}}).',
  stuckText:
    'Sending was interrupted: the worker running it stopped answering at {{time}}. It resumes by itself within a couple of minutes; “Retry now” resumes it at once.',
  waitingSinceText: 'Queued since {{time}}.',
  waitingLongText:
    'Queued since {{time}}, and no worker has picked it up yet. If this does not change, check that the background jobs (jobs:run) are running.',
  waitingUntilText: 'Next attempt {{time}}.',
  retryRunning: 'The event is being sent right now; it is sent again right after.',
  reincarnatedText:
    'The event had been deleted from the regional calendar, and a deleted id can never be used again, so it was sent again under the id {{id}}. The old address ({{old}}) no longer works: update links to the new address.',
  removedKeptText: '{{count}} occurrences that have already ended stay in the regional calendar as its history.',
  reconcileNow: 'Check the regional calendar',
  reconcileQueued: 'The check is queued.',
  reconcileAlready: 'A check is already queued or running.',
  reconcileFailed: 'The check could not be queued.',
  reconcileNever: 'The regional calendar has not been checked yet.',
  reconcileLast:
    'Last checked {{time}}: {{seen}} of our events in the regional calendar, {{count}} sent again to be repaired.',
  reconcileRunning: 'A check is running (since {{time}}).',
  reconcileRequested: 'Check requested {{time}} ({{by}}).',
  reconcileError: 'The last check failed: {{error}}',
  reconcileRepairs: 'Repaired: {{list}}.',
  repair_missing: 'missing',
  repair_deletedOnRemote: 'deleted from the regional calendar',
  repair_editedOnRemote: 'edited by hand in the regional calendar',
  repair_notSent: 'not sent yet',
  repair_unrecorded: 'unrecorded copies',
  repair_notPublished: 'no longer published here',
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
