import { useEffect, useState } from 'react';
import type { AgendaTemplate } from '../../shared/domain/agendaTemplate';
import { cleanTitle } from '../../shared/domain/text';
import type { ItemKind } from '../../shared/package/model';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { PanelHeader } from './PanelHeader';

const kinds = Object.keys(sv.itemKinds) as ItemKind[];

/** The template with a stable key per row while it is edited (rows are added and removed). */
type Draft = {
  sections: { key: number; heading: string | null; items: { key: number; title: string; kind: ItemKind | null }[] }[];
};
let nextKey = 1;
const toDraft = (t: AgendaTemplate): Draft => ({
  sections: t.sections.map((s) => ({
    key: nextKey++,
    heading: s.heading,
    items: s.items.map((i) => ({ key: nextKey++, ...i })),
  })),
});
const fromDraft = (d: Draft): AgendaTemplate => ({
  sections: d.sections.map((s) => ({ heading: s.heading, items: s.items.map(({ title, kind }) => ({ title, kind })) })),
});

/**
 * The standard agenda of a nämnd (its own panel, reachable from the navigation and the
 * new-meeting form; meant to sit beside the register). Edited as a draft and saved at once;
 * empty titles are refused at the field.
 */
export function TemplateEditor(props: { embedded?: boolean; committeeId?: string } = {}) {
  const committees = useStore((s) => s.committees);
  const loadCommittees = useStore((s) => s.loadCommittees);
  const stored = useStore((s) => s.template);
  const loadTemplate = useStore((s) => s.loadTemplate);
  const saveTemplate = useStore((s) => s.saveTemplate);
  const resetTemplate = useStore((s) => s.resetTemplate);
  const wantedInStore = useStore((s) => s.templateCommitteeId);
  const wanted = props.committeeId ?? wantedInStore;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    void loadCommittees();
  }, [loadCommittees]);
  // Embedded in the register, the register's nämnd decides; as a panel, the chosen one.
  const committeeId = props.committeeId ?? stored?.committeeId ?? wanted ?? committees?.[0]?.id ?? null;
  useEffect(() => {
    if (committeeId && stored?.committeeId !== committeeId) void loadTemplate(committeeId);
  }, [committeeId, stored?.committeeId, loadTemplate]);
  useEffect(() => {
    if (stored) setDraft(toDraft(stored.template));
    setTried(false);
  }, [stored]);

  if (committees === null) return <p className="muted">{sv.status.loading}</p>;
  if (committees.length === 0) {
    return (
      <article className="settings" data-testid="template-editor">
        <PanelHeader title={sv.template.open.replace('…', '')} />
        <p>{sv.newMeeting.noCommittees}</p>
      </article>
    );
  }
  const committee = committees.find((c) => c.id === committeeId);
  const change = (f: (t: Draft) => void) =>
    setDraft((d) => {
      if (!d) return d;
      const next = structuredClone(d);
      f(next);
      return next;
    });
  const empties = draft ? draft.sections.flatMap((s) => s.items).filter((i) => cleanTitle(i.title) === '').length : 0;

  return (
    <article className="settings template-editor" data-testid="template-editor">
      {props.embedded ? null : <PanelHeader title={sv.template.heading(committee?.name ?? '')} />}
      <label hidden={props.embedded}>
        {sv.template.committee}
        <select value={committeeId ?? ''} onChange={(e) => void loadTemplate(e.target.value)}>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{sv.template.intro}</p>
      {stored?.isDefault ? <p className="muted">{sv.template.isDefault}</p> : null}
      {draft?.sections.map((section, si) => (
        <fieldset key={section.key} className="template-section">
          <legend>{section.heading ?? sv.sections.noHeading}</legend>
          <div className="template-row">
            <input
              dir="auto"
              aria-label={sv.template.sectionHeading(si + 1)}
              placeholder={sv.sections.noHeading}
              value={section.heading ?? ''}
              onChange={(e) =>
                change((t) => {
                  t.sections[si]!.heading = e.target.value === '' ? null : e.target.value;
                })
              }
            />
            <button
              type="button"
              className="icon delete"
              aria-label={sv.template.removeSection(si + 1)}
              disabled={draft.sections.length === 1}
              onClick={() => change((t) => void t.sections.splice(si, 1))}
            >
              ✕
            </button>
          </div>
          <ol className="template-items">
            {section.items.map((item, ii) => {
              const empty = tried && cleanTitle(item.title) === '';
              return (
                <li key={item.key} className="template-row">
                  <input
                    dir="auto"
                    aria-label={sv.template.itemTitle(si + 1, ii + 1)}
                    aria-required
                    aria-invalid={empty || undefined}
                    value={item.title}
                    onChange={(e) =>
                      change((t) => {
                        t.sections[si]!.items[ii]!.title = e.target.value;
                      })
                    }
                  />
                  <select
                    aria-label={sv.template.itemKind(si + 1, ii + 1)}
                    value={item.kind ?? ''}
                    onChange={(e) =>
                      change((t) => {
                        t.sections[si]!.items[ii]!.kind = (e.target.value || null) as ItemKind | null;
                      })
                    }
                  >
                    <option value="">{sv.item.kindNone}</option>
                    {kinds.map((k) => (
                      <option key={k} value={k}>
                        {sv.itemKinds[k]}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="icon delete"
                    aria-label={sv.template.removeItem(si + 1, ii + 1)}
                    onClick={() => change((t) => void t.sections[si]!.items.splice(ii, 1))}
                  >
                    ✕
                  </button>
                  {empty ? <span className="field-error">{sv.item.titleRequired}</span> : null}
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="add-item"
            onClick={() => change((t) => void t.sections[si]!.items.push({ key: nextKey++, title: '', kind: null }))}
          >
            + {sv.template.addItem}
          </button>
        </fieldset>
      ))}
      {draft ? (
        <div className="toolbar">
          <button
            type="button"
            onClick={() =>
              change((t) => void t.sections.push({ key: nextKey++, heading: sv.sections.newHeading, items: [] }))
            }
          >
            + {sv.template.addSection}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setTried(true);
              if (empties === 0) void saveTemplate(fromDraft(draft));
            }}
          >
            {sv.template.save}
          </button>
          <button type="button" onClick={() => void resetTemplate()}>
            {sv.template.reset}
          </button>
          {tried && empties > 0 ? <p className="field-error">{sv.forms.fixErrors(empties)}</p> : null}
        </div>
      ) : null}
    </article>
  );
}
