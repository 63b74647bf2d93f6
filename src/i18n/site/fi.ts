export const fi = {
  skipToContent: 'Siirry pääsisältöön',
  languageNav: 'Kieli',
  mainNav: 'Päävalikko',
  home: 'Etusivu',
  languageName: 'Suomi',
  notFoundTitle: 'Sivua ei löytynyt',
  notFoundText: 'Etsimääsi sivua ei ole tai se on siirtynyt. Tarkista osoite tai palaa etusivulle.',
  backToFrontPage: 'Palaa etusivulle',
  municipalitiesHeading: 'Seutukunnan kunnat',
  contact: 'Yhteystiedot',
  footerNote: 'Kaustisen seutukunnan kehittämisorganisaatio',
  noSiteTitle: 'Sivustoa ei ole määritetty',
  noSiteText: 'Tälle osoitteelle ei ole sivustoa. Ylläpitäjä voi lisätä sen hallintapaneelissa.',
  otherSites: 'Muut sivustomme',
}
export type Dictionary = typeof fi
