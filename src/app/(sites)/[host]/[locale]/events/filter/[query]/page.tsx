import { Calendar, calendarMetadata } from '../../../../../components/Calendar'

export const generateStaticParams = (): { query: string }[] => []
export const generateMetadata = calendarMetadata
export default Calendar
