import type { Dictionary } from './fi'

export const sv: Dictionary = {
  skipToContent: 'Hoppa till huvudinnehållet',
  languageNav: 'Språk',
  mainNav: 'Huvudmeny',
  home: 'Startsida',
  languageName: 'Svenska',
  notFoundTitle: 'Sidan hittades inte',
  notFoundText: 'Sidan du söker finns inte eller har flyttats. Kontrollera adressen eller gå till startsidan.',
  backToFrontPage: 'Till startsidan',
  municipalitiesHeading: 'Regionens kommuner',
  contact: 'Kontaktuppgifter',
  footerNote: 'Utvecklingsorganisationen för Kaustby ekonomiska region',
  noSiteTitle: 'Ingen webbplats har angetts',
  noSiteText: 'Det finns ingen webbplats för den här adressen. Administratören kan lägga till den i administrationspanelen.',
  otherSites: 'Våra andra webbplatser',
}
