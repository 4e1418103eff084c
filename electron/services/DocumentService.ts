import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type {
  DocumentDetail,
  DocumentSnapshot,
  EditableDocument,
  WrittenDocument,
} from '../../shared/domain/documents';
import type { MeetingDetail } from '../../shared/domain/meeting';
import { AppError } from '../../shared/ipc/result';
import { type ImportedPdf, PackageDocument } from '../../shared/package/model';
import type { Db } from '../db/database';
import type { ContentStore } from '../files/ContentStore';
import { documentColumns, extrasJson, parseExtras } from '../package/documentRow';
import { DEFAULT_LIMITS } from '../package/limits';
import { requireItem } from '../repos/agenda';
import { deleteDocument, getDocument, getFile, listItemDocuments, setDocumentOrder } from '../repos/documents';
import { touchMeeting } from '../repos/meetings';
import type { Dialogs } from './dialogs';
import { checkParagraph, insertAt, presidiumOf, requireDocument, rewrite, snapshotOf } from './documentRows';
import { checkAll, readChosen, safeFileName, storeChecked, titleFor } from './fileIntake';
import type { ServiceDeps } from './MeetingService';
import { meetingDetail } from './meetingView';

export interface DocumentServiceDeps extends ServiceDeps {
  store: ContentStore;
  dialogs: Dialogs;
  /** Largest bilaga accepted; the package import's limit unless a test lowers it. */
  maxFileBytes?: number;
}

/**
 * The documents of agenda items: written documents (bodies validated by the package model),
 * imported PDF bilagor (checked like a package import, stored by sha256), order and undo.
 * Every change is one transaction, marks the meeting changed and emits data:changed.
 */
export class DocumentService {
  constructor(private readonly deps: DocumentServiceDeps) {}

  private get db(): Db {
    return this.deps.db;
  }

  private get maxBytes(): number {
    return this.deps.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  }

  get(documentId: string): DocumentDetail {
    const row = requireDocument(this.db, documentId);
    const file = row.fileSha256 ? getFile(this.db, row.fileSha256) : undefined;
    return {
      id: row.id,
      itemId: row.itemId,
      meetingId: row.meetingId,
      position: row.position,
      document: PackageDocument.parse(JSON.parse(row.body)),
      file:
        file && row.fileName
          ? { sha256: file.sha256, fileName: row.fileName, pageCount: file.pageCount ?? 0, byteSize: file.byteSize }
          : null,
    };
  }

  /** Adds a written document at `position`, or at its default place (anatomy §8 req. 2). */
  add(itemId: string, document: WrittenDocument, position?: number): { documentId: string; meeting: MeetingDetail } {
    const documentId = randomUUID();
    const meetingId = this.write(() => {
      const item = this.requireItem(itemId);
      const doc = PackageDocument.parse(document);
      checkParagraph(this.db, item.meetingId, doc);
      insertAt(this.db, this.iso(), itemId, position, {
        id: documentId,
        itemId,
        position: 0,
        ...documentColumns(doc, null),
        protocolMeetingId: doc.type === 'protokollsutdrag' ? presidiumOf(this.db, item.meetingId) : null,
        body: JSON.stringify(doc),
      });
      return item.meetingId;
    });
    return { documentId, meeting: meetingDetail(this.db, meetingId) };
  }

  /** Replaces a document's content; its type stays (a tjänsteskrivelse may become a missiv and back). */
  update(documentId: string, next: EditableDocument): { before: DocumentSnapshot; meeting: MeetingDetail } {
    let before!: DocumentSnapshot;
    const meetingId = this.write(() => {
      const row = requireDocument(this.db, documentId);
      before = snapshotOf(row);
      const sameKind =
        row.type === next.type ||
        ([row.type, next.type].every((t) => t === 'tjansteskrivelse' || t === 'missiv') as boolean);
      if (!sameKind) {
        throw new AppError('CONFLICT', 'En handling kan inte byta typ. Lägg till en ny handling i stället.', 'type');
      }
      const old = JSON.parse(row.body) as Record<string, unknown>;
      // The file stays; x- properties from an imported package stay too.
      const merged =
        next.type === 'pdf' ? { ...next, file: (old as unknown as ImportedPdf).file } : (next as PackageDocument);
      const doc = PackageDocument.parse(merged);
      checkParagraph(this.db, row.meetingId, doc);
      rewrite(this.db, this.iso(), row, doc, { ...parseExtras(extrasJson(old)), ...doc });
      return row.meetingId;
    });
    return { before, meeting: meetingDetail(this.db, meetingId) };
  }

