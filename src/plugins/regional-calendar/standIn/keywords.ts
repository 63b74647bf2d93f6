import type { Localised } from '../mapping'

/** Names of the YSO keywords the stand-in knows by default (our demo topics and common audiences). */
const knownNames: Record<string, Localised> = {
  'yso:p1808': { fi: 'musiikki', sv: 'musik', en: 'music' },
  'yso:p4354': { fi: 'lapset', sv: 'barn', en: 'children' },
  'yso:p916': { fi: 'liikunta', sv: 'motion', en: 'physical exercise' },
  'yso:p1235': { fi: 'elokuvat', sv: 'filmer', en: 'films' },
  'yso:p1278': { fi: 'tanssi', sv: 'dans', en: 'dance' },
  'yso:p360': { fi: 'kulttuuritapahtumat', sv: 'kulturevenemang', en: 'cultural events' },
  'yso:p11617': { fi: 'nuoret', sv: 'unga', en: 'young people' },
  'yso:p2433': { fi: 'ikääntyneet', sv: 'äldre', en: 'older people' },
  'yso:p13050': { fi: 'lapsiperheet', sv: 'barnfamiljer', en: 'families with children' },
  'yso:p16596': { fi: 'matkailijat', sv: 'turister', en: 'tourists' },
}

export const defaultKeywordIds = Object.keys(knownNames)

export type Keyword = { id: string; name: Localised; data_source: string }

export const keywordsFor = (ids: string[]): Keyword[] =>
  ids.map((id) => ({ id, name: knownNames[id] ?? {}, data_source: id.split(':')[0] }))
