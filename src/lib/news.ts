/** The kinds of news items, as stored. */
export const newsKinds = ['news', 'pressRelease', 'blog'] as const
export type NewsKind = (typeof newsKinds)[number]

export function isNewsKind(value: unknown): value is NewsKind {
  return typeof value === 'string' && (newsKinds as readonly string[]).includes(value)
}
