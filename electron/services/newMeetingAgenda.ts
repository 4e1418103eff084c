import { randomUUID } from 'node:crypto';
import { type AgendaTemplate, recurringKinds } from '../../shared/domain/agendaTemplate';
import type { Db } from '../db/database';
import { insertItem, insertSection, listItems, listSections } from '../repos/agenda';
import type { TemplateService } from './TemplateService';

/**
 * A new meeting's agenda (MeetingService.create): the committee's standard agenda, the recurring
 * items of its previous meeting (else the standard agenda), or one empty section.
 */
export function startAgenda(
  db: Db,
  templates: TemplateService | undefined,
  meetingId: string,
  committeeId: string,
  start: 'template' | 'previous' | 'empty',
  now: string,
): void {
  let template: AgendaTemplate = { sections: [{ heading: null, items: [] }] };
  if (start === 'template' && templates) template = templates.get(committeeId).template;
  if (start === 'previous') {
    const previous = db
      .prepare(
        `SELECT id FROM meetings WHERE committee_id = ? AND id <> ? ORDER BY meeting_date DESC, start_time DESC, rowid DESC LIMIT 1`,
      )
      .get(committeeId, meetingId) as { id: string } | undefined;
    if (previous) {
      const items = listItems(db, previous.id);
      template = {
        sections: listSections(db, previous.id).map((s) => ({
          heading: s.heading,
          items: items
            .filter((i) => i.sectionId === s.id && i.kind !== null && recurringKinds.has(i.kind as never))
            .map((i) => ({
              title: i.title,
              kind: i.kind as AgendaTemplate['sections'][number]['items'][number]['kind'],
            })),
        })),
      };
      if (template.sections.length === 0) template = { sections: [{ heading: null, items: [] }] };
    } else if (templates) {
      template = templates.get(committeeId).template;
    }
  }
  template.sections.forEach((section, si) => {
    const sectionId = randomUUID();
    insertSection(db, { id: sectionId, meetingId, position: si, heading: section.heading, extra: null });
    section.items.forEach((item, ii) => {
      insertItem(
        db,
        {
          id: randomUUID(),
          sectionId,
          position: ii,
          title: item.title,
          dnr: null,
          kind: item.kind,
          presenter: null,
          public: 1,
          extra: null,
        },
        now,
      );
    });
  });
}