  remove(documentId: string): { removed: DocumentSnapshot; meeting: MeetingDetail } {
    let removed!: DocumentSnapshot;
    const meetingId = this.write(() => {
      const row = requireDocument(this.db, documentId);
      removed = snapshotOf(row);
      deleteDocument(this.db, documentId);
      setDocumentOrder(
        this.db,
        listItemDocuments(this.db, row.itemId).map((d) => d.id),
        this.iso(),
      );
      return row.meetingId;
    });
    return { removed, meeting: meetingDetail(this.db, meetingId) };
  }

  /** Puts a snapshot back: same id, same place, same body and file (undo of remove, edit or replace). */
  restore(snapshot: DocumentSnapshot): MeetingDetail {
    return this.detail(
      this.write(() => {
        const item = this.requireItem(snapshot.itemId);
        let raw: unknown;
        try {
          raw = JSON.parse(snapshot.body);
        } catch {
          throw new AppError('VALIDATION', 'Handlingen som skulle återställas är skadad och kan inte läsas.', 'body');
        }
        const parsed = PackageDocument.safeParse(raw);
        if (!parsed.success) {
          throw new AppError('VALIDATION', 'Handlingen som skulle återställas följer inte paketformatet.', 'body');
        }
        const doc = parsed.data;
        if (doc.type === 'pdf') {
          if (!snapshot.fileSha256 || !snapshot.fileName || !getFile(this.db, snapshot.fileSha256)) {
            throw new AppError('NOT_FOUND', `Filen till bilagan ”${doc.title}” finns inte längre. Bifoga den igen.`);
          }
        }
        const existing = getDocument(this.db, snapshot.id);
        if (existing) {
          if (existing.itemId !== snapshot.itemId) {
            throw new AppError('CONFLICT', 'Handlingen hör numera till ett annat ärende och kan inte återställas här.');
          }
          deleteDocument(this.db, snapshot.id);
          setDocumentOrder(
            this.db,
            listItemDocuments(this.db, snapshot.itemId).map((d) => d.id),
            this.iso(),
          );
        }
        // Stored as the model reads it plus only x- extras, so a tampered snapshot cannot smuggle
        // fields that a later export would refuse; a bilaga's file is the snapshot's stored file.
        const fileName = doc.type === 'pdf' ? safeFileName(snapshot.fileName!) : null;
        const body: Record<string, unknown> = { ...parseExtras(extrasJson(raw)), ...doc };
        if (doc.type === 'pdf') body.file = { path: `bilagor/${fileName}`, sha256: snapshot.fileSha256 };
        insertAt(this.db, this.iso(), snapshot.itemId, snapshot.position, {
          id: snapshot.id,
          itemId: snapshot.itemId,
          position: 0,
          ...documentColumns(doc, doc.type === 'pdf' ? { sha256: snapshot.fileSha256! } : null),
          ...(fileName ? { fileName } : {}),
          protocolMeetingId: doc.type === 'protokollsutdrag' ? presidiumOf(this.db, item.meetingId) : null,
          body: JSON.stringify(body),
        });
        return item.meetingId;
      }),
    );
  }

  /** The item's documents in the given order; `documentIds` must be exactly its documents. */
  reorder(itemId: string, documentIds: string[]): MeetingDetail {
    return this.detail(
      this.write(() => {
        const item = this.requireItem(itemId);
        const current = listItemDocuments(this.db, itemId).map((d) => d.id);
        const same =
          current.length === documentIds.length &&
          new Set(documentIds).size === documentIds.length &&
          documentIds.every((id) => current.includes(id));
        if (!same) {
          throw new AppError(
            'CONFLICT',
            'Ärendets handlingar har ändrats under tiden. Uppdatera mötet och flytta igen.',
            'documentIds',
          );
        }
        setDocumentOrder(this.db, documentIds, this.iso());
        return item.meetingId;
      }),
    );
  }

  /** Bilagor from main's open dialog. Every file is checked before any is stored; null when cancelled. */
  async attachFromDialog(
    itemId: string,
    position?: number,
  ): Promise<{ documentIds: string[]; meeting: MeetingDetail } | null> {
    this.requireItem(itemId);
    const paths = await this.deps.dialogs.chooseOpenMany({
      title: 'Bifoga PDF-filer',
      filters: [{ name: 'PDF-filer', extensions: ['pdf'] }],
    });
    if (!paths) return null;
    const files = paths.map((p) => ({ name: path.basename(p), bytes: readChosen(p, this.maxBytes) }));
    return this.attach(itemId, files, position);
  }

