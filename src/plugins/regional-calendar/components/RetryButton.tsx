'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** "Retry now": queues a forced sync of the event and refreshes the panel. */
export function RetryButton({
  eventId,
  labels,
}: {
  eventId: number
  labels: { retryNow: string; retryQueued: string; retryRunning: string; retryFailed: string }
}) {
  const router = useRouter()
  const [status, setStatus] = useState<'idle' | 'busy' | 'queued' | 'running' | 'failed'>('idle')
  const retry = async () => {
    setStatus('busy')
    const response = await fetch(`/api/regional-calendar/events/${eventId}/retry`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    const body = response?.ok ? ((await response.json().catch(() => ({}))) as { running?: boolean }) : undefined
    setStatus(!body ? 'failed' : body.running ? 'running' : 'queued')
    router.refresh()
  }
  const message = {
    idle: '',
    busy: '',
    queued: labels.retryQueued,
    running: labels.retryRunning,
    failed: labels.retryFailed,
  }
  return (
    <div>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => void retry()}
        disabled={status === 'busy'}
      >
        {labels.retryNow}
      </button>
      <p role="status">{message[status]}</p>
    </div>
  )
}
