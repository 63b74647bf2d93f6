import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium driven by playwright-core (no browser downloads here); Playwright gives each
 * launch a fresh, throwaway profile. The flags keep Chromium off the network it cannot reach.
 * `*.localhost` host names resolve to loopback inside Chromium, which is how tests reach each
 * site without DNS set-up.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // *.localhost goes to IPv4 loopback, where the test server listens.
    args: ['--host-resolver-rules=MAP *.localhost 127.0.0.1', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
