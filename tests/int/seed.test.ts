import { describe, expect, it, vi } from 'vitest'
import { demoUsers, seedDemo } from '../../src/seed/demo'
import { testPayload } from '../helpers/payload'

const collections = ['sites', 'topics', 'organisations', 'users', 'municipalities', 'places', 'events', 'news'] as const

describe('demo content', () => {
  it('loads once: a second run adds nothing', async () => {
    const payload = await testPayload()
    await seedDemo(payload)
    const counts = async () =>
      Promise.all(collections.map(async (collection) => (await payload.count({ collection })).totalDocs))
    const afterFirst = await counts()
    await seedDemo(payload)
    expect(await counts()).toEqual(afterFirst)
    const admin = await payload.find({ collection: 'users', where: { email: { equals: demoUsers[0].email } } })
    expect(admin.totalDocs).toBe(1)
  })

  it('puts a resident’s submission in the moderation queue', async () => {
    const payload = await testPayload()
    await seedDemo(payload)
    const queue = await payload.find({
      collection: 'events',
      where: { 'submission.state': { equals: 'pending' }, name: { equals: 'Kylän joulumyyjäiset' } },
      draft: true,
    })
    expect(queue.docs).toHaveLength(1)
    expect(queue.docs[0]).toMatchObject({ _status: 'draft', organiser: null, moderationRank: 0 })
  })

  it('is never loaded in production, so demo logins never reach a real database', async () => {
    const payload = await testPayload()
    vi.stubEnv('NODE_ENV', 'production')
    try {
      await expect(seedDemo(payload)).rejects.toThrow('Demo content is never loaded in production.')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('finds the municipalities the migrations put in every database', async () => {
    const payload = await testPayload()
    const members = await payload.find({
      collection: 'municipalities',
      where: { member: { equals: true } },
      sort: 'code',
      locale: 'sv',
    })
    expect(members.docs.map((m) => `${m.code} ${m.name}`)).toEqual([
      '074 Halsua',
      '236 Kaustby',
      '421 Lestijärvi',
      '849 Toholampi',
      '924 Vetil',
    ])
  })
})
