// About the size of the app's front page (16 kB), all of it server-rendered text.
const rows = Array.from({ length: 200 }, (_, index) => index)

export default function Page() {
  return (
    <main>
      <h1>Kaustisen seutukunta</h1>
      <ul>
        {rows.map((row) => (
          <li key={row}>Tapahtuma {row}: Kaustisen seutukunnan tapahtumat ja uutiset.</li>
        ))}
      </ul>
    </main>
  )
}
