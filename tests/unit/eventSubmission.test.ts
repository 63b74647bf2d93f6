import { describe, expect, it } from 'vitest'
import { readSubmissionForm, validateSubmission } from '../../src/lib/eventSubmission'
import { countLinks } from '../../src/lib/url'

const now = new Date('2026-11-23T10:00:00Z')
const choices = { now, municipalities: ['236', '924'], topics: ['yso:p1808'] }

function form(fields: Record<string, string | string[]>) {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(name, v)
  return params
}

const complete = {
  name: ' Kylätanssit ',
  shortDescription: 'Tanssit seurojentalolla.',
  description: 'Orkesterina Pelimannit.',
  startDate: '2026-12-05',
  startTime: '19:00',
  endTime: '23:30',
  placeName: 'Vetelin seurojentalo',
  municipality: '924',
  organiser: 'Vetelin nuorisoseura',
  price: '10 €',
  topics: 'yso:p1808',
  audience: ['adults', 'seniors'],
  submitterName: 'Maija Meikäläinen',
  submitterEmail: 'maija@example.org',
}

const check = (fields: Record<string, string | string[]>) =>
  validateSubmission(readSubmissionForm(form(fields)).values, choices)

describe('reading the event form', () => {
  it('reads a complete submission with Helsinki times', () => {
    const { problems, submission } = check(complete)
    expect(problems).toEqual({})
    expect(submission).toMatchObject({
      name: 'Kylätanssit',
      municipality: '924',
      topics: ['yso:p1808'],
      audience: ['adults', 'seniors'],
      isFree: false,
      price: '10 €',
    })
    expect(submission!.startsAt.toISOString()).toBe('2026-12-05T17:00:00.000Z')
    expect(submission!.endsAt!.toISOString()).toBe('2026-12-05T21:30:00.000Z')
  })

  it('keeps the honeypot and the token apart from the values', () => {
    const { values, honeypot, token } = readSubmissionForm(
      form({ ...complete, website: 'http://spam.example', token: 'abc.def' }),
    )
    expect(honeypot).toBe('http://spam.example')
    expect(token).toBe('abc.def')
    expect(values).not.toHaveProperty('website')
  })

  it('accepts Finnish dates and times typed by hand, and a free event drops its price', () => {
    const { submission } = check({
      ...complete,
      startDate: '5.12.2026',
      startTime: '19.00',
      endDate: '6.12.2026',
      endTime: '1.30',
      isFree: '1',
    })
    expect(submission!.endsAt!.toISOString()).toBe('2026-12-05T23:30:00.000Z')
    expect(submission!.isFree).toBe(true)
    expect(submission!.price).toBeUndefined()
  })

  it('names every missing required field', () => {
    const { problems, submission } = check({})
    expect(submission).toBeUndefined()
    for (const field of [
      'name',
      'shortDescription',
      'startDate',
      'startTime',
      'organiser',
      'submitterName',
      'submitterEmail',
    ])
      expect(problems[field as keyof typeof problems]).toEqual({ code: 'required' })
    expect(problems.placeName).toEqual({ code: 'placeOrUrlRequired' })
  })

  it('applies the events collection’s rules', () => {
    const { problems } = check({
      ...complete,
      shortDescription: 'ä'.repeat(161),
      startDate: '2026-11-22',
      endDate: '2026-11-21',
      endTime: '10:00',
      ticketUrl: 'liput.fi',
    })
    expect(problems.shortDescription).toEqual({ code: 'shortDescriptionTooLong', vars: { length: 161, max: 160 } })
    expect(problems.startDate).toEqual({ code: 'startInPast' })
    expect(problems.endDate).toEqual({ code: 'endBeforeStart' })
    expect(problems.ticketUrl).toEqual({ code: 'invalidUrl' })
  })

  it('puts an end time before the start on the end time', () => {
    expect(check({ ...complete, endTime: '18:00' }).problems).toEqual({ endTime: { code: 'endBeforeStart' } })
  })

  it('refuses days and times that do not exist, and an end day without a time', () => {
    const { problems } = check({
      ...complete,
      startDate: '2026-02-30',
      startTime: '25:00',
      endDate: '2026-12-06',
      endTime: '',
    })
    expect(problems).toMatchObject({
      startDate: { code: 'invalidDate' },
      startTime: { code: 'invalidTime' },
      endTime: { code: 'required' },
    })
  })

  it('takes an online address instead of a place, and needs a municipality for a place', () => {
    expect(
      check({ ...complete, placeName: '', municipality: '', onlineUrl: 'https://example.org/live' }).problems,
    ).toEqual({})
    expect(check({ ...complete, municipality: '' }).problems).toEqual({ municipality: { code: 'required' } })
  })

  it('refuses choices the form did not offer and a malformed e-mail', () => {
    const { problems } = check({
      ...complete,
      municipality: '091',
      topics: 'yso:p1',
      audience: 'robots',
      submitterEmail: 'maija@',
    })
    expect(problems).toMatchObject({
      municipality: { code: 'invalidChoice' },
      topics: { code: 'invalidChoice' },
      audience: { code: 'invalidChoice' },
      submitterEmail: { code: 'invalidEmail' },
    })
  })

  it('limits links in the free texts and lengths everywhere', () => {
    const spam = 'Osta https://a.example https://b.example www.c-example.fi http://d.example'
    const { problems } = check({ ...complete, description: spam, message: 'x'.repeat(2001) })
    expect(problems.description).toEqual({ code: 'tooManyLinks', vars: { count: 4, max: 3 } })
    expect(problems.message).toEqual({ code: 'tooLong', vars: { length: 2001, max: 2000 } })
  })
})

describe('counting links', () => {
  it('finds web addresses with and without a scheme', () => {
    expect(countLinks('https://a.fi ja http://b.fi sekä www.c.fi, ei sähköposti@d.fi')).toBe(3)
    expect(countLinks('Ei linkkejä.')).toBe(0)
  })
})
