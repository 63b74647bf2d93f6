'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react'
import type { Dictionary } from '@/i18n/site'
import { MAX_LENGTH, type FieldName, type TextFieldName } from '@/lib/eventSubmission'
import { submitEvent, type SubmitEventState } from '../actions/submitEvent'

type Texts = Dictionary['submit']
type Choice = { value: string; label: string }

/** What every input needs to be labelled, described and marked invalid for assistive technology. */
type Described = { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: true; required?: boolean }

/**
 * The "add your event" form. A plain HTML form first: it posts and answers without JavaScript,
 * and with JavaScript the same action runs without a page load. After an unsuccessful attempt
 * the error summary at the top takes the focus and links to each field, every field carries its
 * own message, and everything typed is kept.
 */
export function SubmitEventForm({
  t,
  audiences,
  choices,
  initial,
  tokenUrl,
  thanksUrl,
}: {
  t: Texts
  audiences: Record<string, string>
  choices: { municipalities: Choice[]; topics: Choice[] }
  initial: SubmitEventState
  /** Where the form gets its one-time token (the page itself carries none, so it can be cached). */
  tokenUrl: string
  thanksUrl: string
}) {
  const [state, action, pending] = useActionState(submitEvent, initial)
  const [fetchedToken, setFetchedToken] = useState('')
  const router = useRouter()
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.attempt > 0) summary.current?.focus()
  }, [state.attempt])
  useEffect(() => {
    if (state.sent) router.push(thanksUrl)
  }, [state.sent, router, thanksUrl])
  // Without JavaScript the first post gets a token with the answer (and a request to send again).
  useEffect(() => {
    void fetch(tokenUrl, { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<{ token: string }>) : undefined))
      .then((body) => body && setFetchedToken(body.token))
      .catch(() => undefined)
  }, [tokenUrl])
  const token = state.token || fetchedToken

  const errors = new Map(state.problems.map((problem) => [problem.field, problem.text]))
  const values = state.values
  const describe = (
    name: FieldName,
    { hint, extra, required }: { hint?: boolean; extra?: string; required?: boolean } = {},
  ): Described => {
    const ids = [hint && `${name}-hint`, extra, errors.has(name) && `${name}-error`].filter(Boolean)
    return {
      id: name,
      name,
      'aria-describedby': ids.length ? ids.join(' ') : undefined,
      'aria-invalid': errors.has(name) ? true : undefined,
      required,
    }
  }
  // Twice the limit: a little too much gets a message saying how much, while a huge paste cannot
  // make the post larger than the server accepts.
  const cap = (name: TextFieldName) => MAX_LENGTH[name] * 2

  /** A label, its hint and error, then the input, all tied together by ids. */
  const field = (
    name: TextFieldName,
    input: (props: Described) => ReactNode,
    { hint, required, extra }: { hint?: string; required?: boolean; extra?: string } = {},
  ) => (
    <div className={errors.has(name) ? 'field field-invalid' : 'field'}>
      <label htmlFor={name}>
        {t.labels[name]}
        {required ? <span className="required"> ({t.required})</span> : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorText name={name} text={errors.get(name)} prefix={t.errorPrefix} />
      {input(describe(name, { hint: Boolean(hint), extra, required }))}
    </div>
  )
  const text = (
    name: TextFieldName,
    options: {
      hint?: string
      required?: boolean
      type?: string
      autoComplete?: string
      extra?: string
      short?: boolean
    } = {},
  ) =>
    field(
      name,
      (props) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          className={options.short ? 'short' : undefined}
          maxLength={cap(name)}
          defaultValue={values[name]}
        />
      ),
      options,
    )
  const area = (name: TextFieldName, rows: number, options: { hint?: string; required?: boolean } = {}) =>
    field(
      name,
      (props) => <textarea {...props} rows={rows} maxLength={cap(name)} defaultValue={values[name]} />,
      options,
    )

  /** Checkboxes of one question in a fieldset, its legend the question. */
  const checkboxes = (name: 'topics' | 'audience', options: Choice[]) => (
    <fieldset
      className={errors.has(name) ? 'field field-invalid' : 'field'}
      aria-describedby={errors.has(name) ? `${name}-error` : undefined}
    >
      <legend>{t.labels[name]}</legend>
      <ErrorText name={name} text={errors.get(name)} prefix={t.errorPrefix} />
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={values[name].includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )

  const hasFeedback = state.problems.length > 0 || Boolean(state.refusal)
  return (
    <>
      {hasFeedback ? (
        <div ref={summary} className="error-summary" tabIndex={-1} autoFocus aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t.summaryTitle}</h2>
          {state.refusal ? <p>{state.refusal}</p> : null}
          {state.problems.length > 0 ? (
            <ul>
              {state.problems.map((problem) => (
                <li key={problem.field}>
                  <a href={`#${problem.field}`}>{problem.text}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {/* A new form per answer, so that every input starts again from the values sent back. */}
      <form key={state.attempt} action={action} noValidate className="submit-form">
        <p className="hint">{t.requiredNote}</p>
        <input type="hidden" name="token" value={token} />
        {/* Rendered only once the script runs: the action then leaves the navigation to the form. */}
        {fetchedToken ? <input type="hidden" name="js" value="1" /> : null}
        <div className="hp" aria-hidden="true">
          <label htmlFor="website">{t.labels.website}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <section aria-labelledby="section-event">
          <h2 id="section-event">{t.sections.event}</h2>
          {text('name', { required: true })}
          {area('shortDescription', 3, { hint: t.hints.shortDescription, required: true })}
          {area('description', 8, { hint: t.hints.description })}
        </section>

        <section aria-labelledby="section-time">
          <h2 id="section-time">{t.sections.time}</h2>
          {/* Text, not date and time inputs: those show the browser's own format (mm/dd/yyyy on a
              Finnish page in an English browser) and cannot be typed the same way everywhere. */}
          <div className="field-row">
            {text('startDate', { hint: t.hints.date, required: true, short: true })}
            {text('startTime', { hint: t.hints.time, required: true, short: true })}
          </div>
          <div className="field-row">
            {text('endDate', { hint: t.hints.endDate, short: true })}
            {text('endTime', { hint: t.hints.time, short: true })}
          </div>
        </section>

        <section aria-labelledby="section-place">
          <h2 id="section-place">{t.sections.place}</h2>
          <p id="place-hint" className="hint">
            {t.hints.place}
          </p>
          {text('placeName', { extra: 'place-hint' })}
          {text('placeAddress', { autoComplete: 'street-address' })}
          {field('municipality', (props) => (
            <select {...props} defaultValue={values.municipality}>
              <option value="">{t.chooseMunicipality}</option>
              {choices.municipalities.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          ))}
          {text('onlineUrl', { type: 'url', hint: t.hints.url, extra: 'place-hint' })}
        </section>

        <section aria-labelledby="section-organiser">
          <h2 id="section-organiser">{t.sections.organiser}</h2>
          {text('organiser', { hint: t.hints.organiser, required: true, autoComplete: 'organization' })}
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="isFree" value="1" defaultChecked={values.isFree} />
              {t.labels.isFree}
            </label>
          </div>
          {text('price', { hint: t.hints.price })}
        </section>

        <section aria-labelledby="section-topics">
          <h2 id="section-topics">{t.sections.topics}</h2>
          {checkboxes('topics', choices.topics)}
          {checkboxes(
            'audience',
            Object.entries(audiences).map(([value, label]) => ({ value, label })),
          )}
        </section>

        <section aria-labelledby="section-links">
          <h2 id="section-links">{t.sections.links}</h2>
          {text('ticketUrl', { type: 'url', hint: t.hints.url })}
          {text('registrationUrl', { type: 'url', hint: t.hints.url })}
        </section>

        <section aria-labelledby="section-contact">
          <h2 id="section-contact">{t.sections.contact}</h2>
          <p id="privacy" className="privacy">
            {t.privacy}
          </p>
          {text('submitterName', { required: true, autoComplete: 'name', extra: 'privacy' })}
          {text('submitterEmail', { type: 'email', required: true, autoComplete: 'email', extra: 'privacy' })}
          {area('message', 4, { hint: t.hints.message })}
        </section>

        <button type="submit" className="button" disabled={pending}>
          {t.send}
        </button>
      </form>
    </>
  )
}

function ErrorText({ name, text, prefix }: { name: string; text?: string; prefix: string }) {
  if (!text) return null
  return (
    <p id={`${name}-error`} className="field-error">
      <span className="visually-hidden">{prefix} </span>
      {text}
    </p>
  )
}
