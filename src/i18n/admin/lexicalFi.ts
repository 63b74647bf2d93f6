/**
 * Finnish for @payloadcms/richtext-lexical's own UI strings (3.90.2 ships none).
 *
 * Where the keys come from (re-check these when upgrading richtext-lexical):
 * - `lexical.general`: node_modules/@payloadcms/richtext-lexical/dist/i18n.js, which
 *   `lexicalEditor()` in dist/index.js puts under `lexical.general` for every language it has.
 * - `lexical.<featureKey>`: the `i18n` of each server feature, which
 *   dist/lexical/config/server/sanitize.js (sanitizeServerFeatures) puts under
 *   `lexical[feature.key]`; the files are dist/features/{align,blockquote,blocks,heading,
 *   horizontalRule,indent,link,paragraph,relationship,upload}/server/i18n.js,
 *   dist/features/lists/{checklist,orderedList,unorderedList}/server/i18n.js and
 *   dist/features/textState/i18n.js.
 * dist/index.js then deep-merges that object into `config.i18n.translations`, keyed by language.
 * It has no `fi`, so the project passes this object as `i18n.translations.fi` and Payload merges
 * it over the Finnish admin translations (`t('lexical:heading:label', …)`).
 *
 * Every feature that has strings is listed, including the ones the default editor leaves out
 * (blocks, textState), so that enabling a feature later needs no change here. The unit test
 * tests/unit/adminTranslations.test.ts derives the English object the way richtext-lexical does
 * and fails if a key is missing here.
 */
export const lexicalFi = {
  lexical: {
    general: {
      placeholder: "Aloita kirjoittaminen tai avaa komennot painamalla '/'...",
      slashMenuBasicGroupLabel: 'Perustoiminnot',
      slashMenuListGroupLabel: 'Luettelot',
      toolbarItemsActive: 'Käytössä: {{count}}',
    },
    align: {
      alignCenterLabel: 'Keskitä',
      alignJustifyLabel: 'Tasaa molemmat reunat',
      alignLeftLabel: 'Tasaa vasemmalle',
      alignRightLabel: 'Tasaa oikealle',
    },
    blockquote: {
      label: 'Lainaus',
    },
    blocks: {
      inlineBlocks: {
        create: 'Luo {{label}}',
        edit: 'Muokkaa: {{label}}',
        label: 'Tekstinsisäiset lohkot',
        remove: 'Poista {{label}}',
      },
      label: 'Lohkot',
    },
    checklist: {
      label: 'Tarkistuslista',
    },
    heading: {
      label: 'Otsikko {{headingLevel}}',
    },
    horizontalRule: {
      label: 'Vaakaviiva',
    },
    indent: {
      decreaseLabel: 'Vähennä sisennystä',
      increaseLabel: 'Lisää sisennystä',
    },
    link: {
      label: 'Linkki',
      loadingWithEllipsis: 'Ladataan...',
    },
    orderedList: {
      label: 'Numeroitu luettelo',
    },
    paragraph: {
      label: 'Kappale',
      label2: 'Tavallinen teksti',
    },
    relationship: {
      label: 'Viittaus',
    },
    textState: {
      defaultStyle: 'Oletustyyli',
    },
    unorderedList: {
      label: 'Luettelomerkit',
    },
    upload: {
      label: 'Tiedosto',
    },
  },
}
