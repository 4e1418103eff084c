/**
 * Migration 0004 — settings beside the data. The command line and the app both write settings
 * (an import puts the meeting first in the recent list); as one JSON row updated inside an
 * IMMEDIATE transaction, two processes can no longer lose each other's writes the way a
 * read-merge-write of config.json did (issue 16, finding 3). Per-machine preferences stay in
 * electron-store.
 */
export default /* sql */ `
CREATE TABLE app_settings (
  key        TEXT PRIMARY KEY NOT NULL CHECK (key IN ('settings')),
  value      TEXT NOT NULL CHECK (json_valid(value) AND json_type(value) = 'object'),
  updated_at TEXT NOT NULL
) STRICT;
`;
