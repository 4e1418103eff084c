import type { KallelsePackage, Tjansteskrivelse } from '../package/model';
import { present, senderOf, watermarkFor } from './common';
import { type Block, bold, bulletList, DOC_MODEL_VERSION, type DocModel, heading, paragraph } from './docModel';
import { markdownToBlocks } from './markdown';

/**
 * Tjänsteskrivelse and missiv share one template (kallelse-anatomy §2.6–2.7; §8 p. 24–28).
 * Header: `TJÄNSTESKRIVELSE n(m)` (or `MISSIV n(m)`) with `date dnr` on page 1 and the dnr
 * alone on later pages. Body: addressee, title, `Förslag till beslut`, subject, points
 * (bullet or numbered), `Sammanfattning`, `Information i ärendet`, `Beslutsunderlag`
 * (bullets), `Beslut skickas till`, the signature unit in capitals and the signatories
 * (name, title, optional unit) — names only, no signature line or date.
 */
export function buildTjansteskrivelse(pkg: KallelsePackage, doc: Tjansteskrivelse): DocModel {
  const label = doc.type === 'missiv' ? 'MISSIV' : 'TJÄNSTESKRIVELSE';
  const dnr = doc.dnr?.trim();
  const blocks: Block[] = [];

  const addressee = doc.addressee?.trim();
  if (addressee) blocks.push(paragraph(addressee, { position: 'rightHalf' }), { type: 'spacer', lines: 1.5 });
  blocks.push(paragraph(doc.title, { style: 'title', keepWithNext: true }));

  const forslag = doc.forslagTillBeslut;
  const points = present(forslag?.points);
  if (forslag?.subject?.trim() || points.length > 0) {
    blocks.push(heading('Förslag till beslut'));
    if (forslag?.subject?.trim()) blocks.push(paragraph(forslag.subject.trim()));
    if (points.length > 0) {
      blocks.push(
        forslag?.style === 'numbered'
          ? { type: 'list', style: 'numbered', start: 1, items: points.map((p) => [paragraph(p)]) }
          : bulletList(points),
      );
    }
  }
  if (doc.sammanfattning?.trim()) blocks.push(heading('Sammanfattning'), ...markdownToBlocks(doc.sammanfattning));
  if (doc.informationIArendet?.trim()) {
    blocks.push(heading('Information i ärendet'), ...markdownToBlocks(doc.informationIArendet));
  }
  const underlag = present(doc.beslutsunderlag);
  if (underlag.length > 0) blocks.push(heading('Beslutsunderlag'), bulletList(underlag));
  const recipients = present(doc.beslutSkickasTill);
  if (recipients.length > 0) blocks.push(heading('Beslut skickas till'), paragraph(recipients.join('\n')));

  const signatories = (doc.signatories ?? []).filter((s) => s.name.trim());
  const unit = doc.signatureUnit?.trim();
  if (unit || signatories.length > 0) {
    blocks.push({ type: 'spacer', lines: 1.5 });
    const signature: Block[] = [];
    if (unit) signature.push(paragraph(bold(unit.toLocaleUpperCase('sv-SE')), { keepWithNext: true }));
    // Two signatories side by side per row, as in the RJL template.
    for (let i = 0; i < signatories.length; i += 2) {
      signature.push({
        type: 'columns',
        keepTogether: true,
        columns: signatories
          .slice(i, i + 2)
          .map((s) => [
            paragraph(s.name.trim(), { spaceBefore: 1 }),
            ...present([s.title, s.unit]).map((line) => paragraph(line)),
          ]),
      });
    }
    blocks.push({ type: 'columns', keepTogether: true, columns: [signature] });
  }

  return {
    schemaVersion: DOC_MODEL_VERSION,
    kind: doc.type,
    title: `${doc.type === 'missiv' ? 'Missiv' : 'Tjänsteskrivelse'} ${doc.date}`,
    template: {
      ...senderOf(pkg),
      headerFirst: [`${label} {n}({m})`, dnr ? `${doc.date} ${dnr}` : doc.date],
      headerRest: dnr ? [`${label} {n}({m})`, dnr] : [`${label} {n}({m})`],
      ...watermarkFor(pkg),
    },
    blocks,
  };
}
