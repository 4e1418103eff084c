import { AgendaTemplate, defaultAgendaTemplate } from '../../shared/domain/agendaTemplate';
import { AppError } from '../../shared/ipc/result';
import { getCommittee } from '../repos/registry';
import { deleteTemplate, getTemplateBody, putTemplateBody } from '../repos/templates';
import type { ServiceDeps } from './MeetingService';

/** The standard agenda per nämnd: the stored one, or the built-in default until one is saved. */
export class TemplateService {
  constructor(private readonly deps: ServiceDeps) {}

  get(committeeId: string): { template: AgendaTemplate; isDefault: boolean } {
    this.requireNamnd(committeeId);
    const body = getTemplateBody(this.deps.db, committeeId);
    if (body === undefined) return { template: structuredClone(defaultAgendaTemplate), isDefault: true };
    // A stored template was validated when written; parse again so a hand-edited database cannot slip through.
    const parsed = AgendaTemplate.safeParse(JSON.parse(body));
    return parsed.success
      ? { template: parsed.data, isDefault: false }
      : { template: structuredClone(defaultAgendaTemplate), isDefault: true };
  }

  set(committeeId: string, template: AgendaTemplate): { template: AgendaTemplate; isDefault: boolean } {
    this.requireNamnd(committeeId);
    putTemplateBody(
      this.deps.db,
      committeeId,
      JSON.stringify(AgendaTemplate.parse(template)),
      this.deps.now().toISOString(),
    );
    this.deps.events.emit('data:changed', { entities: ['templates'] });
    return this.get(committeeId);
  }

  /** Back to the built-in default. */
  reset(committeeId: string): { template: AgendaTemplate; isDefault: boolean } {
    this.requireNamnd(committeeId);
    deleteTemplate(this.deps.db, committeeId);
    this.deps.events.emit('data:changed', { entities: ['templates'] });
    return this.get(committeeId);
  }

  private requireNamnd(committeeId: string) {
    const c = getCommittee(this.deps.db, committeeId);
    if (!c || c.kind === 'presidium') throw new AppError('NOT_FOUND', 'Nämnden finns inte längre.', committeeId);
    return c;
  }
}
