/** Statistics Finland codes of the sub-region and its neighbours (see shared/domain.md). */
export const municipalities = [
  { code: '074', name: { fi: 'Halsua', sv: 'Halsua' }, member: true },
  { code: '236', name: { fi: 'Kaustinen', sv: 'Kaustby' }, member: true },
  { code: '421', name: { fi: 'Lestijärvi', sv: 'Lestijärvi' }, member: true },
  { code: '849', name: { fi: 'Toholampi', sv: 'Toholampi' }, member: true },
  { code: '924', name: { fi: 'Veteli', sv: 'Vetil' }, member: true },
  { code: '584', name: { fi: 'Perho', sv: 'Perho' }, member: false },
  { code: '272', name: { fi: 'Kokkola', sv: 'Karleby' }, member: false },
  { code: '217', name: { fi: 'Kannus', sv: 'Kannus' }, member: false },
] as const
