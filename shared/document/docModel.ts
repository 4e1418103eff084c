/**
 * The print-neutral document model: what the pure builders in shared/document produce and
 * what electron/pdf lays out and paints. No coordinates, no fonts — only structure, text and
 * a few semantic styles. Everything here is plain data (JSON-serialisable), so a DocModel can
 * be stored as the snapshot of an issued document.
 *
 * Text may contain:
 * - `\n` for a hard line break inside a paragraph or list item;
 * - the placeholders `{n}` (page number within this document) and `{m}` (pages of this
 *   document), resolved when the page is painted — e.g. `TJÄNSTESKRIVELSE {n}({m})`.
 */
import type { FileRef } from '../package/model';

export const DOC_MODEL_VERSION = 1;

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Inline = Run[];

/** Semantic text styles; the renderer maps them to font and size. */
export type TextStyle = 'body' | 'small' | 'title' | 'committee' | 'heading' | 'subheading';

export interface ParagraphBlock {
  type: 'paragraph';
  text: Inline;
  style?: TextStyle;
  /** 'rightHalf': set in the right half of the text area (addressee field). */
  position?: 'full' | 'rightHalf';
  /** Extra space above, in lines of body text. */
  spaceBefore?: number;
  keepWithNext?: boolean;
}

export interface HeadingBlock {
  type: 'heading';
  text: Inline;
  /** 1 = section heading in a document ('Ärenden', 'Sammanfattning'); 2 = sub-heading inside rich text. */
  level: 1 | 2;
}

export interface ListBlock {
  type: 'list';
  style: 'bullet' | 'numbered';
  start?: number;
  items: Block[][];
}

export interface TableColumn {
  /** Share of the available width; the shares of a table need not add up to 1. */
  width: number;
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  /** Header row, repeated at the top of every page the table continues on when repeatHeader is set. */
  header: Inline[] | null;
  repeatHeader: boolean;
  rows: Block[][][];
  style?: 'body' | 'small';
}

export type AgendaRow =
  | { kind: 'section'; heading: string; anchor: string }
  | {
      kind: 'item';
      number: number;
      title: string;
      /** One value per right-hand column of the agenda ('2022/258', '9 - 25', ''). */
      right: string[];
      anchor: string;
      /** Anchor of the item's first document, when it has any: the agenda line links there. */
      linkTo?: string;
    };

export interface AgendaBlock {
  type: 'agenda';
  /** Kinds of the right-hand columns, left to right; empty for agendaColumn 'none'. */
  rightColumns: ('dnr' | 'pages')[];
  rows: AgendaRow[];
}

/** Side-by-side columns that flow independently across pages (member lists, signatories). */
export interface ColumnsBlock {
  type: 'columns';
  columns: Block[][];
  /** Keep all columns on one page when they fit on an empty page (signature blocks). */
  keepTogether?: boolean;
}

/** Empty boxes with a small label, for handwritten certification (protocol extracts). */
export interface BoxesBlock {
  type: 'boxes';
  labels: string[];
}

export interface SpacerBlock {
  type: 'spacer';
  /** In lines of body text. */
  lines: number;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | AgendaBlock
  | ColumnsBlock
  | BoxesBlock
  | SpacerBlock;

export interface PageTemplate {
  /** Sender printed top left on every page (the organisation), unless its logo is shown there. */
  sender?: string;
  /** The organisation's logo (PNG or JPEG in the package), top left instead of the sender's name. */
  logo?: FileRef;
  /** Right-aligned lines at the top of the first page; the first is the document label. */
  headerFirst: string[];
  /** The same on later pages. */
  headerRest: string[];
  /** Lines repeated at the top of later pages, before the body (kallelse: committee + Tid). */
  continuation?: Inline[];
  /** Lines at the bottom of every page (compilations print their own dnr). */
  footer?: string[];
  /** Labelled empty boxes at the foot of every page, for initials (protokoll: `Justerandes signatur`). */
  footerBoxes?: string[];
  /** Diagonal watermark on every page (drafts: 'UTKAST'). */
  watermark?: string;
}

export type GeneratedKind =
  | 'kallelse'
  | 'protokollsutdrag'
  | 'tjansteskrivelse'
  | 'missiv'
  | 'informationshandlingar'
  | 'delegationsbeslut'
  | 'andringar'
  | 'protokoll'
  | 'anslag';

export interface DocModel {
  schemaVersion: typeof DOC_MODEL_VERSION;
  kind: GeneratedKind;
  /** Document title, used for bookmarks. */
  title: string;
  template: PageTemplate;
  blocks: Block[];
}

/** Small constructors that keep builders readable. */
export const text = (value: string, style?: Omit<Run, 'text'>): Inline => [{ text: value, ...style }];
export const bold = (value: string): Inline => [{ text: value, bold: true }];
export const paragraph = (
  value: string | Inline,
  extra: Omit<ParagraphBlock, 'type' | 'text'> = {},
): ParagraphBlock => ({
  type: 'paragraph',
  text: typeof value === 'string' ? text(value) : value,
  ...extra,
});
export const heading = (value: string, level: 1 | 2 = 1): HeadingBlock => ({
  type: 'heading',
  text: text(value),
  level,
});
export const bulletList = (items: string[]): ListBlock => ({
  type: 'list',
  style: 'bullet',
  items: items.map((item) => [paragraph(item)]),
});
