import { sv } from '../strings.sv';

export function EmptyState() {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{sv.empty.heading}</h2>
      <p>{sv.empty.body}</p>
    </section>
  );
}
