import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance public pages read through; they never ask for drafts. */
export const payload = () => getPayload({ config })
