import { NewsList, newsListMetadata } from '../../../../../components/NewsList'

export const generateStaticParams = (): { query: string }[] => []
export const generateMetadata = newsListMetadata
export default NewsList
