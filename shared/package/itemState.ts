/**
 * Two item states of a sent kallelse, carried in the package as `x-` properties (format v1
 * allows them on every object): a withdrawn item (`utgår`, keeps its number) and an item added
 * after sending (`Extra ärende`, numbered after the last).
 */
export const ITEM_WITHDRAWN = 'x-kallelse-utgar';
export const ITEM_EXTRA = 'x-kallelse-extraArende';

export const isWithdrawn = (item: object): boolean => (item as Record<string, unknown>)[ITEM_WITHDRAWN] === true;
export const isExtraItem = (item: object): boolean => (item as Record<string, unknown>)[ITEM_EXTRA] === true;

/** The title as the agenda prints it: `Extra ärende: …` first, `– utgår` last. */
export function agendaTitle(item: { title: string }): string {
  const title = isExtraItem(item) ? `Extra ärende: ${item.title}` : item.title;
  return isWithdrawn(item) ? `${title} – utgår` : title;
}
