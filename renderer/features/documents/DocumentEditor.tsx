import { useEffect, useState } from 'react';
import type { EditableDocument } from '../../../shared/domain/documents';
import type { PackageDocument } from '../../../shared/package/model';
import { useStore } from '../../state/store';
import { sv } from '../../strings.sv';
import { cleanDelegation, cleanInformation, DelegationEditor, InformationEditor } from './CompilationEditors';
import { cleanPdf, PdfEditor } from './PdfEditor';
import { cleanProtokollsutdrag, ProtokollsutdragEditor } from './ProtokollsutdragEditor';
import { cleanTjansteskrivelse, TjansteskrivelseEditor } from './TjansteskrivelseEditor';

/** The stored form of a draft: optional fields left out when empty, lines trimmed. */
function clean(draft: PackageDocument): EditableDocument {
  switch (draft.type) {
    case 'tjansteskrivelse':
    case 'missiv':
      return cleanTjansteskrivelse(draft);
    case 'protokollsutdrag':
      return cleanProtokollsutdrag(draft);
    case 'informationshandlingar':
      return cleanInformation(draft);
    case 'delegationsbeslut':
      return cleanDelegation(draft);
    case 'pdf': {
      const { file: _file, ...fields } = draft;
      return cleanPdf(fields);
    }
  }
}

/**
 * One document of an item in its editor. The draft is local until "Spara": one save is one
 * change in main and one step of undo.
 */
export function DocumentEditor() {
  const editing = useStore((s) => s.editing);
  const meeting = useStore((s) => s.current);
  const saveDocument = useStore((s) => s.saveDocument);
  const closeDocument = useStore((s) => s.closeDocument);
  const focusField = useStore((s) => s.focusField);
  // A pre-send warning pointed here: bring its field into view and put the cursor in it.
  useEffect(() => {
    if (!focusField || !editing) return;
    const el = document.querySelector<HTMLElement>(`.document-editor [data-field="${focusField}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    useStore.setState({ focusField: null });
  }, [focusField, editing]);
  const [draft, setDraft] = useState<PackageDocument | null>(editing?.document ?? null);
  // The rich-text fields read their content once, so a reset or another document remounts the form (version).
  const [version, setVersion] = useState(0);
  // A reload after save or undo, or another document, replaces the draft in the same render
  // (not in an effect), so the new form mounts with the new content and keeps its focus.
  const [draftOf, setDraftOf] = useState(editing);
  if (editing !== draftOf) {
    setDraftOf(editing);
    setDraft(editing?.document ?? null);
    setVersion((v) => v + 1);
  }
  if (!editing || !meeting || !draft) return null;
  const item = meeting.sections.flatMap((s) => s.items).find((i) => i.id === editing.itemId);
  if (!item) return null;
  const dirty = JSON.stringify(clean(draft)) !== JSON.stringify(clean(editing.document));
  const typeLabel = sv.documentTypes[draft.type];

  return (
    <article
      className="document-editor"
      data-testid="document-editor"
      aria-label={sv.documents.editorFor(typeLabel, item.number)}
    >
      <header className="editor-header">
        <button type="button" className="link-button" onClick={closeDocument}>
          ← {sv.documents.back}
        </button>
        <h2>
          {typeLabel}{' '}
          <span className="muted">
            · ärende {item.number} {item.title}
          </span>
        </h2>
        <div className="toolbar">
          <button type="button" className="primary" disabled={!dirty} onClick={() => void saveDocument(clean(draft))}>
            {sv.documents.save}
          </button>
          <button
            type="button"
            disabled={!dirty}
            onClick={() => {
              setDraft(editing.document);
              setVersion((v) => v + 1);
            }}
          >
            {sv.documents.cancel}
          </button>
          {dirty ? <span className="muted">{sv.documents.unsaved}</span> : null}
        </div>
      </header>
      <div key={version}>
        {draft.type === 'tjansteskrivelse' || draft.type === 'missiv' ? (
          <TjansteskrivelseEditor
            draft={draft}
            onChange={setDraft}
            meeting={meeting}
            item={item}
            documentId={editing.id}
          />
        ) : draft.type === 'protokollsutdrag' ? (
          <ProtokollsutdragEditor draft={draft} onChange={setDraft} meeting={meeting} />
        ) : draft.type === 'informationshandlingar' ? (
          <InformationEditor draft={draft} onChange={setDraft} />
        ) : draft.type === 'delegationsbeslut' ? (
          <DelegationEditor draft={draft} onChange={setDraft} />
        ) : (
          <PdfEditor
            draft={{ ...draft, type: 'pdf' }}
            onChange={(fields) => setDraft((d) => (d?.type === 'pdf' ? { ...fields, file: d.file } : d))}
            detail={editing}
          />
        )}
      </div>
    </article>
  );
}
