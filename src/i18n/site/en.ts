import type { Dictionary } from './fi'

export const en: Dictionary = {
  skipToContent: 'Skip to main content',
  languageNav: 'Language',
  mainNav: 'Main menu',
  home: 'Home',
  languageName: 'English',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has moved. Check the address or go to the front page.',
  backToFrontPage: 'Back to the front page',
  municipalitiesHeading: 'Municipalities of the sub-region',
  contact: 'Contact',
  footerNote: 'The development organisation of the Kaustinen sub-region',
  noSiteTitle: 'No site configured',
  noSiteText: 'There is no site for this address. An administrator can add it in the admin panel.',
  otherSites: 'Our other sites',
}
