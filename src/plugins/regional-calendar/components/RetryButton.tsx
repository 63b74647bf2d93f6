'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** "Retry now": queues a forced sync of the event and refreshes the panel. */
export function RetryButton({
  eventId,
  labels,
}: {
  eventId: number
  labels: { retryNow: string; retryQueued: string; retryFailed: string }
}) {
  const router = useRouter()
  const [status, setStatus] = useState<'idle' | 'busy' | 'queued' | 'failed'>('idle')
  const retry = async () => {
    setStatus('busy')
    const response = await fetch(`/api/regional-calendar/events/${eventId}/retry`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    setStatus(response?.ok ? 'queued' : 'failed')
    router.refresh()
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
      <p role="status">{status === 'queued' ? labels.retryQueued : status === 'failed' ? labels.retryFailed : ''}</p>
    </div>
  )
}
