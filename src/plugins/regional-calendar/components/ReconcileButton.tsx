'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** "Check the regional calendar": queues a reconciliation now and refreshes the panel. */
export function ReconcileButton({
  labels,
}: {
  labels: { reconcileNow: string; reconcileQueued: string; reconcileAlready: string; reconcileFailed: string }
}) {
  const router = useRouter()
  const [status, setStatus] = useState<'idle' | 'busy' | 'queued' | 'already' | 'failed'>('idle')
  const check = async () => {
    setStatus('busy')
    const response = await fetch('/api/regional-calendar/reconcile', { method: 'POST', credentials: 'include' }).catch(
      () => undefined,
    )
    const body = response?.ok ? ((await response.json().catch(() => ({}))) as { alreadyQueued?: boolean }) : undefined
    setStatus(!body ? 'failed' : body.alreadyQueued ? 'already' : 'queued')
    router.refresh()
  }
  const message = {
    idle: '',
    busy: '',
    queued: labels.reconcileQueued,
    already: labels.reconcileAlready,
    failed: labels.reconcileFailed,
  }
  return (
    <div>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => void check()}
        disabled={status === 'busy'}
      >
        {labels.reconcileNow}
      </button>
      <p role="status">{message[status]}</p>
    </div>
  )
}
