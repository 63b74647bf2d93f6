import { Calendar, calendarMetadata } from '../../../components/Calendar'

export const generateMetadata = calendarMetadata
export default Calendar
