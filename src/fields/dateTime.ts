/**
 * The admin's date-and-time picker for a moment (Finnish notation, 24-hour: `d.M.yyyy HH.mm`),
 * shared by every collection so editors type dates the same way everywhere.
 */
export const dayAndTime = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'd.M.yyyy HH.mm',
  timeFormat: 'HH.mm',
} as const
