import type { Dictionary } from '@/i18n/site'
import { audiences } from '@/lib/eventFilters'

type Choice = { value: string; label: string }

/** A labelled drop-down whose empty first choice means "any". */
function ChoiceSelect({
  label,
  name,
  any,
  value,
  choices,
}: {
  label: string
  name: string
  any: string
  value: string
  choices: Choice[]
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** A plain GET form: filters live in the URL, work without JavaScript and with the keyboard. */
export function EventFiltersForm({
  t,
  action,
  params,
  choices,
}: {
  t: Dictionary
  action: string
  params: URLSearchParams
  choices: { municipalities: Choice[]; topics: Choice[] }
}) {
  const value = (name: string) => params.get(name) ?? ''
  const when = value('when') || 'upcoming'
  return (
    <form method="get" action={action} className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t.filters}</h2>
      <fieldset>
        <legend>{t.when}</legend>
        {(['upcoming', 'today', 'weekend'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="when"
              value={option === 'upcoming' ? '' : option}
              defaultChecked={when === option}
            />
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
        <ChoiceSelect
          label={t.municipality}
          name="municipality"
          any={t.any}
          value={value('municipality')}
          choices={choices.municipalities}
        />
        <ChoiceSelect label={t.topic} name="topic" any={t.any} value={value('topic')} choices={choices.topics} />
        <ChoiceSelect
          label={t.audience}
          name="audience"
          any={t.any}
          value={value('audience')}
          choices={audiences.map((a) => ({ value: a, label: t.audiences[a] }))}
        />
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
