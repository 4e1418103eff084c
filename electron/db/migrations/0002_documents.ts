/**
 * Migration 0002 — documents and stored files. Imported files live content-addressed on disk
 * (files/<sha[0..2]>/<sha>.<ext>, see electron/files/ContentStore.ts); SQL keeps only their
 * metadata. Documents belong to one agenda item, in order. Their content is the package
 * document object as JSON (`body`, validated by the zod model before every write); the
 * columns beside it are projections of that body for queries and lists. Shipped migrations
 * are never edited.
 */
export default /* sql */ `
CREATE TABLE files (
  sha256     TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  byte_size  INTEGER NOT NULL CHECK (byte_size > 0),
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  page_count INTEGER CHECK (page_count > 0),
  pdf_title  TEXT,
  created_at TEXT NOT NULL,
  CHECK ((media_type = 'application/pdf') = (page_count IS NOT NULL))
) STRICT;

CREATE TABLE documents (
  id                  TEXT PRIMARY KEY NOT NULL,
  item_id             TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  position            INTEGER NOT NULL,
  type                TEXT NOT NULL CHECK (type IN ('protokollsutdrag', 'tjansteskrivelse', 'missiv',
                                                   'informationshandlingar', 'delegationsbeslut', 'pdf')),
  title               TEXT,
  document_date       TEXT,
  dnr                 TEXT,
  -- Protokollsutdrag: the § and the presidium meeting whose protocol it is taken from.
  paragraph           INTEGER CHECK (paragraph >= 1),
  protocol_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
  -- Imported PDF: the stored file, the name it travels under, and its metadata.
  file_sha256         TEXT REFERENCES files (sha256) ON DELETE RESTRICT,
  file_name           TEXT,
  bilaga              TEXT,
  role                TEXT CHECK (role IN ('beslutsunderlag', 'for_information')),
  public              INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
  body                TEXT NOT NULL CHECK (json_valid(body)),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (item_id, position),
  CHECK ((type = 'pdf') = (file_sha256 IS NOT NULL AND file_name IS NOT NULL)),
  CHECK ((type = 'protokollsutdrag') = (paragraph IS NOT NULL)),
  CHECK (json_extract(body, '$.type') = type)
) STRICT;
CREATE INDEX documents_by_file ON documents (file_sha256);
CREATE INDEX documents_by_protocol_meeting ON documents (protocol_meeting_id, paragraph);

ALTER TABLE organisations ADD COLUMN logo_sha256 TEXT REFERENCES files (sha256) ON DELETE SET NULL;
`;
