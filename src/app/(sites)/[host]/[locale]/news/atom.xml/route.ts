import { newsFeedResponse } from '../../../../data/newsFeed'

/** `/uutiset/atom.xml` (`/sv/nyheter/atom.xml`, `/en/news/atom.xml`): see newsFeedResponse. */
export function GET(request: Request, { params }: { params: Promise<{ host: string; locale: string }> }) {
  return newsFeedResponse(request, params, 'atom')
}
