import { signFormToken } from '@/lib/formToken'
import { payload } from '../../../../../data/payload'

/**
 * `/events/new/token`: a fresh form token for the "add your event" form. The form page itself
 * is the same for every visitor and can be cached; its script asks here for a token of its own.
 */
export async function GET() {
  const { secret } = await payload()
  return Response.json(
    { token: signFormToken(secret, Date.now()) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  )
}
