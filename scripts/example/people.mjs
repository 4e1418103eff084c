// The register of the example nämnd. Every name is invented for the example meeting; a test checks
// that none of them is a name from the real ANA sample.

const ordinarie = [
  ['Margareta Forsvik', 'S', 'ordforande'],
  ['Johan Ekelöw', 'M', 'forste_vice_ordforande'],
  ['Leila Haddad Ljungvik', 'C', 'andre_vice_ordforande'],
  ['Tomas Älvkvist', 'S'],
  ['Sofia Bergsjö', 'S'],
  ['Ingvar Nordmyr', 'SD'],
  ['Amra Kovač Lund', 'S'],
  ['Henrik Tjärnström', 'M'],
  ['Elsa Granqvist', 'V'],
  [null, 'KD'],
  ['Patrik Sjödal', 'SD'],
  ['Maria Lövgren Haapala', 'L'],
  ['Oskar Fjällmark', 'MP'],
];
const ersattare = [
  ['Birgitta Holmsund', 'S'],
  ['Ali Rahimi Berg', 'S'],
  ['Lena Kallvik', 'M'],
  ['Nils-Erik Strömfors', 'C'],
  ['Sanna Westerlöf', 'S'],
  ['Gunnar Rödberg', 'SD'],
  ['Frida Åkerlind', 'M'],
  ['Mats Ljusnedal', 'V'],
  ['Rebecka Ödmark', 'KD'],
  ['Kent Tallberg', 'SD'],
  ['Hanna Norrlid', 'L'],
  ['Jonas Björkfors', 'MP'],
  ['Ewa Lidmark', 'S'],
];
export const NAMND = 'Kultur- och bildningsnämnden';

export const officials = {
  direktor: { name: 'Annika Sjöstrand', title: 'Förvaltningsdirektör' },
  ekonomichef: { name: 'Mikael Vretblad', title: 'Ekonomichef' },
  sekreterare: { name: 'Josefin Hällström', title: 'Nämndsekreterare' },
  strateg: { name: 'Daniel Ström Aho', title: 'Utvecklingsstrateg kultur' },
  bibliotek: { name: 'Cecilia Norrby', title: 'Regional bibliotekskonsulent' },
  controller: { name: 'Robin Alm', title: 'Verksamhetscontroller' },
};
const personal = [
  ['Lars Öhrvall', 'Vision'],
  ['Pia Kronlund', 'ersättare'],
];
const regionrad = [
  ['Gerd Hammarlund', 'S'],
  ['Stefan Brännvall', 'M'],
  ['Yvonne Ekman Sundin', 'C'],
];

/** The committee register in the exchange format's order: kallade first, then för kännedom. */
export function memberships() {
  const list = [];
  const push = (m) => list.push({ ...m, order: list.length });
  for (const [name, party, presidiumRole] of ordinarie) {
    push({
      ...(name ? { name } : { vacant: true }),
      category: 'ordinarie',
      group: 'kallade',
      party,
      ...(presidiumRole ? { presidiumRole } : {}),
    });
  }
  for (const key of ['direktor', 'ekonomichef', 'sekreterare', 'strateg', 'bibliotek']) {
    const o = officials[key];
    push({ name: o.name, category: 'tjansteman', group: 'kallade', title: o.title.toLocaleLowerCase('sv-SE') });
  }
  for (const [name, title] of personal) push({ name, category: 'personalrepresentant', group: 'kallade', title });
  for (const [name, party] of ersattare) push({ name, category: 'ersattare', group: 'for_kannedom', party });
  for (const [name, party] of regionrad) push({ name, category: 'regionrad', group: 'for_kannedom', party });
  return list;
}

/**
 * The start of an example package: format, the sample note, Region Norrvik and the nämnd with
 * its members (`committee` adds to the nämnd, e.g. its paragraph series).
 */
export function packageHead(description, committee = {}) {
  return {
    format: 'kallelse-package',
    version: 1,
    'x-sample': { description },
    organisation: { name: 'Region Norrvik', shortName: 'RN', dnrPrefix: 'RN' },
    committee: {
      name: NAMND,
      shortName: 'KBN',
      presidiumName: `Presidium - ${NAMND}`,
      memberships: memberships(),
      ...committee,
    },
  };
}
