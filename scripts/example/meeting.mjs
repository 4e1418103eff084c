// The example meeting as a kallelse-package v1 (shared/package/kallelse-package.schema.json):
// Kultur- och bildningsnämnden in the invented Region Norrvik, 2026-03-18. `file(path)` gives the
// FileRef (path + sha256) of a bilaga written by bilagor.mjs.

import { documents as decisionDocuments } from './decisions.mjs';
import { NAMND, officials, packageHead } from './people.mjs';
import { anchors, reviewRound, withId } from './review.mjs';

const protokoll = (paragraph, title, rest) => ({ type: 'protokollsutdrag', paragraph, title, ...rest });
const skickasTillNamnden = [NAMND];

/** @param {(path: string) => { path: string, sha256: string }} file */
export function examplePackage(file) {
  const pdf = (path, title, rest) => ({ type: 'pdf', title, file: file(path), ...rest });
  const d = decisionDocuments({ pdf, protokoll, skickasTillNamnden });
  return {
    ...packageHead(
      'Exempelmöte som följer med Kallelse. Region Norrvik, nämnden, personerna, organisationerna och ärendena är påhittade. Skapas av scripts/make-example.mjs; ändra där, inte här.',
    ),
    meeting: {
      date: '2026-03-18',
      startTime: '09:00',
      endTime: '12:00',
      place: 'Regionhuset, sammanträdesrum Älven, Norrvik',
      status: 'utkast',
      agendaColumn: 'pages',
      presidiumMeeting: {
        date: '2026-03-04',
        startTime: '08:30',
        place: 'Regionhuset, sammanträdesrum Tallen',
        paragraphFrom: 8,
        paragraphTo: 15,
      },
      sections: [
        {
          heading: null,
          items: [
            { number: 1, title: 'Upprop och val av protokollsjusterare', kind: 'justerare' },
            { number: 2, title: 'Fastställande av dagordning', kind: 'dagordning' },
            { number: 3, title: 'Föregående mötesprotokoll', kind: 'foregaende_protokoll' },
            {
              number: 4,
              title: 'Anmälan av informationshandlingar',
              dnr: 'RN 2026/12',
              kind: 'informationshandlingar',
              documents: [informationshandlingar()],
            },
            {
              number: 5,
              title: 'Anmälan av delegationsbeslut',
              dnr: 'RN 2026/11',
              kind: 'delegationsbeslut',
              documents: [delegationsbeslut()],
            },
            {
              number: 6,
              title: 'Inkomna remisser, promemorior och motioner',
              kind: 'remisser',
              documents: d.remisser,
            },
            { number: 7, title: 'Kurser och konferenser', kind: 'kurser_konferenser', documents: d.kurser },
          ],
        },
        {
          heading: 'Informationsärenden och aktuellt',
          items: [
            {
              number: 8,
              title: 'Aktuell information',
              kind: 'aktuell_information',
              presenter: `${officials.direktor.name}, ${officials.direktor.title.toLocaleLowerCase('sv-SE')}`,
            },
            {
              number: 9,
              title: 'Regional biblioteksplan 2026–2029 – lägesrapport',
              dnr: 'RN 2025/812',
              kind: 'information',
              presenter: `${officials.bibliotek.name}, ${officials.bibliotek.title.toLocaleLowerCase('sv-SE')}`,
            },
            {
              number: 10,
              title: 'Ekonomisk uppföljning februari 2026',
              dnr: 'RN 2026/35',
              kind: 'information',
              presenter: `${officials.ekonomichef.name}, ${officials.ekonomichef.title.toLocaleLowerCase('sv-SE')}`,
            },
          ],
        },
        {
          heading: 'Beslutsärenden för nämnden',
          items: [
            {
              number: 11,
              title: 'Verksamhetsbidrag 2026 till regionala kulturorganisationer',
              dnr: 'RN 2025/1190',
              kind: 'beslut',
              'x-id': anchors.bidrag,
              documents: withId(d.verksamhetsbidrag, 2, anchors.bidragBilaga),
            },
            {
              number: 12,
              title: 'Uppföljning av intern kontrollplan 2025',
              dnr: 'RN 2024/1533',
              kind: 'beslut',
              documents: d.internKontroll,
            },
            {
              number: 13,
              title: 'Remissvar – Kulturmiljöprogram för Norrviks kommun',
              dnr: 'RN 2026/88',
              kind: 'beslut',
              'x-id': anchors.kulturmiljo,
              documents: withId(d.kulturmiljo, 1, anchors.kulturmiljoTs),
            },
            {
              number: 14,
              title: 'Projektstöd till Norrviks filmdagar 2026',
              dnr: 'RN 2026/102',
              kind: 'beslut',
              'x-id': anchors.film,
              documents: withId(d.filmdagar, 1, anchors.filmTs),
            },
            {
              number: 15,
              title: 'Regional kulturplan 2027–2030 – process och tidplan',
              dnr: 'RN 2026/57',
              kind: 'beslut',
              documents: d.kulturplan,
            },
            {
              number: 16,
              title: 'Verksamhetsberättelse 2025',
              dnr: 'RN 2025/96',
              kind: 'beslut',
              documents: d.verksamhetsberattelse,
            },
          ],
        },
        { heading: 'Övrigt', items: [{ number: 17, title: 'Övriga frågor', kind: 'ovriga_fragor' }] },
      ],
      ...reviewRound(),
    },
  };
}

