import path from 'node:path';
import type { PackageDocument } from '../../shared/package/model';
import type { DocumentRow } from '../repos/documents';

/** Only the `x-` properties of an object, as JSON, or null when it has none. */
export function extrasJson(obj: unknown): string | null {
  if (obj === null || typeof obj !== 'object') return null;
  const extras = Object.entries(obj as Record<string, unknown>).filter(([k]) => k.startsWith('x-'));
  return extras.length > 0 ? JSON.stringify(Object.fromEntries(extras)) : null;
}

export const parseExtras = (json: string | null): Record<string, unknown> =>
  json ? (JSON.parse(json) as Record<string, unknown>) : {};

/**
 * The query columns of a document row, projected from its package object (the `body`, which
 * stays the source of truth for the content). One function, so the projection cannot drift
 * between import and later edits.
 */
export function documentColumns(
  doc: PackageDocument,
  file: { sha256: string } | null,
): Pick<
  DocumentRow,
  'type' | 'title' | 'date' | 'dnr' | 'paragraph' | 'fileSha256' | 'fileName' | 'bilaga' | 'role' | 'public'
> {
  const base = {
    type: doc.type,
    title: null as string | null,
    date: null as string | null,
    dnr: doc.dnr ?? null,
    paragraph: null as number | null,
    fileSha256: null as string | null,
    fileName: null as string | null,
    bilaga: null as string | null,
    role: null as string | null,
    public: 1 as 0 | 1,
  };
  switch (doc.type) {
    case 'protokollsutdrag':
      return { ...base, title: doc.title, paragraph: doc.paragraph };
    case 'tjansteskrivelse':
    case 'missiv':
      return { ...base, title: doc.title, date: doc.date };
    case 'informationshandlingar':
    case 'delegationsbeslut':
      return base;
    case 'pdf':
      return {
        ...base,
        title: doc.title,
        date: doc.date ?? null,
        fileSha256: file?.sha256 ?? null,
        fileName: path.posix.basename(doc.file.path.replaceAll('\\', '/')),
        bilaga: doc.bilaga ?? null,
        role: doc.role ?? 'beslutsunderlag',
        public: doc.public === false ? 0 : 1,
      };
  }
}

/** The title shown in lists: compilations have no title of their own in the format. */
export function documentLabel(type: string, title: string | null, paragraph: number | null): string {
  switch (type) {
    case 'informationshandlingar':
      return 'Sammanställning av informationshandlingar';
    case 'delegationsbeslut':
      return 'Sammanställning av anmälda delegationsbeslut';
    case 'protokollsutdrag':
      return `Protokollsutdrag § ${paragraph ?? '?'}${title ? ` – ${title}` : ''}`;
    default:
      return title ?? '';
  }
}
