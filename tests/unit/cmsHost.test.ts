import { describe, expect, it } from 'vitest'
import { servesCmsPath } from '../../src/lib/cmsHost'
import { smtpWarning } from '../../src/server/email'

describe('ADMIN_HOST', () => {
  it('without it every host serves the admin and the API', () => {
    expect(servesCmsPath('/admin', 'kaustisenseutu.fi', undefined)).toBe(true)
    expect(servesCmsPath('/api/users/login', 'kaustisenseutu.fi', '')).toBe(true)
  })

  it('with it only the CMS host does, whatever the port or case', () => {
    expect(servesCmsPath('/admin/login', 'CMS.kaustisenseutu.fi:443', 'cms.kaustisenseutu.fi')).toBe(true)
    expect(servesCmsPath('/admin', 'kaustisenseutu.fi', 'cms.kaustisenseutu.fi')).toBe(false)
    expect(servesCmsPath('/api/graphql', 'visitkaustisenseutu.fi', 'cms.kaustisenseutu.fi')).toBe(false)
  })

  it('leaves public pages, media files and the Linked Events API on every host', () => {
    expect(servesCmsPath('/events', 'kaustisenseutu.fi', 'cms.kaustisenseutu.fi')).toBe(true)
    expect(servesCmsPath('/administration', 'kaustisenseutu.fi', 'cms.kaustisenseutu.fi')).toBe(true)
    expect(servesCmsPath('/api/media/file/a.jpg', 'kaustisenseutu.fi', 'cms.kaustisenseutu.fi')).toBe(true)
    expect(servesCmsPath('/api/linked-events/v1/event/', 'kaustisenseutu.fi', 'cms.kaustisenseutu.fi')).toBe(true)
  })
})

describe('the SMTP warning', () => {
  it('is loud in production without SMTP_HOST, and silent otherwise', () => {
    expect(smtpWarning({ NODE_ENV: 'production' })).toMatch(/SMTP_HOST is not set: this server sends NO e-mail/)
    expect(smtpWarning({ NODE_ENV: 'production', SMTP_HOST: 'smtp.example.org' })).toBeUndefined()
    expect(smtpWarning({ NODE_ENV: 'development' })).toBeUndefined()
  })
})
