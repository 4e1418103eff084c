import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';

const t = sv.register;

/** The member lines exactly as the kallelse prints them on the chosen date (the same formatter as the PDF). */
export function PrintedPreview() {
  const printed = useStore((s) => s.printed);
  const date = useStore((s) => s.registerDate);
  return (
    <section className="printed-preview" aria-labelledby="printed-heading" data-testid="printed-preview">
      <h3 id="printed-heading">{t.printedHeading(date)}</h3>
      <div className="printed-sheet">
        {printed && printed.groups.length === 0 ? <p className="muted">{t.printedEmpty}</p> : null}
        {printed?.groups.map((g) => (
          <div key={g.group} className="printed-group">
            <h4>{g.label}</h4>
            {g.subgroups.map((sub) => (
              <div key={sub.category} className="printed-sub">
                <p className="printed-label">{sub.label}</p>
                <ul>
                  {sub.lines.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two vacant seats print the same line
                    <li key={`${i}-${line}`}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
