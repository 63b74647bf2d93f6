import { demoUsers } from '../../src/seed/demo'

type DemoRole = (typeof demoUsers)[number]['role']

/**
 * Logs the demo user with `role` in to a running server (`/api/users/login`, as the admin does):
 * its JWT, and the header Payload reads it from. A refused login fails here, with the server's
 * answer, rather than as a 403 further on in the test.
 */
export async function logIn(
  baseUrl: string,
  role: DemoRole,
): Promise<{ token: string; headers: { Authorization: string } }> {
  const user = demoUsers.find((candidate) => candidate.role === role)!
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  if (!response.ok) throw new Error(`Logging in as ${user.email} failed: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { token, headers: { Authorization: `JWT ${token}` } }
}
