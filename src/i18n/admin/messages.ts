import type { Localised } from '../../lib/locales'

/**
 * Seutu CMS's own admin and API messages, merged into Payload's i18n under the `seutu`
 * namespace so that `req.t('seutu:…')` answers in the editor's language.
 */
export const messages = {
  fi: {
    attentionTitle: 'Vaatii huomiota',
    attentionFailing: 'Synkronointi alueelliseen kalenteriin epäonnistuu',
    attentionRefused: 'Alueellinen kalenteri on hylännyt',
    attentionSubmissions: 'Ilmoitetut tapahtumat odottavat tarkastusta',
    attentionOwnFailing: 'Omat tapahtumat, joiden synkronointi epäonnistuu',
    attentionOwnRefused: 'Omat tapahtumat, jotka alueellinen kalenteri on hylännyt',
    attentionNone: 'Kaikki kunnossa: ei epäonnistuneita synkronointeja eikä tarkastamattomia ilmoituksia.',
    attentionOwnNone: 'Kaikki kunnossa: tapahtumienne synkronointi alueelliseen kalenteriin toimii.',
    noSiteWarning:
      'Sivustoa ei ole valittu: julkaistu tapahtuma ei näy millään sivustollamme (vain alueellisessa kalenterissa ja rajapinnassa). Valitse vähintään yksi sivusto.',
    businessIdFormat:
      'Y-tunnus on muotoa 1234567-8 (seitsemän numeroa, väliviiva ja tarkistenumero). Myös 12345678 ja FI12345678 käyvät.',
    businessIdChecksum: 'Y-tunnuksen {{value}} tarkistenumero ei täsmää. Tarkista tunnus.',
    businessIdTaken: 'Y-tunnus {{value}} on jo organisaatiolla {{name}}.',
    fileTooLarge: 'Tiedosto on liian suuri. Suurin sallittu koko on {{max}} Mt.',
    fileTypeRefused:
      'Tiedostotyyppiä {{type}} ei hyväksytä. Sallittuja ovat kuvat (JPEG, PNG, WebP, AVIF, GIF, SVG) ja PDF.',
    fileLabel: 'Tiedosto',
    imageUnreadable:
      'Kuvaa ei voi lukea: tiedosto on vioittunut tai tallentunut vain osittain. Tallenna kuva uudelleen ja lataa se sitten.',
    imageTooManyPixels:
      'Kuva on {{width}} × {{height}} pikseliä ({{megapixels}} megapikseliä); suurin sallittu on {{max}} megapikseliä. Pienennä kuvaa ja lataa se uudelleen.',
    svgUnsafe: 'SVG-kuvaa ei hyväksytä, koska se sisältää suoritettavaa tai ulkoista sisältöä: {{reason}}.',
    altRequired: 'Kirjoita kuvalle vaihtoehtoinen teksti suomeksi. Se luetaan näkövammaisille.',
    invalidUrl: 'Anna verkko-osoite kokonaisena, esimerkiksi https://www.kaustinen.fi.',
    invalidYso: 'YSO-tunniste on muotoa yso:p1234.',
    invalidMunicipalityCode: 'Kuntanumero on kolme numeroa, esimerkiksi 236.',
    invalidHostname: 'Anna pelkkä palvelinnimi ilman http://-alkua, esimerkiksi kaustisenseutu.fi.',
    eventNameRequired: 'Anna tapahtumalle nimi suomeksi.',
    shortDescriptionRequired: 'Kirjoita lyhyt kuvaus suomeksi (enintään 160 merkkiä).',
    shortDescriptionTooLong:
      'Lyhyt kuvaus on {{length}} merkkiä; alueellinen tapahtumakalenteri hyväksyy enintään 160.',
    endBeforeStart: 'Tapahtuma ei voi päättyä ennen kuin se alkaa.',
    startInPast: 'Uuden tapahtuman alkamisaika on jo mennyt. Tarkista päivämäärä ja kellonaika.',
    placeOrUrlRequired: 'Valitse tapahtumapaikka tai anna verkkotapahtuman osoite (tai molemmat).',
    organiserNotYours: 'Voit lisätä ja muokata vain oman organisaatiosi tapahtumia.',
    placeNameRequired: 'Anna paikan nimi suomeksi.',
    invalidPostcode: 'Postinumero on viisi numeroa, esimerkiksi 69600.',
    invalidLatitude: 'Leveysasteen on oltava välillä 59–71 (Suomi), esimerkiksi 63.54.',
    invalidLongitude: 'Pituusasteen on oltava välillä 19–32 (Suomi), esimerkiksi 23.69.',
    recurrenceNoEnd: 'Toistuvalle tapahtumalle tarvitaan loppu: viimeinen päivä tai kertojen määrä.',
    recurrenceNoWeekdays: 'Valitse viikonpäivät, joina tapahtuma toistuu.',
    recurrenceTooMany: 'Toistosääntö tuottaisi yli {{max}} kertaa. Lyhennä jaksoa tai harvenna toistoa.',
  },
  sv: {
    attentionTitle: 'Kräver uppmärksamhet',
    attentionFailing: 'Synkroniseringen till den regionala kalendern misslyckas',
    attentionRefused: 'Avvisade av den regionala kalendern',
    attentionSubmissions: 'Anmälda evenemang väntar på granskning',
    attentionOwnFailing: 'Egna evenemang vars synkronisering misslyckas',
    attentionOwnRefused: 'Egna evenemang som den regionala kalendern har avvisat',
    attentionNone: 'Allt i ordning: inga misslyckade synkroniseringar och inga ogranskade anmälningar.',
    attentionOwnNone: 'Allt i ordning: era evenemang synkroniseras till den regionala kalendern.',
    noSiteWarning:
      'Ingen webbplats vald: ett publicerat evenemang visas inte på någon av våra webbplatser (bara i den regionala kalendern och gränssnittet). Välj minst en webbplats.',
    businessIdFormat:
      'FO-numret har formen 1234567-8 (sju siffror, bindestreck och kontrollsiffra). Även 12345678 och FI12345678 godtas.',
    businessIdChecksum: 'Kontrollsiffran i FO-numret {{value}} stämmer inte. Kontrollera numret.',
    businessIdTaken: 'FO-numret {{value}} används redan av organisationen {{name}}.',
    fileTooLarge: 'Filen är för stor. Största tillåtna storlek är {{max}} MB.',
    fileTypeRefused: 'Filtypen {{type}} godtas inte. Tillåtna är bilder (JPEG, PNG, WebP, AVIF, GIF, SVG) och PDF.',
    fileLabel: 'Fil',
    imageUnreadable:
      'Bilden kan inte läsas: filen är skadad eller bara delvis sparad. Spara bilden på nytt och ladda sedan upp den.',
    imageTooManyPixels:
      'Bilden är {{width}} × {{height}} pixlar ({{megapixels}} megapixlar); högst {{max}} megapixlar tillåts. Förminska bilden och ladda upp den igen.',
    svgUnsafe: 'SVG-bilden godtas inte eftersom den innehåller körbart eller externt innehåll: {{reason}}.',
    altRequired: 'Skriv en alternativ text för bilden på finska. Den läses upp för synskadade.',
    invalidUrl: 'Ange hela webbadressen, till exempel https://www.kaustinen.fi.',
    invalidYso: 'YSO-identifieraren har formen yso:p1234.',
    invalidMunicipalityCode: 'Kommunnumret består av tre siffror, till exempel 236.',
    invalidHostname: 'Ange bara servernamnet utan http://, till exempel kaustisenseutu.fi.',
    eventNameRequired: 'Ange ett namn för evenemanget på finska.',
    shortDescriptionRequired: 'Skriv en kort beskrivning på finska (högst 160 tecken).',
    shortDescriptionTooLong:
      'Den korta beskrivningen har {{length}} tecken; den regionala evenemangskalendern godtar högst 160.',
    endBeforeStart: 'Evenemanget kan inte sluta innan det börjar.',
    startInPast: 'Starttiden för det nya evenemanget har redan passerat. Kontrollera datum och klockslag.',
    placeOrUrlRequired: 'Välj en plats eller ange adressen till ett webbevenemang (eller båda).',
    organiserNotYours: 'Du kan bara lägga till och redigera din egen organisations evenemang.',
    placeNameRequired: 'Ange platsens namn på finska.',
    invalidPostcode: 'Postnumret består av fem siffror, till exempel 69600.',
    invalidLatitude: 'Latituden ska vara mellan 59 och 71 (Finland), till exempel 63.54.',
    invalidLongitude: 'Longituden ska vara mellan 19 och 32 (Finland), till exempel 23.69.',
    recurrenceNoEnd: 'Ett återkommande evenemang behöver ett slut: sista dagen eller antalet gånger.',
    recurrenceNoWeekdays: 'Välj veckodagarna då evenemanget återkommer.',
    recurrenceTooMany: 'Regeln skulle ge fler än {{max}} tillfällen. Förkorta perioden eller glesa ut upprepningen.',
  },
  en: {
    attentionTitle: 'Needs attention',
    attentionFailing: 'Syncing to the regional calendar is failing',
    attentionRefused: 'Refused by the regional calendar',
    attentionSubmissions: 'Submitted events waiting for moderation',
    attentionOwnFailing: 'Your events whose sync is failing',
    attentionOwnRefused: 'Your events the regional calendar has refused',
    attentionNone: 'All clear: no failing syncs and no submissions waiting.',
    attentionOwnNone: 'All clear: your events are syncing to the regional calendar.',
    noSiteWarning:
      'No site chosen: once published, the event shows on none of our sites (only in the regional calendar and the API). Choose at least one site.',
    businessIdFormat:
      'A business ID looks like 1234567-8 (seven digits, a hyphen and a check digit). 12345678 and FI12345678 are accepted too.',
    businessIdChecksum: 'The check digit of business ID {{value}} does not match. Please check the ID.',
    businessIdTaken: 'Business ID {{value}} already belongs to the organisation {{name}}.',
    fileTooLarge: 'The file is too large. The largest allowed size is {{max}} MB.',
    fileTypeRefused: 'Files of type {{type}} are not accepted. Images (JPEG, PNG, WebP, AVIF, GIF, SVG) and PDF are.',
    fileLabel: 'File',
    imageUnreadable:
      'The image cannot be read: the file is damaged or only partly saved. Save the image again and then upload it.',
    imageTooManyPixels:
      'The image is {{width}} × {{height}} pixels ({{megapixels}} megapixels); at most {{max}} megapixels are allowed. Make the image smaller and upload it again.',
    svgUnsafe: 'The SVG image is refused because it contains executable or external content: {{reason}}.',
    altRequired: 'Write an alternative text for the image in Finnish. Screen readers read it aloud.',
    invalidUrl: 'Give the whole web address, for example https://www.kaustinen.fi.',
    invalidYso: 'A YSO identifier looks like yso:p1234.',
    invalidMunicipalityCode: 'A municipality code is three digits, for example 236.',
    invalidHostname: 'Give the host name only, without http://, for example kaustisenseutu.fi.',
    eventNameRequired: 'Give the event a name in Finnish.',
    shortDescriptionRequired: 'Write a short description in Finnish (at most 160 characters).',
    shortDescriptionTooLong:
      'The short description has {{length}} characters; the regional event calendar accepts at most 160.',
    endBeforeStart: 'An event cannot end before it starts.',
    startInPast: 'The start of this new event is already in the past. Check the date and time.',
    placeOrUrlRequired: 'Choose a place or give the address of an online event (or both).',
    organiserNotYours: 'You can add and edit only your own organisation’s events.',
    placeNameRequired: 'Give the place a name in Finnish.',
    invalidPostcode: 'A postcode is five digits, for example 69600.',
    invalidLatitude: 'Latitude must be between 59 and 71 (Finland), for example 63.54.',
    invalidLongitude: 'Longitude must be between 19 and 32 (Finland), for example 23.69.',
    recurrenceNoEnd: 'A recurring event needs an end: the last date or the number of times.',
    recurrenceNoWeekdays: 'Choose the weekdays on which the event repeats.',
    recurrenceTooMany: 'The rule would produce more than {{max}} occurrences. Shorten the period or repeat less often.',
  },
} satisfies Localised<Record<string, string>>

export type MessageKey = keyof (typeof messages)['fi']
