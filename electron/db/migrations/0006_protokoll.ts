/**
 * Migration 0006 — the protokoll after a meeting. One protokoll per meeting, kept as the
 * validated JSON body of the package model (`shared/protokoll/model.ts`), with projections
 * of its § range for the nämnd's numbering series and the justering flag that freezes them.
 * A nämnd's settings for the protokoll (ersättare order, § series) sit beside the committee.
 * Shipped migrations are never edited.
 */
export default /* sql */ `
CREATE TABLE meeting_protokoll (
  meeting_id      TEXT PRIMARY KEY NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  body            TEXT NOT NULL CHECK (json_valid(body)),
  first_paragraph INTEGER CHECK (first_paragraph >= 1),
  last_paragraph  INTEGER CHECK (last_paragraph >= first_paragraph),
  justerad        INTEGER NOT NULL DEFAULT 0 CHECK (justerad IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE committee_protokoll_settings (
  committee_id     TEXT PRIMARY KEY NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  substitute_order TEXT CHECK (substitute_order IS NULL OR json_valid(substitute_order)),
  paragraph_series TEXT NOT NULL DEFAULT 'year' CHECK (paragraph_series IN ('year', 'meeting')),
  updated_at       TEXT NOT NULL
) STRICT;
`;
