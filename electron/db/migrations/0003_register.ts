/**
 * Migration 0003 — the register kept in the app. Committees can be archived (kept for the
 * meetings that name them, hidden from new work), and a meeting can have one-off invitees
 * (a föredragande, a guest) beside the seats the register gives it. Shipped migrations are
 * never edited.
 */
export default /* sql */ `
ALTER TABLE committees ADD COLUMN archived_at TEXT;

-- One-off invitees of one meeting. They join the derived member list and are copied into
-- meeting_invitees with it when the list is frozen.
CREATE TABLE meeting_guests (
  id           TEXT PRIMARY KEY NOT NULL,
  meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  name         TEXT NOT NULL CHECK (length(name) > 0),
  category     TEXT NOT NULL CHECK (category IN ('ordinarie', 'ersattare', 'tjansteman', 'personalrepresentant', 'regionrad')),
  member_group TEXT NOT NULL CHECK (member_group IN ('kallade', 'for_kannedom')),
  party        TEXT,
  title        TEXT,
  created_at   TEXT NOT NULL,
  UNIQUE (meeting_id, position)
) STRICT;
`;
