import type { Dictionary } from '@/i18n/site'
import { audiences } from '@/lib/eventFilters'

type Choice = { value: string; label: string }

/** A plain GET form: filters live in the URL, work without JavaScript and with the keyboard. */
export function EventFiltersForm({ t, action, params, choices }: { t: Dictionary; action: string; params: URLSearchParams; choices: { municipalities: Choice[]; topics: Choice[] } }) {
  const value = (name: string) => params.get(name) ?? ''
  const when = value('when') || 'upcoming'
  return (
    <form method="get" action={action} className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t.filters}</h2>
      <fieldset>
        <legend>{t.when}</legend>
        {(['upcoming', 'today', 'weekend'] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="when" value={option === 'upcoming' ? '' : option} defaultChecked={when === option} />
            {option === 'upcoming' ? t.whenUpcoming : option === 'today' ? t.whenToday : t.whenWeekend}
          </label>
        ))}
      </fieldset>
      <div className="filter-grid">
        <label>
          {t.from}
          <input type="date" name="from" defaultValue={value('from')} />
        </label>
        <label>
          {t.to}
          <input type="date" name="to" defaultValue={value('to')} />
        </label>
        <label>
          {t.municipality}
          <select name="municipality" defaultValue={value('municipality')}>
            <option value="">{t.any}</option>
            {choices.municipalities.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.topic}
          <select name="topic" defaultValue={value('topic')}>
            <option value="">{t.any}</option>
            {choices.topics.map((topic) => (
              <option key={topic.value} value={topic.value}>
                {topic.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.audience}
          <select name="audience" defaultValue={value('audience')}>
            <option value="">{t.any}</option>
            {audiences.map((a) => (
              <option key={a} value={a}>
                {t.audiences[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.search}
          <input type="search" name="q" defaultValue={value('q')} maxLength={100} />
        </label>
      </div>
      <label className="choice">
        <input type="checkbox" name="free" value="1" defaultChecked={value('free') === '1'} />
        {t.freeOnly}
      </label>
      <div className="filter-actions">
        <button type="submit">{t.apply}</button>
        <a href={action}>{t.clear}</a>
      </div>
    </form>
  )
}

