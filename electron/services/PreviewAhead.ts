import type { EventPayload } from '../../shared/ipc/events';
import type { BackendEvents } from '../backend';
import type { RenderResult } from '../pdf/renderKallelse';
import type { KallelsePdfService } from './KallelsePdfService';

type Render = { meetingId: string; changes: number; result: Promise<RenderResult> };

/**
 * Starts the preview's re-render as soon as an edit to the meeting the window shows is committed
 * (its data:changed), not when the window asks for it after the edit's reply has reached it and
 * its screen has updated: the render runs meanwhile. The window's next `pdf:preview` takes that
 * render when nothing has changed since it started; otherwise it renders as before. So the window
 * always gets a render started after the last change, as if it had asked at once.
 */
export class PreviewAhead {
  /** The meeting of the window's last preview; only its edits are rendered ahead. */
  private shown: string | undefined;
  /** Counts changes, so a render started before the latest one is never handed out. */
  private changes = 0;
  /** The render started ahead, until the window takes it. */
  private ahead: Render | undefined;
  /** The render running now (ahead or asked for): a second request for the same state joins it. */
  private running: Render | undefined;
  private pending: NodeJS.Immediate | undefined;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: { pdf: KallelsePdfService; events: BackendEvents }) {
    this.unsubscribe = deps.events.on('data:changed', (payload) => this.changed(payload));
  }

  /** The window's preview: the render started ahead for it, or a new one. */
  preview(meetingId: string): Promise<RenderResult> {
    this.shown = meetingId;
    const ahead = this.ahead;
    this.ahead = undefined;
    if (ahead && this.current(ahead, meetingId)) return ahead.result;
    // Asked twice for the same state (the edit's reply and its data:changed both ask): one render.
    if (this.running && this.current(this.running, meetingId)) return this.running.result;
    // Asked before the render ahead has started: this render is that one.
    clearImmediate(this.pending);
    this.pending = undefined;
    return this.start(meetingId).result;
  }

  close(): void {
    this.unsubscribe();
    clearImmediate(this.pending);
    this.shown = undefined;
    this.ahead = undefined;
    this.running = undefined;
  }

  private changed(payload: EventPayload<'data:changed'>): void {
    this.changes++;
    this.ahead = undefined;
    const meetingId = this.shown;
    if (meetingId === undefined) return;
    if (payload.meetingId !== undefined && payload.meetingId !== meetingId) return;
    // The same rule as the window's (previewSlice.previewDataChanged): the meeting list alone is not in the PDF.
    if (!payload.entities.some((e) => e !== 'meetings')) return;
    // After the current task: the edit's reply goes out first, and a burst of changes renders once.
    clearImmediate(this.pending);
    this.pending = setImmediate(() => {
      this.pending = undefined;
      this.ahead = this.start(meetingId);
    });
  }

  /** Started after the latest change, for this meeting. */
  private current(render: Render, meetingId: string): boolean {
    return render.meetingId === meetingId && render.changes === this.changes;
  }

  private start(meetingId: string): Render {
    const render: Render = { meetingId, changes: this.changes, result: this.deps.pdf.previewMeeting(meetingId) };
    this.running = render;
    const done = () => {
      if (this.running === render) this.running = undefined;
    };
    // A failure (or a newer render's cancel) reaches the window when it asks, as its own render would.
    render.result.then(done, done);
    return render;
  }
}
