/**
 * @payloadcms/plugin-seo's own strings in Finnish (the plugin ships sv and en, no fi), under its
 * `plugin-seo` namespace. tests/unit/adminTranslations.test.ts compares them with the English.
 */
export const seoFi = {
  'plugin-seo': {
    almostThere: 'Melkein valmis',
    autoGenerate: 'Luo automaattisesti',
    bestPractices: 'hyviä käytäntöjä',
    characterCount: '{{current}}/{{minLength}}–{{maxLength}} merkkiä, ',
    charactersLeftOver: '{{characters}} merkkiä jäljellä',
    charactersToGo: 'vielä {{characters}} merkkiä',
    charactersTooMany: '{{characters}} liikaa',
    checksPassing: '{{current}}/{{max}} tarkistusta kunnossa',
    good: 'Hyvä',
    imageAutoGenerationTip: 'Automaattinen luonti käyttää uutisen pääkuvaa.',
    lengthTipDescription:
      'Tämän pitäisi olla {{minLength}}–{{maxLength}} merkkiä. Ohjeita hyvän kuvauksen kirjoittamiseen: ',
    lengthTipTitle: 'Tämän pitäisi olla {{minLength}}–{{maxLength}} merkkiä. Ohjeita hyvän otsikon kirjoittamiseen: ',
    missing: 'Puuttuu',
    noImage: 'Ei kuvaa',
    preview: 'Esikatselu',
    previewDescription: 'Hakutulos voi näyttää erilaiselta sisällöstä ja hausta riippuen.',
    tooLong: 'Liian pitkä',
    tooShort: 'Liian lyhyt',
  },
}
