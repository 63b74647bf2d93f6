import type { TestProject } from 'vitest/node'
import { startMailCatcher } from '../../src/server/mailCatcher'
import { startTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    /** The mail catcher's SMTP port (the app sends there) and its viewer (tests read there). */
    smtpPort: number
    mailCatcherUrl: string
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase('int')
  const mail = await startMailCatcher()
  project.provide('databaseUrl', database.url)
  project.provide('smtpPort', mail.smtp.port)
  project.provide('mailCatcherUrl', mail.url)
  console.log(`[int] test database ${database.url} migrated at ${new Date().toISOString()}; mail at ${mail.url}`)
  return async () => {
    await mail.stop()
    await database.stop()
  }
}
