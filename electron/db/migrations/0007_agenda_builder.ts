/**
 * Migration 0007 — the agenda builder: a standard agenda per nämnd, deleted rows kept for undo,
 * a change log for meetings edited after the kallelse was sent, and the two item states that
 * only exist once numbers are frozen (withdrawn = `utgår`, added after sending = extra ärende);
 * a re-imported meeting kept as a copy is marked.
 * Shipped migrations are never edited.
 */
export default /* sql */ `
-- The standard agenda of a nämnd: sections with their recurring items, as JSON
-- (shared/domain/agendaTemplate.ts validates it before every write). No row = the built-in default.
CREATE TABLE agenda_templates (
  committee_id TEXT PRIMARY KEY NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  body         TEXT NOT NULL CHECK (json_valid(body)),
  updated_at   TEXT NOT NULL
) STRICT;

-- Rows removed by a delete, kept so that undo puts them back with the same ids.
-- No foreign key to meetings: the meeting itself may be what was deleted.
CREATE TABLE deleted_records (
  id         TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('item', 'section', 'meeting')),
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX deleted_records_by_time ON deleted_records (created_at);

-- What changed in a meeting after its kallelse was sent (for the review step's change report).
CREATE TABLE meeting_changes (
  id         INTEGER PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (length(action) > 0),
  summary    TEXT NOT NULL CHECK (length(summary) > 0)
) STRICT;
CREATE INDEX meeting_changes_by_meeting ON meeting_changes (meeting_id, id);

-- A meeting imported again and kept beside the one already here: the copy points at the original.
ALTER TABLE meetings ADD COLUMN copy_of_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL;

ALTER TABLE agenda_items ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));
ALTER TABLE agenda_items ADD COLUMN added_after_send INTEGER NOT NULL DEFAULT 0 CHECK (added_after_send IN (0, 1));
`;
