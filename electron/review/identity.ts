import { parseExtras } from '../package/documentRow';

/**
 * The identity an exported meeting, item or document carries as `x-id`: the one it was
 * imported with, else its database id (see exportFromDb). Comments and versions anchor on it.
 */
export function keyOf(row: { id: string; extra: string | null }): string {
  const id = parseExtras(row.extra)['x-id'];
  return typeof id === 'string' && id !== '' ? id : row.id;
}

export function documentKeyOf(row: { id: string; body: string }): string {
  const id = (JSON.parse(row.body) as Record<string, unknown>)['x-id'];
  return typeof id === 'string' && id !== '' ? id : row.id;
}
