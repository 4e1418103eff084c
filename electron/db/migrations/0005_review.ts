/**
 * Migration 0005 — presidium review: the recorded status moves, immutable versions of a
 * meeting (the package JSON as exported plus the sha256 of its kallelse PDF, files kept
 * alive by reference), reviewers' comments and verdicts as imported by the secretary, and
 * the reviewer's own side (a review copy opened in review mode, with the comments being
 * written). Comments anchor on item/document identity (`x-id`) and quoted text, never on
 * page coordinates. Shipped migrations are never edited.
 */
export default /* sql */ `
CREATE TABLE meeting_versions (
  id          TEXT PRIMARY KEY NOT NULL,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL CHECK (version >= 1),
  status      TEXT NOT NULL CHECK (status IN ('granskning', 'utskickad')),
  package     TEXT NOT NULL CHECK (json_valid(package)),
  pdf_sha256  TEXT NOT NULL REFERENCES files (sha256) ON DELETE RESTRICT,
  page_count  INTEGER NOT NULL CHECK (page_count > 0),
  created_at  TEXT NOT NULL,
  UNIQUE (meeting_id, version)
) STRICT;

-- The stored files a version's package refers to, so they are never removed under it.
CREATE TABLE meeting_version_files (
  version_id TEXT NOT NULL REFERENCES meeting_versions (id) ON DELETE CASCADE,
  path       TEXT NOT NULL,
  sha256     TEXT NOT NULL REFERENCES files (sha256) ON DELETE RESTRICT,
  PRIMARY KEY (version_id, path)
) STRICT;

-- A version is what was reviewed or sent: it never changes. It goes only with its meeting.
CREATE TRIGGER meeting_versions_immutable BEFORE UPDATE ON meeting_versions
BEGIN SELECT RAISE(ABORT, 'meeting_versions är oföränderliga'); END;
CREATE TRIGGER meeting_version_files_immutable BEFORE UPDATE ON meeting_version_files
BEGIN SELECT RAISE(ABORT, 'meeting_version_files är oföränderliga'); END;
CREATE TRIGGER meeting_versions_kept BEFORE DELETE ON meeting_versions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'meeting_versions tas bara bort med sitt möte'); END;

CREATE TABLE meeting_status_changes (
  id          TEXT PRIMARY KEY NOT NULL,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  from_status TEXT NOT NULL CHECK (from_status IN ('utkast', 'granskning', 'faststalld', 'utskickad', 'genomford', 'justerad')),
  to_status   TEXT NOT NULL CHECK (to_status IN ('utkast', 'granskning', 'faststalld', 'utskickad', 'genomford', 'justerad')),
  direction   TEXT NOT NULL CHECK (direction IN ('forward', 'backward')),
  reason      TEXT,
  version_id  TEXT REFERENCES meeting_versions (id) ON DELETE SET NULL,
  changed_at  TEXT NOT NULL,
  CHECK (direction = 'forward' OR (reason IS NOT NULL AND length(reason) > 0))
) STRICT;
CREATE INDEX meeting_status_changes_by_meeting ON meeting_status_changes (meeting_id, changed_at);

-- Reviewers' comments as the secretary imported them, and the secretary's answers (parent_id).
-- comment_id is the id the reviewer's app gave it: the same file imported twice adds nothing.
CREATE TABLE review_comments (
  id             TEXT PRIMARY KEY NOT NULL,
  meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  comment_id     TEXT NOT NULL,
  parent_id      TEXT REFERENCES review_comments (id) ON DELETE CASCADE,
  author         TEXT NOT NULL CHECK (length(author) > 0),
  item_key       TEXT,
  document_key   TEXT,
  quote          TEXT,
  -- How the reviewer saw the anchor ('3. Budget 2023'), shown when the anchor is gone.
  item_label     TEXT,
  document_label TEXT,
  review_version INTEGER,
  body           TEXT NOT NULL CHECK (length(body) > 0),
  created_at     TEXT NOT NULL,
  imported_at    TEXT NOT NULL,
  resolved_at    TEXT,
  UNIQUE (meeting_id, comment_id)
) STRICT;
CREATE INDEX review_comments_by_parent ON review_comments (parent_id);

CREATE TABLE review_verdicts (
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  reviewer    TEXT NOT NULL CHECK (length(reviewer) > 0),
  item_key    TEXT NOT NULL,
  item_label  TEXT,
  verdict     TEXT NOT NULL CHECK (verdict IN ('ok', 'behover_andras')),
  decided_at  TEXT NOT NULL,
  PRIMARY KEY (meeting_id, reviewer, item_key)
) STRICT;

-- The reviewer's side: a review copy opened in review mode (package JSON; its files are in
-- the content store) and what the reviewer writes until it is exported.
CREATE TABLE review_sessions (
  id         TEXT PRIMARY KEY NOT NULL,
  package    TEXT NOT NULL CHECK (json_valid(package)),
  reviewer   TEXT,
  opened_at  TEXT NOT NULL
) STRICT;

CREATE TABLE review_session_files (
  session_id TEXT NOT NULL REFERENCES review_sessions (id) ON DELETE CASCADE,
  path       TEXT NOT NULL,
  sha256     TEXT NOT NULL REFERENCES files (sha256) ON DELETE RESTRICT,
  PRIMARY KEY (session_id, path)
) STRICT;

CREATE TABLE review_session_comments (
  id             TEXT PRIMARY KEY NOT NULL,
  session_id     TEXT NOT NULL REFERENCES review_sessions (id) ON DELETE CASCADE,
  item_key       TEXT,
  document_key   TEXT,
  quote          TEXT,
  item_label     TEXT,
  document_label TEXT,
  body           TEXT NOT NULL CHECK (length(body) > 0),
  created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE review_session_verdicts (
  session_id TEXT NOT NULL REFERENCES review_sessions (id) ON DELETE CASCADE,
  item_key   TEXT NOT NULL,
  item_label TEXT,
  verdict    TEXT NOT NULL CHECK (verdict IN ('ok', 'behover_andras')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (session_id, item_key)
) STRICT;
`;
