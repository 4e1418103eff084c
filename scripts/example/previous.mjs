// The meeting before the example meeting: Kultur- och bildningsnämnden, 2026-02-11, held,
// justerad and with its protokoll (meeting.protokoll), so `kallelse protokoll|utdrag|anslag`
// print all three right after `npm run demo`. The example meeting itself (meeting.mjs) stays an
// editable draft. Every person is invented (people.mjs).

import { memberships, officials, packageHead } from './people.mjs';

const role = {
  ordforande: 'ordförande',
  forste_vice_ordforande: '1:e vice ordförande',
  andre_vice_ordforande: '2:e vice ordförande',
};

/** Who came: two ledamöter absent (their ersättare serve), four ersättare present, two tjänstemän. */
const absent = new Set(['Sofia Bergsjö', 'Patrik Sjödal']);
const ersattarePresent = new Set(['Birgitta Holmsund', 'Lena Kallvik', 'Gunnar Rödberg', 'Mats Ljusnedal']);
const officialsPresent = new Set([officials.direktor.name, officials.sekreterare.name, officials.strateg.name]);

function attendees() {
  return memberships()
    .filter((m) => m.name && m.category !== 'regionrad')
    .map((m) => {
      const present =
        m.category === 'ordinarie'
          ? !absent.has(m.name)
          : m.category === 'ersattare'
            ? ersattarePresent.has(m.name)
            : m.category === 'tjansteman'
              ? officialsPresent.has(m.name)
              : m.name === 'Lars Öhrvall';
      return {
        name: m.name,
        category: m.category,
        present,
        ...(m.party ? { party: m.party } : {}),
        ...(m.title ? { title: m.title } : {}),
        ...(m.presidiumRole ? { role: role[m.presidiumRole] } : {}),
      };
    });
}

const beslutar = (...points) => `Nämnden beslutar att\n\n${points.map((p) => `- ${p}`).join('\n')}`;

/** § 9: those who decide from § 9 (Henrik Tjärnström has left; Lena Kallvik serves for him). */
const votes = [
  ['Margareta Forsvik', 'S', 'ja'],
  ['Johan Ekelöw', 'M', 'ja'],
  ['Leila Haddad Ljungvik', 'C', 'ja'],
  ['Tomas Älvkvist', 'S', 'ja'],
  ['Birgitta Holmsund', 'S', 'ja'],
  ['Ingvar Nordmyr', 'SD', 'ja'],
  ['Amra Kovač Lund', 'S', 'ja'],
  ['Lena Kallvik', 'M', 'ja'],
  ['Elsa Granqvist', 'V', 'nej'],
  ['Gunnar Rödberg', 'SD', 'ja'],
  ['Maria Lövgren Haapala', 'L', 'ja'],
  ['Oskar Fjällmark', 'MP', 'nej'],
].map(([name, party, vote]) => ({ name, party, vote }));

const items = [
  { title: 'Upprop och val av protokollsjusterare', kind: 'justerare' },
  { title: 'Fastställande av dagordning', kind: 'dagordning' },
  { title: 'Föregående mötesprotokoll', kind: 'foregaende_protokoll' },
  { title: 'Anmälan av delegationsbeslut', dnr: 'RN 2026/13', kind: 'delegationsbeslut' },
  { title: 'Aktuell information', kind: 'aktuell_information' },
  { title: 'Årsplan för nämndens sammanträden 2026', dnr: 'RN 2025/870', kind: 'information' },
  { title: 'Kulturstipendier 2026', dnr: 'RN 2026/31', kind: 'beslut' },
  { title: 'Regionalt kulturpris 2026 – utseende av jury', dnr: 'RN 2026/38', kind: 'beslut' },
  { title: 'Yttrande över motion om fri entré till regionala museer', dnr: 'RN 2025/902', kind: 'beslut' },
  { title: 'Övriga frågor', kind: 'ovriga_fragor' },
];

