/**
 * Migration 0001 — the register and the agenda: organisations, committees (nämnd, presidium,
 * utskott), people, memberships over time, meetings with their frozen member lists, sections
 * and items. Shipped migrations are never edited (the runner checks their sha256); changes go
 * into a new numbered file. See README.md in this folder.
 */
export default /* sql */ `
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
) STRICT;
CREATE UNIQUE INDEX organisations_by_name ON organisations (name);

-- A nämnd, or a body under it (its presidium, an utskott) with parent_id pointing at the nämnd.
CREATE TABLE committees (
  id              TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  parent_id       TEXT REFERENCES committees (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('namnd', 'presidium', 'utskott')),
  name            TEXT NOT NULL CHECK (length(name) > 0),
  short_name      TEXT,
  extra           TEXT CHECK (extra IS NULL OR json_valid(extra)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK ((kind = 'namnd') = (parent_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX committees_by_name ON committees (organisation_id, kind, name);
CREATE INDEX committees_by_parent ON committees (parent_id);

CREATE TABLE people (
  id              TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  full_name       TEXT NOT NULL CHECK (length(full_name) > 0),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX people_by_name ON people (organisation_id, full_name);

-- One seat or role in a committee's register, valid over a period (both ends inclusive).
-- Party, title and e-mail belong to the seat, not the person: 'Vakant (KD)', and titles change.
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
CREATE INDEX memberships_by_committee ON memberships (committee_id, sort_order);
CREATE INDEX memberships_by_person ON memberships (person_id);

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
  updated_at           TEXT NOT NULL,
  CHECK (end_time IS NULL OR end_time > start_time),
  CHECK (paragraph_from IS NULL OR paragraph_to IS NULL OR paragraph_to >= paragraph_from),
  CHECK (presidium_meeting_id IS NULL OR presidium_meeting_id <> id)
) STRICT;
CREATE INDEX meetings_by_committee ON meetings (committee_id, meeting_date);
CREATE INDEX meetings_by_presidium_meeting ON meetings (presidium_meeting_id);

-- The frozen member list of one meeting: a copy of the memberships as printed, so later
-- register changes never alter a kallelse that has been sent.
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
CREATE INDEX meeting_invitees_by_membership ON meeting_invitees (membership_id);

-- Items are numbered 1..N across sections by position; the number itself is never stored.
CREATE TABLE agenda_sections (
  id         TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  heading    TEXT,
  extra      TEXT CHECK (extra IS NULL OR json_valid(extra)),
  UNIQUE (meeting_id, position)
) STRICT;

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
  updated_at TEXT NOT NULL,
  UNIQUE (section_id, position)
) STRICT;
`;