  /** Bilagor dropped in the window, as bytes. */
  async attachBytes(
    itemId: string,
    files: { name: string; bytes: Uint8Array }[],
    position?: number,
  ): Promise<{ documentIds: string[]; meeting: MeetingDetail }> {
    return this.attach(itemId, files, position);
  }

  /** A new version of a bilaga from the open dialog; null when cancelled. */
  async replaceFromDialog(documentId: string): Promise<{ before: DocumentSnapshot; meeting: MeetingDetail } | null> {
    const row = requireDocument(this.db, documentId);
    if (row.type !== 'pdf') throw new AppError('CONFLICT', 'Bara en PDF-bilaga kan bytas mot en ny fil.');
    const chosen = await this.deps.dialogs.chooseOpen({
      title: 'Byt till ny version av bilagan',
      filters: [{ name: 'PDF-filer', extensions: ['pdf'] }],
    });
    if (!chosen) return null;
    return this.replaceBytes(documentId, { name: path.basename(chosen), bytes: readChosen(chosen, this.maxBytes) });
  }

  /**
   * Points a bilaga at a new file; title, date, label and role stay. The old file stays in
   * the store (content-addressed, never deleted here), so undo and other references keep it.
   */
  async replaceBytes(
    documentId: string,
    file: { name: string; bytes: Uint8Array },
  ): Promise<{ before: DocumentSnapshot; meeting: MeetingDetail }> {
    const [checked] = await checkAll([file], this.maxBytes);
    const { sha256 } = storeChecked(this.db, this.deps.store, checked!, this.iso());
    let before!: DocumentSnapshot;
    const meetingId = this.write(() => {
      const row = requireDocument(this.db, documentId);
      if (row.type !== 'pdf') throw new AppError('CONFLICT', 'Bara en PDF-bilaga kan bytas mot en ny fil.');
      before = snapshotOf(row);
      const old = JSON.parse(row.body) as Record<string, unknown> & ImportedPdf;
      const fileName = safeFileName(checked!.name);
      const body = { ...old, file: { path: `bilagor/${fileName}`, sha256 } };
      const doc = PackageDocument.parse(body);
      rewrite(this.db, this.iso(), row, doc, body, { sha256, fileName });
      return row.meetingId;
    });
    return { before, meeting: meetingDetail(this.db, meetingId) };
  }

  fileBytes(documentId: string): Uint8Array {
    const row = requireDocument(this.db, documentId);
    if (!row.fileSha256) throw new AppError('NOT_FOUND', 'Handlingen har ingen bifogad fil.');
    return this.deps.store.read(row.fileSha256, 'application/pdf');
  }

  // ---------- helpers ----------

  private async attach(
    itemId: string,
    files: { name: string; bytes: Uint8Array }[],
    position?: number,
  ): Promise<{ documentIds: string[]; meeting: MeetingDetail }> {
    this.requireItem(itemId);
    const checked = await checkAll(files, this.maxBytes);
    const stored = checked.map((c) => ({ c, sha256: storeChecked(this.db, this.deps.store, c, this.iso()).sha256 }));
    const documentIds: string[] = [];
    const meetingId = this.write(() => {
      const item = this.requireItem(itemId);
      stored.forEach(({ c, sha256 }, i) => {
        const id = randomUUID();
        const fileName = safeFileName(c.name);
        const doc: ImportedPdf = {
          type: 'pdf',
          title: titleFor(c),
          file: { path: `bilagor/${fileName}`, sha256 },
          role: 'beslutsunderlag',
          public: true,
        };
        insertAt(this.db, this.iso(), itemId, position === undefined ? undefined : position + i, {
          id,
          itemId,
          position: 0,
          ...documentColumns(doc, { sha256 }),
          fileName,
          protocolMeetingId: null,
          body: JSON.stringify(doc),
        });
        documentIds.push(id);
      });
      return item.meetingId;
    });
    return { documentIds, meeting: meetingDetail(this.db, meetingId) };
  }

  private write(change: () => string): string {
    const meetingId = this.db
      .transaction(() => {
        const id = change();
        touchMeeting(this.db, id, this.iso());
        return id;
      })
      .immediate();
    this.deps.events.emit('data:changed', { entities: ['meetings', 'meeting', 'documents'], meetingId });
    return meetingId;
  }

  private detail(meetingId: string): MeetingDetail {
    return meetingDetail(this.db, meetingId);
  }

  private requireItem(itemId: string) {
    return requireItem(this.db, itemId);
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