const paragraphs = [
  {
    beslut: 'Till att jämte ordföranden justera dagens protokoll utses Leila Haddad Ljungvik (C).',
  },
  { beslut: 'Dagordningen fastställs.' },
  { beslut: 'Föregående mötesprotokoll läggs till handlingarna.' },
  {
    beslut: 'Delegationsbesluten anmäls och läggs till handlingarna.',
    beslutsunderlag: ['Förteckning över delegationsbeslut 2025-12-01–2026-01-31'],
  },
  {
    beslut: 'Informationen läggs till handlingarna.',
    sammanfattning: `${officials.direktor.name}, förvaltningsdirektör, informerar om arbetet med verksamhetsplanen och om lokalfrågan för länsmuseets magasin.`,
  },
  { beslut: 'Informationen läggs till handlingarna.' },
  {
    beslut: beslutar(
      'tilldela kulturstipendier 2026 om 30 000 kr vardera till de sex sökande som förvaltningen föreslår',
      'stipendierna delas ut vid regionens kulturdag den 6 juni 2026',
    ),
    sammanfattning:
      'Regionen delar varje år ut kulturstipendier till unga kulturutövare i länet. I år inkom 48 ansökningar. En beredningsgrupp har föreslagit sex stipendiater.',
    beslutsunderlag: ['Tjänsteskrivelse daterad 2026-01-22', 'Beredningsgruppens förslag till stipendiater 2026'],
    jav: ['Elsa Granqvist'],
    protokollsanteckningar: 'Elsa Granqvist (V) anmäler jäv eftersom en närstående finns bland de sökande.',
    beslutetSkickasTill: ['Stipendiaterna', 'Kultur och bildning, kulturenheten'],
  },
  {
    beslut: beslutar(
      'utse Johan Ekelöw (M), Amra Kovač Lund (S) och Oskar Fjällmark (MP) till jury för regionalt kulturpris 2026',
      'paragrafen justeras omedelbart',
    ),
    sammanfattning:
      'Juryn ska nominera pristagare före den 15 mars 2026; beslutet justeras omedelbart så att juryn kan börja arbeta.',
    beslutsunderlag: ['Tjänsteskrivelse daterad 2026-01-27'],
    omedelbarJustering: true,
    beslutetSkickasTill: ['Juryns ledamöter', 'Kultur och bildning, kulturenheten'],
  },
  {
    beslut: beslutar('föreslå regionfullmäktige att avslå motionen', 'anta förvaltningens yttrande som sitt eget'),
    sammanfattning:
      'I en motion föreslås att entrén till regionens museer ska vara fri för alla besökare. Förvaltningen bedömer att intäktsbortfallet, cirka 4,2 miljoner kronor per år, inte ryms i budgeten och föreslår att motionen avslås.',
    beslutsunderlag: ['Tjänsteskrivelse daterad 2026-01-20', 'Motion om fri entré till regionala museer'],
    yrkanden:
      'Elsa Granqvist (V) och Oskar Fjällmark (MP) yrkar bifall till motionen.\n\nMargareta Forsvik (S) yrkar bifall till förvaltningens förslag.',
    propositionsordning:
      'Ordföranden ställer proposition på förvaltningens förslag mot Elsa Granqvists yrkande och finner att nämnden beslutar enligt förvaltningens förslag. Votering begärs.\n\nNämnden godkänner följande voteringsproposition: Ja för förvaltningens förslag, nej för Elsa Granqvists yrkande.',
    omrostning: { proposition: 'Ja för förvaltningens förslag, nej för bifall till motionen', rows: votes },
    reservationer:
      'Elsa Granqvist (V) och Oskar Fjällmark (MP) reserverar sig mot beslutet till förmån för eget yrkande.',
    beslutetSkickasTill: ['Regionfullmäktige'],
  },
  { beslut: 'Inga övriga frågor anmäldes.' },
];

/** The previous meeting as a kallelse-package v1 with its protokoll. */
export function previousPackage() {
  return {
    ...packageHead(
      'Föregående sammanträde med justerat protokoll, för att prova protokoll, protokollsutdrag och anslagsbevis. Påhittat som exempelmötet. Skapas av scripts/make-example.mjs; ändra där, inte här.',
      { paragraphSeries: 'year' },
    ),
    meeting: {
      date: '2026-02-11',
      startTime: '09:00',
      endTime: '12:00',
      place: 'Regionhuset, sammanträdesrum Älven, Norrvik',
      status: 'justerad',
      agendaColumn: 'pages',
      sections: [{ heading: null, items: items.map((item, i) => ({ number: i + 1, ...item })) }],
      protokoll: {
        startTime: '09:00',
        endTime: '11:40',
        attendees: attendees(),
        attendanceChanges: [{ from: 9, name: 'Henrik Tjärnström', present: false }],
        secretary: officials.sekreterare.name,
        chair: 'Margareta Forsvik',
        justerare: ['Leila Haddad Ljungvik'],
        justeringPlace: 'Regionhuset, Norrvik',
        justeringDate: '2026-02-18',
        justerad: true,
        paragraphs: paragraphs.map((p, i) => ({
          number: i + 1,
          title: items[i].title,
          ...(items[i].dnr ? { dnr: items[i].dnr } : {}),
          ...p,
        })),
        anslag: {
          postedDate: '2026-02-19',
          storagePlace: 'Regionhuset, Kultur och bildnings kansli, Storgatan 12, Norrvik',
          signer: officials.sekreterare.name,
        },
      },
    },
  };
}
