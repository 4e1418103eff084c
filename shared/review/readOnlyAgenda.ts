import type { ReadOnlyItem } from '../domain/review';
import type { KallelsePackage } from '../package/model';
import { documentLabel } from './labels';

const xId = (value: object): string | undefined => {
  const id = (value as Record<string, unknown>)['x-id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
};

/**
 * The agenda of a package as read-only views list it, with the identity every anchor uses:
 * `x-id` where the exporter wrote one (Kallelse always does), else a key from the position,
 * which is only good within this one package.
 */
export function readOnlyAgenda(pkg: KallelsePackage): ReadOnlyItem[] {
  const out: ReadOnlyItem[] = [];
  for (const section of pkg.meeting.sections) {
    for (const item of section.items) {
      const number = item.number ?? out.length + 1;
      const key = xId(item) ?? `punkt-${out.length + 1}`;
      out.push({
        key,
        number,
        title: item.title,
        dnr: item.dnr ?? null,
        section: section.heading ?? null,
        documents: (item.documents ?? []).map((doc, i) => ({
          key: xId(doc) ?? `${key}-handling-${i + 1}`,
          title: documentLabel(doc),
        })),
      });
    }
  }
  return out;
}
