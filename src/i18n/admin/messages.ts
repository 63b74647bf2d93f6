import type { Localised } from '../../lib/locales'

/**
 * Seutu CMS's own admin and API messages, merged into Payload's i18n under the `seutu`
 * namespace so that `req.t('seutu:…')` answers in the editor's language.
 */
export const messages = {
  fi: {
    businessIdFormat:
      'Y-tunnus on muotoa 1234567-8 (seitsemän numeroa, väliviiva ja tarkistenumero). Myös 12345678 ja FI12345678 käyvät.',
    businessIdChecksum: 'Y-tunnuksen {{value}} tarkistenumero ei täsmää. Tarkista tunnus.',
    businessIdTaken: 'Y-tunnus {{value}} on jo organisaatiolla {{name}}.',
    fileTooLarge: 'Tiedosto on liian suuri. Suurin sallittu koko on {{max}} Mt.',
    fileTypeRefused:
      'Tiedostotyyppiä {{type}} ei hyväksytä. Sallittuja ovat kuvat (JPEG, PNG, WebP, AVIF, GIF, SVG) ja PDF.',
    svgUnsafe: 'SVG-kuvaa ei hyväksytä, koska se sisältää suoritettavaa tai ulkoista sisältöä: {{reason}}.',
    altRequired: 'Kirjoita kuvalle vaihtoehtoinen teksti suomeksi. Se luetaan näkövammaisille.',
    invalidUrl: 'Anna verkko-osoite kokonaisena, esimerkiksi https://www.kaustinen.fi.',
    invalidYso: 'YSO-tunniste on muotoa yso:p1234.',
    invalidMunicipalityCode: 'Kuntanumero on kolme numeroa, esimerkiksi 236.',
    invalidHostname: 'Anna pelkkä palvelinnimi ilman http://-alkua, esimerkiksi kaustisenseutu.fi.',
  },
  sv: {
    businessIdFormat:
      'FO-numret har formen 1234567-8 (sju siffror, bindestreck och kontrollsiffra). Även 12345678 och FI12345678 godtas.',
    businessIdChecksum: 'Kontrollsiffran i FO-numret {{value}} stämmer inte. Kontrollera numret.',
    businessIdTaken: 'FO-numret {{value}} används redan av organisationen {{name}}.',
    fileTooLarge: 'Filen är för stor. Största tillåtna storlek är {{max}} MB.',
    fileTypeRefused:
      'Filtypen {{type}} godtas inte. Tillåtna är bilder (JPEG, PNG, WebP, AVIF, GIF, SVG) och PDF.',
    svgUnsafe: 'SVG-bilden godtas inte eftersom den innehåller körbart eller externt innehåll: {{reason}}.',
    altRequired: 'Skriv en alternativ text för bilden på finska. Den läses upp för synskadade.',
    invalidUrl: 'Ange hela webbadressen, till exempel https://www.kaustinen.fi.',
    invalidYso: 'YSO-identifieraren har formen yso:p1234.',
    invalidMunicipalityCode: 'Kommunnumret består av tre siffror, till exempel 236.',
    invalidHostname: 'Ange bara servernamnet utan http://, till exempel kaustisenseutu.fi.',
  },
  en: {
    businessIdFormat:
      'A business ID looks like 1234567-8 (seven digits, a hyphen and a check digit). 12345678 and FI12345678 are accepted too.',
    businessIdChecksum: 'The check digit of business ID {{value}} does not match. Please check the ID.',
    businessIdTaken: 'Business ID {{value}} already belongs to the organisation {{name}}.',
    fileTooLarge: 'The file is too large. The largest allowed size is {{max}} MB.',
    fileTypeRefused:
      'Files of type {{type}} are not accepted. Images (JPEG, PNG, WebP, AVIF, GIF, SVG) and PDF are.',
    svgUnsafe: 'The SVG image is refused because it contains executable or external content: {{reason}}.',
    altRequired: 'Write an alternative text for the image in Finnish. Screen readers read it aloud.',
    invalidUrl: 'Give the whole web address, for example https://www.kaustinen.fi.',
    invalidYso: 'A YSO identifier looks like yso:p1234.',
    invalidMunicipalityCode: 'A municipality code is three digits, for example 236.',
    invalidHostname: 'Give the host name only, without http://, for example kaustisenseutu.fi.',
  },
} satisfies Localised<Record<string, string>>

export type MessageKey = keyof (typeof messages)['fi']
