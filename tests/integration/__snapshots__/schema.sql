CREATE TRIGGER meeting_version_files_immutable BEFORE UPDATE ON meeting_version_files
BEGIN SELECT RAISE(ABORT, 'meeting_version_files är oföränderliga'); END;

CREATE TRIGGER meeting_versions_immutable BEFORE UPDATE ON meeting_versions
BEGIN SELECT RAISE(ABORT, 'meeting_versions är oföränderliga'); END;

CREATE TRIGGER meeting_versions_kept BEFORE DELETE ON meeting_versions
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'meeting_versions tas bara bort med sitt möte'); END;

CREATE TABLE agenda_items (
  id         TEXT PRIMARY KEY NOT NULL,
  section_id TEXT NOT NULL REFERENCES agenda_sections (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  title      TEXT NOT NULL,
  dnr        TEXT CHECK (dnr IS NULL OR length(dnr) > 0),
  kind       TEXT CHECK (kind IN ('justerare', 'dagordning', 'foregaende_protokoll', 'informationshandlingar',
                                  'delegationsbeslut', 'remisser', 'kurser_konferenser', 'aktuell_information',
                                  'information', 'beslut', 'ovriga_fragor', 'ovrigt')),
  presenter  TEXT,
  public     INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
  extra      TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)), added_after_send INTEGER NOT NULL DEFAULT 0 CHECK (added_after_send IN (0, 1)),
  UNIQUE (section_id, position)
) STRICT;

CREATE TABLE agenda_sections (
  id         TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  heading    TEXT,
  extra      TEXT CHECK (extra IS NULL OR json_valid(extra)),
  UNIQUE (meeting_id, position)
) STRICT;

CREATE TABLE agenda_templates (
  committee_id TEXT PRIMARY KEY NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  body         TEXT NOT NULL CHECK (json_valid(body)),
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE app_settings (
  key        TEXT PRIMARY KEY NOT NULL CHECK (key IN ('settings')),
  value      TEXT NOT NULL CHECK (json_valid(value) AND json_type(value) = 'object'),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE committee_protokoll_settings (
  committee_id     TEXT PRIMARY KEY NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  substitute_order TEXT CHECK (substitute_order IS NULL OR json_valid(substitute_order)),
  paragraph_series TEXT NOT NULL DEFAULT 'year' CHECK (paragraph_series IN ('year', 'meeting')),
  updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE committees (
  id              TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  parent_id       TEXT REFERENCES committees (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('namnd', 'presidium', 'utskott')),
  name            TEXT NOT NULL CHECK (length(name) > 0),
  short_name      TEXT,
  extra           TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL, archived_at TEXT,
  CHECK ((kind = 'namnd') = (parent_id IS NULL))
) STRICT;

CREATE TABLE deleted_records (
  id         TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('item', 'section', 'meeting')),
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL
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

CREATE TABLE files (
  sha256     TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  byte_size  INTEGER NOT NULL CHECK (byte_size > 0),
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  page_count INTEGER CHECK (page_count > 0),
  pdf_title  TEXT,
  created_at TEXT NOT NULL,
  CHECK ((media_type = 'application/pdf') = (page_count IS NOT NULL))
) STRICT;

CREATE TABLE meeting_changes (
  id         INTEGER PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (length(action) > 0),
  summary    TEXT NOT NULL CHECK (length(summary) > 0)
) STRICT;

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

CREATE TABLE meeting_invitees (
  id             TEXT PRIMARY KEY NOT NULL,
  meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL CHECK (position >= 0),
  membership_id  TEXT REFERENCES memberships (id) ON DELETE SET NULL,
  name           TEXT,
  vacant         INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1)),
  category       TEXT NOT NULL CHECK (category IN ('ordinarie', 'ersattare', 'tjansteman', 'personalrepresentant', 'regionrad')),
  member_group   TEXT NOT NULL CHECK (member_group IN ('kallade', 'for_kannedom')),
  party          TEXT,
  presidium_role TEXT CHECK (presidium_role IN ('ordforande', 'forste_vice_ordforande', 'andre_vice_ordforande')),
  title          TEXT,
  email          TEXT,
  valid_from     TEXT,
  valid_to       TEXT,
  sort_order     INTEGER CHECK (sort_order >= 0),
  extra          TEXT CHECK (extra IS NULL OR json_valid(extra)),
  UNIQUE (meeting_id, position)
) STRICT;

CREATE TABLE meeting_protokoll (
  meeting_id      TEXT PRIMARY KEY NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  body            TEXT NOT NULL CHECK (json_valid(body)),
  first_paragraph INTEGER CHECK (first_paragraph >= 1),
  last_paragraph  INTEGER CHECK (last_paragraph >= first_paragraph),
  justerad        INTEGER NOT NULL DEFAULT 0 CHECK (justerad IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

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

CREATE TABLE meeting_version_files (
  version_id TEXT NOT NULL REFERENCES meeting_versions (id) ON DELETE CASCADE,
  path       TEXT NOT NULL,
  sha256     TEXT NOT NULL REFERENCES files (sha256) ON DELETE RESTRICT,
  PRIMARY KEY (version_id, path)
) STRICT;

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

CREATE TABLE meetings (
  id                   TEXT PRIMARY KEY NOT NULL,
  committee_id         TEXT NOT NULL REFERENCES committees (id) ON DELETE RESTRICT,
  meeting_date         TEXT NOT NULL,
  start_time           TEXT NOT NULL,
  end_time             TEXT,
  place                TEXT NOT NULL CHECK (length(place) > 0),
  status               TEXT NOT NULL DEFAULT 'utkast'
                       CHECK (status IN ('utkast', 'granskning', 'faststalld', 'utskickad', 'genomford', 'justerad')),
  agenda_column        TEXT NOT NULL DEFAULT 'pages' CHECK (agenda_column IN ('dnr', 'pages', 'both', 'none')),
  -- The presidium meeting whose protocol extracts this meeting's items carry.
  presidium_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
  -- For a meeting with a protocol: the §§ range of that protocol ('§§ 17-32').
  paragraph_from       INTEGER CHECK (paragraph_from >= 1),
  paragraph_to         INTEGER CHECK (paragraph_to >= 1),
  -- Set when the member list was frozen into meeting_invitees; NULL = derived from memberships.
  members_frozen_at    TEXT,
  extra                TEXT CHECK (extra IS NULL OR json_valid(extra)),
  package_extra        TEXT CHECK (package_extra IS NULL OR json_valid(package_extra)),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL, copy_of_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
  CHECK (end_time IS NULL OR end_time > start_time),
  CHECK (paragraph_from IS NULL OR paragraph_to IS NULL OR paragraph_to >= paragraph_from),
  CHECK (presidium_meeting_id IS NULL OR presidium_meeting_id <> id)
) STRICT;

CREATE TABLE memberships (
  id             TEXT PRIMARY KEY NOT NULL,
  committee_id   TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  person_id      TEXT REFERENCES people (id) ON DELETE RESTRICT,
  vacant         INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1)),
  category       TEXT NOT NULL CHECK (category IN ('ordinarie', 'ersattare', 'tjansteman', 'personalrepresentant', 'regionrad')),
  member_group   TEXT NOT NULL CHECK (member_group IN ('kallade', 'for_kannedom')),
  party          TEXT,
  presidium_role TEXT CHECK (presidium_role IN ('ordforande', 'forste_vice_ordforande', 'andre_vice_ordforande')),
  title          TEXT,
  email          TEXT,
  valid_from     TEXT,
  valid_to       TEXT,
  sort_order     INTEGER NOT NULL CHECK (sort_order >= 0),
  extra          TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from)
) STRICT;

