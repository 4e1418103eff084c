import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Markdown } from '@tiptap/markdown';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId } from 'react';
import { sv } from '../../strings.sv';
import { cleanPastedHtml } from './wordPaste';

const t = sv.documents.rich;

/** What the PDF can print: bold, italic, sub-headings, lists, tables; Markdown in and out. */
const extensions = () => [
  StarterKit.configure({
    heading: { levels: [3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: false,
    horizontalRule: false,
  }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  Markdown,
];

/** Formatted text that cannot be changed (a justerat protokoll): the same rendering, no toolbar. */
export function RichTextView(props: { label: string; value: string }) {
  const labelId = useId();
  const editor = useEditor({
    extensions: extensions(),
    content: props.value,
    contentType: 'markdown',
    editable: false,
    editorProps: { attributes: { 'aria-labelledby': labelId, class: 'rich-content read-only' } },
  });
  return (
    <div className="rich-field">
      <span id={labelId} className="field-label">
        {props.label}
      </span>
      <EditorContent editor={editor} />
    </div>
  );
}

/**
 * A word-processor-like field (Tiptap/ProseMirror) for the long texts. It shows formatted
 * text, never markup, and hands back Markdown (what the package stores and the PDF builder
 * prints). Only what the PDF can print is enabled: bold, italic, sub-headings, lists, tables.
 */
export function RichTextEditor(props: { label: string; value: string; onChange: (markdown: string) => void }) {
  const labelId = useId();
  const editor = useEditor({
    extensions: extensions(),
    content: props.value,
    contentType: 'markdown',
    editorProps: {
      attributes: { 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox', class: 'rich-content' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => props.onChange(e.getMarkdown()),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      heading: e?.isActive('heading') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      table: e?.isActive('table') ?? false,
    }),
  });
  const chain = () => editor!.chain().focus();
  // Visible text is the accessible name (or a one-letter symbol of it), so voice control finds it.
  const button = (label: string, pressed: boolean, run: () => void, text: string = label) => (
    <button type="button" aria-label={label} title={label} aria-pressed={pressed} onClick={run} disabled={!editor}>
      {text}
    </button>
  );
  return (
    <div className="rich-field">
      <span id={labelId} className="field-label">
        {props.label}
      </span>
      <div className="rich-toolbar" role="toolbar" aria-label={`${t.toolbar}: ${props.label}`}>
        {button(t.bold, active?.bold ?? false, () => chain().toggleBold().run(), 'F')}
        {button(t.italic, active?.italic ?? false, () => chain().toggleItalic().run(), 'K')}
        {button(t.heading, active?.heading ?? false, () => chain().toggleHeading({ level: 3 }).run())}
        {button(t.bulletList, active?.bullet ?? false, () => chain().toggleBulletList().run())}
        {button(t.orderedList, active?.ordered ?? false, () => chain().toggleOrderedList().run())}
        {button(t.table, false, () => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run())}
        {active?.table ? button(t.addRow, false, () => chain().addRowAfter().run()) : null}
        {active?.table ? button(t.deleteTable, false, () => chain().deleteTable().run()) : null}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
