import type { TestProject } from 'vitest/node'
import { startTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase('int')
  project.provide('databaseUrl', database.url)
  console.log(`[int] test database ${database.url} migrated at ${new Date().toISOString()}`)
  return database.stop
}