CREATE TABLE organisations (
  id             TEXT PRIMARY KEY NOT NULL,
  name           TEXT NOT NULL CHECK (length(name) > 0),
  short_name     TEXT,
  dnr_prefix     TEXT,
  postal_address TEXT,
  website        TEXT,
  extra          TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
, logo_sha256 TEXT REFERENCES files (sha256) ON DELETE SET NULL) STRICT;

CREATE TABLE people (
  id              TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  full_name       TEXT NOT NULL CHECK (length(full_name) > 0),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

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

CREATE TABLE review_session_files (
  session_id TEXT NOT NULL REFERENCES review_sessions (id) ON DELETE CASCADE,
  path       TEXT NOT NULL,
  sha256     TEXT NOT NULL REFERENCES files (sha256) ON DELETE RESTRICT,
  PRIMARY KEY (session_id, path)
) STRICT;

CREATE TABLE review_session_verdicts (
  session_id TEXT NOT NULL REFERENCES review_sessions (id) ON DELETE CASCADE,
  item_key   TEXT NOT NULL,
  item_label TEXT,
  verdict    TEXT NOT NULL CHECK (verdict IN ('ok', 'behover_andras')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (session_id, item_key)
) STRICT;

CREATE TABLE review_sessions (
  id         TEXT PRIMARY KEY NOT NULL,
  package    TEXT NOT NULL CHECK (json_valid(package)),
  reviewer   TEXT,
  opened_at  TEXT NOT NULL
) STRICT;

CREATE TABLE review_verdicts (
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  reviewer    TEXT NOT NULL CHECK (length(reviewer) > 0),
  item_key    TEXT NOT NULL,
  item_label  TEXT,
  verdict     TEXT NOT NULL CHECK (verdict IN ('ok', 'behover_andras')),
  decided_at  TEXT NOT NULL,
  PRIMARY KEY (meeting_id, reviewer, item_key)
) STRICT;

CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;

CREATE UNIQUE INDEX committees_by_name ON committees (organisation_id, kind, name);

CREATE INDEX committees_by_parent ON committees (parent_id);

CREATE INDEX deleted_records_by_time ON deleted_records (created_at);

CREATE INDEX documents_by_file ON documents (file_sha256);

CREATE INDEX documents_by_protocol_meeting ON documents (protocol_meeting_id, paragraph);

CREATE INDEX meeting_changes_by_meeting ON meeting_changes (meeting_id, id);

CREATE INDEX meeting_invitees_by_membership ON meeting_invitees (membership_id);

CREATE INDEX meeting_status_changes_by_meeting ON meeting_status_changes (meeting_id, changed_at);

CREATE INDEX meetings_by_committee ON meetings (committee_id, meeting_date);

CREATE INDEX meetings_by_presidium_meeting ON meetings (presidium_meeting_id);

CREATE INDEX memberships_by_committee ON memberships (committee_id, sort_order);

CREATE INDEX memberships_by_person ON memberships (person_id);

CREATE UNIQUE INDEX organisations_by_name ON organisations (name);

CREATE UNIQUE INDEX people_by_name ON people (organisation_id, full_name);

CREATE INDEX review_comments_by_parent ON review_comments (parent_id);
