import type { KallelsePackage, Protokollsutdrag } from '../package/model';
import { present, senderOf, watermarkFor } from './common';
import { type Block, bold, bulletList, DOC_MODEL_VERSION, type DocModel, heading, paragraph } from './docModel';
import { paragraphRange, protokollTid } from './format';
import { markdownToBlocks } from './markdown';

/**
 * Extract of one paragraph of the presidium's protocol (kallelse-anatomy §2.5, §4; §8 p. 21–23).
 * Header: `PROTOKOLL`, presidium name + `§§ 17-32`, `Tid: … kl. 09:00`, `Plats:`, the boxes
 * `Protokollsutdrag, bestyrkande` and `Justerare, signatur`. Body in the documented order:
 * `§ n`, title, `Diarienummer:`, jäv, `Beslut`, intro, points, closing, `Sammanfattning`,
 * `Beslutsunderlag`, `Yrkanden/förslag till beslut på sammanträde` (only if present),
 * `Beslutet skickas till`, `Beslutets antal sidor` + the extract's own page count.
 *
 * Decision points are printed as stored (the infinitive form is the author's wording); their
 * marker follows `decisionStyle`: a bullet, `1.` `2.`, or none ('plain'). A plain decision
 * without intro is printed directly under the title without the heading `Beslut`, as § 18 of
 * the 2022 package does.
 */
export function buildProtokollsutdrag(pkg: KallelsePackage, doc: Protokollsutdrag): DocModel {
  const { committee, meeting } = pkg;
  const presidium = committee.presidiumName?.trim() || `Presidium - ${committee.name}`;
  const pm = meeting.presidiumMeeting;
  const range = paragraphRange(pm?.paragraphFrom, pm?.paragraphTo);

  const headerLeft: Block[] = [paragraph(bold(range ? `${presidium} ${range}` : presidium))];
  if (pm) {
    headerLeft.push(paragraph(protokollTid(pm.date, pm.startTime), { spaceBefore: 0.3 }));
    headerLeft.push(paragraph(`Plats: ${pm.place}`));
  }

  const blocks: Block[] = [
    {
      type: 'columns',
      columns: [headerLeft, [{ type: 'boxes', labels: ['Protokollsutdrag, bestyrkande', 'Justerare, signatur'] }]],
    },
    { type: 'spacer', lines: 1 },
    paragraph(bold(`§ ${doc.paragraph}`), { keepWithNext: true }),
    paragraph(bold(doc.title), { style: 'subheading', keepWithNext: true }),
  ];
  if (doc.dnr) blocks.push(paragraph(`Diarienummer: ${doc.dnr}`, { spaceBefore: 0.3 }));
  for (const jav of present(doc.jav)) blocks.push(paragraph(jav, { spaceBefore: 0.3 }));

  const style = doc.decisionStyle ?? 'bullet';
  const points = present(doc.decisionPoints);
  const intro = doc.decisionIntro?.trim();
  const closing = doc.decisionClosing?.trim();
  if (intro || points.length > 0 || closing) {
    if (style !== 'plain' || intro) blocks.push(heading('Beslut'));
    else blocks.push({ type: 'spacer', lines: 0.5 });
    if (intro) blocks.push(paragraph(intro));
    if (points.length > 0) {
      if (style === 'plain') blocks.push(...points.map((p) => paragraph(p)));
      else if (style === 'numbered') {
        blocks.push({ type: 'list', style: 'numbered', start: 1, items: points.map((p) => [paragraph(p)]) });
      } else blocks.push(bulletList(points));
    }
    if (closing) blocks.push(paragraph(closing, { spaceBefore: 0.3 }));
  }
  if (doc.sammanfattning?.trim()) blocks.push(heading('Sammanfattning'), ...markdownToBlocks(doc.sammanfattning));
  const underlag = present(doc.beslutsunderlag);
  if (underlag.length > 0) blocks.push(heading('Beslutsunderlag'), bulletList(underlag));
  const yrkanden = present(doc.yrkanden);
  if (yrkanden.length > 0) {
    blocks.push(heading('Yrkanden/förslag till beslut på sammanträde'), ...yrkanden.map((y) => paragraph(y)));
  }
  const recipients = present(doc.beslutetSkickasTill);
  if (recipients.length > 0) blocks.push(heading('Beslutet skickas till'), paragraph(recipients.join('\n')));
  blocks.push(heading('Beslutets antal sidor'), paragraph('{m}'));

  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: 'protokollsutdrag',
    title: `Protokollsutdrag § ${doc.paragraph}`,
    template: {
      ...senderOf(pkg),
      headerFirst: ['PROTOKOLL'],
      headerRest: ['PROTOKOLL'],
      ...watermarkFor(pkg),
    },
    blocks,
  };
}
