/**
 * Runs once when a Next server starts (`next start`, `next dev`), before it serves a request.
 * Node-only work is loaded inside, so the edge bundle never sees it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ recordPeerAddresses }, { smtpWarning }, { proxyTrustFrom }] = await Promise.all([
    import('./server/peerAddress'),
    import('./server/email'),
    import('./lib/clientAddress'),
  ])
  recordPeerAddresses()
  // A wrong proxy setting stops the start, rather than trusting the wrong addresses silently.
  proxyTrustFrom(process.env)
  const warning = smtpWarning()
  if (warning) console.warn(warning)
}
