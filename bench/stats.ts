/** The p-th percentile of some timings, in milliseconds with one decimal. */
export function percentile(values: number[], p: number): string {
  return [...values]
    .sort((a, b) => a - b)
    [Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)].toFixed(1)
}
