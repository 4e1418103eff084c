import { randomUUID } from 'node:crypto';
import type { BackendEvents, Services } from '../backend';
import { deltaFrom } from '../pdf/incremental';
import { writeAtomically } from '../pdf/writeAtomically';
import type { Handlers } from './dispatcher';
import { chooseExportTarget, chooseProtokollTarget, rememberExportFolder } from './exportPaths';
import { createReviewHandlers } from './reviewHandlers';

/** The print job's name in the system dialog and queue. */
const printTitles = {
  protokoll: 'Protokoll',
  omedelbar: 'Protokoll, omedelbar justering',
  utdrag: 'Protokollsutdrag',
  anslag: 'Anslagsbevis',
} as const;

/**
 * Channel → service method. Thin on purpose: no logic here, only the call and the change
 * event that tells the renderer which caches to refresh.
 */
export function createHandlers(services: Services, events: BackendEvents): Handlers {
  return {
    ...createReviewHandlers(services),
    'app:info': () => services.info(),
    'shell:takeOpened': () => services.openedFiles.take(),
    'settings:get': () => services.settings.get(),
    'settings:set': (patch) => {
      const next = services.settings.set(patch);
      events.emit('data:changed', { entities: ['settings'] });
      return next;
    },
    'settings:setLogo': (input) => {
      const next = services.settings.setLogo(input);
      events.emit('data:changed', { entities: ['settings', 'files'] });
      return next;
    },
    'settings:removeLogo': () => {
      const next = services.settings.removeLogo();
      events.emit('data:changed', { entities: ['settings'] });
      return next;
    },
    // Meetings and agenda: the services run each mutation in one transaction and emit data:changed.
    'meetings:list': (input) => services.meetings.list(input ?? {}),
    'meetings:recent': () => services.meetings.recent(),
    'meetings:get': ({ meetingId }) => services.meetings.get(meetingId),
    'meetings:open': ({ meetingId }) => services.meetings.open(meetingId),
    'meetings:create': (input) => services.meetings.create(input),
    'committees:list': () => services.meetings.committees(),
    'meetings:update': ({ meetingId, patch }) => services.meetings.update(meetingId, patch),
    'meetings:setStatus': ({ meetingId, status, reason }) => services.versions.changeStatus(meetingId, status, reason),
    'meetings:setAgendaColumn': ({ meetingId, agendaColumn }) =>
      services.meetings.setAgendaColumn(meetingId, agendaColumn),
    'meetings:freezeMembers': ({ meetingId }) => services.meetings.freezeMembers(meetingId),
    'meetings:unfreezeMembers': ({ meetingId }) => services.meetings.unfreezeMembers(meetingId),
    'meetings:delete': ({ meetingId, detach }) => services.meetings.delete(meetingId, { detach: detach === true }),
    'meetings:references': ({ meetingId }) => services.meetings.references(meetingId),
    'items:add': (input) => services.agenda.addItem(input),
    'items:update': ({ itemId, patch }) => services.agenda.updateItem(itemId, patch),
    'items:delete': ({ itemId }) => services.agenda.deleteItem(itemId),
    'items:move': ({ itemId, sectionId, position }) => services.agenda.moveItem(itemId, sectionId, position),
    'sections:add': ({ meetingId, heading, position }) => services.agenda.addSection(meetingId, heading, position),
    'sections:update': ({ sectionId, heading }) => services.agenda.updateSection(sectionId, heading),
    // The register kept in the app (RegisterService); each mutation is one transaction.
    'register:overview': () => services.register.overview(),
    'register:createCommittee': (input) => services.register.createCommittee(input),
    'register:updateCommittee': ({ committeeId, patch }) => services.register.updateCommittee(committeeId, patch),
    'register:get': ({ committeeId }) => services.register.get(committeeId),
    'register:addSeat': ({ committeeId, seat }) => services.register.addSeat(committeeId, seat),
    'register:updateSeat': ({ membershipId, seat }) => services.register.updateSeat(membershipId, seat),
    'register:endSeat': ({ membershipId, validTo }) => services.register.endSeat(membershipId, validTo),
    'register:reorder': ({ committeeId, order }) => services.register.reorder(committeeId, order),
    'register:printed': ({ committeeId, date }) => services.register.printed(committeeId, date),
    'register:people': () => services.register.people(),
    'register:person': ({ personId }) => services.register.person(personId),
    'register:previewImport': ({ committeeId, source }) => services.register.previewImport(committeeId, source),
    'register:commitImport': ({ committeeId, source }) => services.register.commitImport(committeeId, source),
    'meetings:addGuest': (input) => services.guests.addGuest(input),
    'meetings:removeGuest': ({ meetingId, guestId }) => services.guests.removeGuest(meetingId, guestId),
    // Documents of an item (DocumentService emits data:changed).
    'documents:get': ({ documentId }) => services.documents.get(documentId),
    'documents:add': ({ itemId, document, position }) => services.documents.add(itemId, document, position),
    'documents:update': ({ documentId, document }) => services.documents.update(documentId, document),
    'documents:remove': ({ documentId }) => services.documents.remove(documentId),
    'documents:restore': (snapshot) => services.documents.restore(snapshot),
    'documents:reorder': ({ itemId, documentIds }) => services.documents.reorder(itemId, documentIds),
    'documents:attach': ({ itemId, position }) => services.documents.attachFromDialog(itemId, position),
    'documents:drop': ({ itemId, files }) =>
      services.documents.attachBytes(
        itemId,
        files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })),
      ),
    'documents:replaceFile': ({ documentId }) => services.documents.replaceFromDialog(documentId),
    'documents:replaceDrop': ({ documentId, file }) =>
      services.documents.replaceBytes(documentId, {
        name: file.name,
        bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
      }),
    'documents:fileBytes': ({ documentId }) => ({
      base64: Buffer.from(services.documents.fileBytes(documentId)).toString('base64'),
    }),
    'sections:delete': ({ sectionId, items }) => services.agenda.deleteSection(sectionId, items),
    // The agenda builder (shared/ipc/channels/agendaBuilder.ts).
    'sections:move': ({ sectionId, position }) => services.agenda.moveSection(sectionId, position),
    'items:withdraw': ({ itemId, withdrawn }) => services.agenda.withdrawItem(itemId, withdrawn),
    'trash:restore': ({ trashId }) => services.agenda.restore(trashId),
    'templates:get': ({ committeeId }) => services.templates.get(committeeId),
    'templates:set': ({ committeeId, template }) => services.templates.set(committeeId, template),
    'templates:reset': ({ committeeId }) => services.templates.reset(committeeId),
    'meetings:changes': ({ meetingId }) => services.meetings.changes(meetingId),
    'samples:open': ({ sample }) => services.packages.importSample(sample),
    'packages:import': async (input) => {
      if (input?.resolve) return services.packages.resolveImport(input.resolve.token, input.resolve.choice);
      const source = await services.dialogs.chooseOpen({
        title: 'Importera mötespaket',
        filters: [{ name: 'Mötespaket', extensions: ['kallelse'] }],
      });
      return source ? services.packages.importOrAsk(source) : null;
    },
    'pdf:preview': async ({ meetingId, have }) => {
      const r = await services.previewAhead.preview(meetingId);
      // The window keeps the bytes it has: after an edit it gets only what was appended to them.
      const delta = r.versions ? deltaFrom(r.versions, have) : null;
      return {
        id: r.versions?.at(-1)?.id ?? randomUUID(),
        appendTo: delta ? have! : null,
        base64: Buffer.from(delta ? (r.file?.from(delta.offset) ?? r.bytes.subarray(delta.offset)) : r.bytes).toString(
          'base64',
        ),
        changedPages: delta ? delta.changed : null,
        pageCount: r.pageCount,
        kallelsePages: r.kallelsePages,
        items: r.items,
        warnings: r.warnings,
        warningTargets: r.warningTargets,
      };
    },
    'pdf:print': async ({ meetingId }) => {
      const r = await services.pdf.renderMeeting(meetingId);
      const m = services.meetings.get(meetingId);
      const printed = await services.printer.print(r.bytes, `${m.committee.shortName ?? m.committee.name} ${m.date}`);
      return { printed, pageCount: r.pageCount };
    },
    'pdf:export': async ({ meetingId }) => {
      const target = await chooseExportTarget(services, meetingId, 'pdf');
      if (!target) return null;
      const r = await services.pdf.exportMeeting(meetingId, target);
      rememberExportFolder(services, target);
      return { path: target, pageCount: r.pageCount, warnings: r.warnings };
    },
    'protokoll:get': ({ meetingId }) => services.protokoll.get(meetingId),
    'protokoll:create': ({ meetingId }) => services.protokoll.create(meetingId),
    'protokoll:update': ({ meetingId, protokoll }) => services.protokoll.update(meetingId, protokoll),
    'protokoll:justera': ({ meetingId, justeringDate }) => services.protokoll.justera(meetingId, justeringDate),
    'protokoll:export': async ({ meetingId, document, paragraphs }) => {
      // Rendered first: what is missing is said before the save dialog asks where.
      const { bytes, pageCount } = await services.protokoll.render(meetingId, document, paragraphs ?? []);
      const target = await chooseProtokollTarget(services, meetingId, document);
      if (!target) return null;
      writeAtomically(target, bytes);
      rememberExportFolder(services, target);
      return { path: target, pageCount };
    },
    'protokoll:print': async ({ meetingId, document, paragraphs }) => {
      const { bytes, pageCount } = await services.protokoll.render(meetingId, document, paragraphs ?? []);
      const m = services.meetings.get(meetingId);
      const title = `${printTitles[document]} ${m.committee.shortName ?? m.committee.name} ${m.date}`;
      return { printed: await services.printer.print(bytes, title), pageCount };
    },
    'protokoll:preview': async ({ meetingId }) => {
      const { bytes, pageCount } = await services.protokoll.render(meetingId, 'protokoll');
      return { base64: Buffer.from(bytes).toString('base64'), pageCount };
    },
    'pdf:cancelExport': () => ({ cancelled: services.pdf.cancelExport() }),
    'packages:export': async ({ meetingId }) => {
      const target = await chooseExportTarget(services, meetingId, 'kallelse');
      if (!target) return null;
      const written = await services.packages.writePackage(meetingId, target);
      rememberExportFolder(services, written.target);
      return { path: written.target, files: written.files, bytes: written.bytes };
    },
  };
}
