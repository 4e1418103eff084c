import type { AgendaColumn } from '../../shared/domain/settings';
import { sv } from '../strings.sv';

const columns = Object.keys(sv.agendaColumns) as AgendaColumn[];

/** What the agenda prints right of each title: pages, dnr, both or nothing. */
export function AgendaColumnSelect({ value, onChange }: { value: AgendaColumn; onChange: (c: AgendaColumn) => void }) {
  return (
    <label>
      {sv.meeting.agendaColumn}
      <select value={value} onChange={(e) => onChange(e.target.value as AgendaColumn)}>
        {columns.map((c) => (
          <option key={c} value={c}>
            {sv.agendaColumns[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
