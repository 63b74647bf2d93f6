'use client'

import { useEffect, useState } from 'react'

export type AlertBanner = {
  id: number
  severity: 'info' | 'warning' | 'danger'
  label: string
  text: string
  endsAt: string
}

/** The longest wait setTimeout takes (about 24.8 days); a page is not kept open that long. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

/**
 * The site's alert banners, rendered on the server with the page. A cached page may be up to a
 * minute older than a banner's end, and a shared cache may keep it longer, so in the browser each
 * banner hides itself at its end time, also while the page stays open.
 */
export function AlertBanners({ alerts, label }: { alerts: AlertBanner[]; label: string }) {
  const [ended, setEnded] = useState<number[]>([])
  useEffect(() => {
    const timers = alerts
      .map((alert) => ({ id: alert.id, wait: Math.max(0, Date.parse(alert.endsAt) - Date.now()) }))
      .filter(({ wait }) => wait <= MAX_TIMEOUT_MS)
      .map(({ id, wait }) => setTimeout(() => setEnded((ids) => (ids.includes(id) ? ids : [...ids, id])), wait))
    return () => timers.forEach(clearTimeout)
  }, [alerts])
  const shown = alerts.filter((alert) => !ended.includes(alert.id))
  if (shown.length === 0) return null
  return (
    <section aria-label={label} className="alerts">
      {shown.map((alert) => (
        <p key={alert.id} className={`alert alert-${alert.severity}`}>
          <strong>{alert.label}: </strong>
          {alert.text}
        </p>
      ))}
    </section>
  )
}