function informationshandlingar() {
  return {
    type: 'informationshandlingar',
    dnr: 'RN 2026/12',
    entries: [
      { category: 'Protokoll', text: `Protokoll ${NAMND} 2026-02-11` },
      { category: 'Protokoll', text: `Protokoll presidiet – ${NAMND} 2026-02-04` },
      { category: 'Protokoll', text: 'Protokoll styrelsen för Norrviks folkhögskola 2026-02-18' },
      {
        category: 'Inkomna handlingar',
        reference: 'RN 2026/131',
        text: 'Skrivelse från Norrviks hembygdsförbund om stöd till digitalisering av bygdearkiv',
      },
      {
        category: 'Utgående skrivelser',
        reference: 'RN 2026/74',
        text: 'Svar till Kulturrådet, uppföljning av kultursamverkansmodellen 2025',
      },
      { category: 'Cirkulär från SKR', reference: 'SKR, 26:05', text: 'Budgetförutsättningar för åren 2026–2029' },
      {
        category: 'Övrigt',
        text: 'Inbjudan från Länsstyrelsen i Norrviks län till dialogmöte om kulturmiljöarbetet, 2026-04-09',
      },
    ],
  };
}

function delegationsbeslut() {
  const row = (arendetyp, rubrik, dnr, beslutsdatum, delegat) => ({ arendetyp, rubrik, dnr, beslutsdatum, delegat });
  const { direktor, strateg, bibliotek } = officials;
  // Kept in the order they were reported, as in a real compilation (not sorted by date).
  return {
    type: 'delegationsbeslut',
    dnr: 'RN 2026/11',
    rows: [
      row('KBN 3.2.1', 'Arrangörsstöd, Strömsby bygdegårdsförening', 'RN 2026/41', '2026-01-20', strateg.name),
      row('KBN 3.2.1', 'Arrangörsstöd, Jazzklubben Norrsken', 'RN 2026/44', '2026-01-20', strateg.name),
      row('KBN 4.1.3', 'Avtal om bokbusstjänst, Fjällbygdens kommun', 'Avtal 26/3', '2026-01-27', bibliotek.name),
      row('KBN 3.2.1', 'Arrangörsstöd, Öjebackens byalag', 'RN 2026/52', '2026-01-22', strateg.name),
      row('KBN 2.4.1', 'Tillförordnad rektor Fjällbygdens folkhögskola', 'RN 2026/60', '2026-02-02', direktor.name),
      row('KBN 3.3.2', 'Stipendium unga kulturskapare, utlysning 2026', 'RN 2026/66', '2026-02-05', direktor.name),
      row('KBN 4.1.3', 'Samarbetsavtal läsfrämjande, Norrviks kommun', 'Avtal 26/7', '2026-02-09', bibliotek.name),
      row('KBN 3.2.1', 'Arrangörsstöd, Teaterföreningen Kulissen', 'RN 2026/79', '2026-02-12', strateg.name),
    ],
  };
}
