/**
 * Readable paths into kallelse.json for error messages: `meeting.sections[2].items[0].title`
 * rather than the JSON pointer `/meeting/sections/2/items/0/title`.
 */
export type PathSegment = string | number;

/** @example formatPath(['meeting', 'sections', 2, 'title']) // 'meeting.sections[2].title' */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** JSON pointer (RFC 6901) → segments; numeric segments become numbers. */
export function pointerSegments(pointer: string): PathSegment[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** @example pointerToPath('/meeting/sections/2/items/0/title') // 'meeting.sections[2].items[0].title' */
export const pointerToPath = (pointer: string): string => formatPath(pointerSegments(pointer));

/**
 * For a path inside an agenda item, its running number (1..N across sections), so a message
 * can say "ärende 12" as the secretary sees it. Null when the path is not inside an item.
 */
export function itemNumberAt(
  segments: readonly PathSegment[],
  sections: readonly { items?: readonly unknown[] }[] | undefined,
): number | null {
  if (segments[0] !== 'meeting' || segments[1] !== 'sections' || segments[3] !== 'items') return null;
  const si = segments[2];
  const ii = segments[4];
  if (typeof si !== 'number' || typeof ii !== 'number' || !Array.isArray(sections)) return null;
  let before = 0;
  for (let i = 0; i < si && i < sections.length; i++) before += sections[i]?.items?.length ?? 0;
  return before + ii + 1;
}
