// The example meeting's PDF bilagor, typeset here so the project owns every byte. Region Norrvik,
// its nämnd, the people, associations and figures are invented.
import { createPdf } from './pdfWriter.mjs';
import { internKontroll, verksamhetsberattelse } from './reports.mjs';

const kr = (n) => `${n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} kr`;

/** Item 6: a diarium printout, "Remisser februari 2026". */
async function remisser() {
  const w = createPdf({
    title: 'Remisser februari 2026',
    author: 'Region Norrvik',
    date: '2026-03-02',
    sender: 'Region Norrvik',
    label: (n, m) => `Sidan  ${n} av ${m}`,
  });
  w.heading('Dokument', 16).fields(
    [
      ['Utskriftsdatum:', '2026-03-02'],
      ['Utskriven av:', 'Josefin Hällström'],
      ['Diarieenhet:', 'Region Norrvik'],
      ['Sekretess:', 'Visas ej'],
      ['Beskrivning av sökning:', 'Remisser februari 2026'],
    ],
    160,
  );
  w.table(
    ['Id / I/U/K', 'Datum / Avsändare', 'Ärendenummer / Ärendemening', 'Ansvarig / Dokumenttyp'],
    [
      [
        '2026.1184  I',
        '2026-02-05\nNorrviks kommun',
        'RN 2026/88\nRemiss – Kulturmiljöprogram för Norrviks kommun',
        'Annika Sjöstrand\nREMISS\nSvar senast 31/3',
      ],
      [
        '2026.1240  I',
        '2026-02-09\nKulturdepartementet',
        'RN 2026/97\nRemiss – Betänkandet Läsning för alla i hela landet',
        'Cecilia Norrby\nREMISS\nSvar senast 15/4',
      ],
      [
        '2026.1302  I',
        '2026-02-16\nLänsstyrelsen i Norrviks län',
        'RN 2026/110\nRemiss – Regional handlingsplan för kulturmiljöarbetet 2026–2028',
        'Daniel Ström Aho\nREMISS\nSvar senast 24/4',
      ],
      [
        '2026.1355  K',
        '2026-02-23\nRegion Norrvik, regionstyrelsen',
        'RN 2026/121\nPromemoria – Samordnad lokalförsörjning för folkhögskolorna',
        'Mikael Vretblad\nPROMEMORIA\nHos Mikael Vretblad',
      ],
    ],
    { columns: [1.1, 1.6, 2.6, 1.6] },
  );
  return w.finish();
}

/** Item 7: an invitation, one page. */
async function kulturkonferens() {
  const w = createPdf({
    title: 'Inbjudan – Kulturkonferens Norr 2026',
    author: 'Kultursamverkan Norr',
    date: '2026-02-12',
    sender: 'Kultursamverkan Norr',
    footer: 'Kultursamverkan Norr är ett samarbete mellan regionerna i norra Sverige.',
  });
  w.heading('Välkommen till Kulturkonferens Norr 2026', 20)
    .paragraph('Kultur som bär – om landsbygd, läsning och unga kulturskapare', { italic: true, size: 13 })
    .space(0.5)
    .fields([
      ['Datum', '22–23 april 2026'],
      ['Plats', 'Kulturhuset Strömmen, Norrvik'],
      ['Målgrupp', 'Förtroendevalda och tjänstepersoner inom kultur och bildning i regioner och kommuner'],
      ['Avgift', `${kr(1950)} exkl. moms, inklusive lunch och konferensmiddag`],
      ['Sista anmälningsdag', '27 mars 2026'],
    ])
    .subheading('Program i urval')
    .bullets([
      'Dag 1: Kulturplanen som verktyg – erfarenheter från fyra regioner. Samtal om kultursamverkansmodellen och det regionala uppdraget.',
      'Dag 1: Läsfrämjande på landsbygden – bokbussar, meröppna bibliotek och skolbibliotek i samverkan.',
      'Dag 2: Unga kulturskapare – hur skapar vi vägar in i yrkeslivet? Workshop med studieförbund och folkhögskolor.',
      'Dag 2: Kulturmiljö och besöksnäring – när kulturarvet blir en motor för platsutveckling.',
    ])
    .paragraph(
      'Anmälan görs via Kultursamverkan Norrs webbplats. Ange eventuella allergier och önskemål om specialkost vid anmälan. Konferensen tillgänglighetsanpassas; hör av dig om du behöver hörslinga, teckenspråkstolk eller annat stöd.',
    )
    .paragraph('Varmt välkommen!', { bold: true });
  return w.finish();
}

/** Item 11: the proposed distribution of verksamhetsbidrag, with a landscape page of the full table. */
async function verksamhetsbidrag() {
  const w = createPdf({
    title: 'Förslag till fördelning av verksamhetsbidrag 2026',
    author: 'Region Norrvik, Kultur och bildning',
    date: '2026-02-19',
    sender: 'Region Norrvik',
    label: (n, m) => `Bilaga ${n}(${m})\nRN 2025/1190`,
  });
  const rows = [
    ['Länsteatern i Norrvik AB', 'Scenkonst', 5_200_000, 5_350_000, 5_350_000],
    ['Norrvikens musik ideell förening', 'Musik', 2_850_000, 3_100_000, 2_930_000],
    ['Stiftelsen Norrviks läns museum', 'Kulturarv', 3_400_000, 3_500_000, 3_500_000],
    ['Hemslöjden i Norrviks län', 'Hemslöjd', 610_000, 680_000, 630_000],
    ['Filmpool Norrvik', 'Film', 1_120_000, 1_400_000, 1_180_000],
    ['Dansnätverket Norr', 'Dans', 450_000, 520_000, 470_000],
    ['Norrviks läns bildningsförbund', 'Folkbildning', 280_000, 300_000, 290_000],
  ];
  const sum = (i) => rows.reduce((a, r) => a + r[i], 0);
  w.heading('Förslag till fördelning av verksamhetsbidrag 2026', 16)
    .paragraph(
      'Bidragen fördelas inom ramen för den regionala kulturplanen och kultursamverkansmodellen. Beloppen avser regionens del; statliga medel via Kulturrådet tillkommer för de organisationer som ingår i modellen.',
    )
    .table(
      ['Organisation', 'Område', 'Beviljat 2025', 'Förslag 2026'],
      [...rows.map((r) => [r[0], r[1], kr(r[2]), kr(r[4])]), ['Summa', '', kr(sum(2)), kr(sum(4))]],
      { columns: [3, 1.4, 1.4, 1.4], align: ['left', 'left', 'right', 'right'], bold: [rows.length] },
    )
    .paragraph(
      'Ökningen mot 2025 avser främst uppräkning för löne- och prisutveckling (1,8 %) samt en förstärkning av Länsteaterns turnéverksamhet i länets inland. En fullständig sammanställning med ansökta belopp och kommentarer finns på nästa sida.',
    );
  w.newPage({ size: 'A4', layout: 'landscape' });
  w.heading('Sammanställning av ansökningar och förslag 2026', 14).table(
    ['Organisation', 'Område', 'Beviljat 2025', 'Ansökt 2026', 'Förslag 2026', 'Kommentar'],
    [
      ...rows.map((r, i) => [
        r[0],
        r[1],
        kr(r[2]),
        kr(r[3]),
        kr(r[4]),
        [
          'Full uppräkning; turnéer i inlandet prioriteras.',
          'Delvis ökning; ny kammarorkesterserie finansieras i samverkan med kommunerna.',
          'Enligt ansökan; digitalisering av samlingarna fortsätter.',
          'Uppräkning; hantverkskurser för unga.',
          'Delvis ökning; regionala produktionsmedel för kortfilm.',
          'Uppräkning; residens för koreografer.',
          'Uppräkning.',
        ][i],
      ]),
      ['Summa', '', kr(sum(2)), kr(sum(3)), kr(sum(4)), ''],
    ],
    {
      columns: [2.6, 1.1, 1.3, 1.3, 1.3, 3.2],
      align: ['left', 'left', 'right', 'right', 'right', 'left'],
      bold: [rows.length],
    },
  );
  return w.finish();
}

/** Item 13: the kommun's remiss, three pages. */
async function kulturmiljoprogram() {
  const w = createPdf({
    title: 'Remiss – Kulturmiljöprogram för Norrviks kommun',
    author: 'Norrviks kommun, Samhällsbyggnadsförvaltningen',
    date: '2026-02-05',
    sender: 'Norrviks kommun',
    label: (n, m) => `REMISS ${n}(${m})\nDnr KS 2025/412`,
    footer: 'Norrviks kommun · Samhällsbyggnadsförvaltningen · Rådhustorget 1, 870 10 Norrvik',
  });
  w.paragraph('Till remissinstanserna enligt sändlista', { italic: true })
    .heading('Remiss – Kulturmiljöprogram för Norrviks kommun', 16)
    .paragraph(
      'Norrviks kommun har tagit fram ett förslag till kulturmiljöprogram. Programmet beskriver kommunens värdefulla kulturmiljöer och hur de ska tas tillvara i planering och bygglov. Det ska vara ett kunskapsunderlag för översiktsplanen och ett stöd för fastighetsägare, föreningar och kommunens egna förvaltningar.',
    )
    .paragraph(
      'Kommunen välkomnar synpunkter på förslaget i sin helhet och särskilt på de frågor som anges nedan. Svaret ska ha kommit in till kommunen senast den 31 mars 2026. Ange diarienummer KS 2025/412 i svaret.',
    )
    .subheading('Frågor till remissinstanserna')
    .bullets([
      'Är urvalet av kulturmiljöer representativt för kommunens historia, även för 1900-talets industri- och bostadsmiljöer?',
      'Hur kan programmet bidra till att kulturmiljöerna används för besöksnäring och lokal utveckling?',
      'Finns det behov av samverkan med regionen och länsmuseet i det fortsatta arbetet?',
    ]);
  w.newPage()
    .subheading('Förslagets innehåll i korthet')
    .paragraph(
      'Programmet pekar ut 24 sammanhängande kulturmiljöer, från fäbodvallar och flottledsmiljöer längs Norrviksälven till stationssamhället Strömsby och bostadsområdet Tallbacken från 1950-talet. För varje miljö redovisas en kort historik, vilka värden som bär miljön och rekommendationer för förändringar.',
    )
    .table(
      ['Kategori', 'Antal miljöer', 'Exempel'],
      [
        ['Jordbruk och fäbodbruk', '6', 'Fäbodvallen Lillsätern, byn Öjebacken'],
        ['Flottning och sågverk', '4', 'Flottledsdammen vid Storforsen'],
        ['Järnväg och kommunikationer', '3', 'Stationssamhället Strömsby'],
        ['Industri och bostäder', '5', 'Tallbacken, Verkstadsgatan'],
        ['Kyrkliga och offentliga miljöer', '6', 'Norrviks kyrkstad, gamla läroverket'],
      ],
      { columns: [2.2, 1, 3] },
    )
    .paragraph(
      'Programmet föreslår att kommunen tar fram varsamhetsbestämmelser i detaljplaner för de mest känsliga miljöerna och att en kommunal kulturmiljörådgivning inrättas i samverkan med länsmuseet.',
    );
  w.newPage()
    .subheading('Sändlista')
    .bullets([
      'Region Norrvik',
      'Länsstyrelsen i Norrviks län',
      'Stiftelsen Norrviks läns museum',
      'Norrviks hembygdsförbund',
      'Svenska kyrkan, Norrviks församling',
      'Samtliga politiska partier i kommunfullmäktige',
    ])
    .space(2)
    .paragraph('Norrviks kommun, samhällsbyggnadsförvaltningen')
    .paragraph('Kerstin Bålsta Nyberg\nPlanchef');
  return w.finish();
}

/** Item 14: an application for project support, a form over three pages. */
async function filmdagar() {
  const w = createPdf({
    title: 'Ansökan om projektstöd – Norrviks filmdagar 2026',
    author: 'Föreningen Norrviks filmdagar',
    date: '2026-01-30',
    sender: 'Region Norrvik',
    label: (n, m) => `Ansökan om projektstöd, sida ${n} (${m})`,
    footer:
      'Blanketten skickas till Region Norrvik, Kultur och bildning. Personuppgifter hanteras enligt dataskyddsförordningen.',
  });
  w.heading('Ansökan om projektstöd inom kultur', 16)
    .subheading('1. Sökande')
    .fields([
      ['Organisation', 'Föreningen Norrviks filmdagar'],
      ['Organisationsnummer', '802999-0142'],
      ['Kontaktperson', 'Vera Lidholm, verksamhetsledare'],
      ['Postadress', 'Biografgatan 4, 870 10 Norrvik'],
    ])
    .subheading('2. Projektet')
    .fields([
      ['Projektets namn', 'Norrviks filmdagar 2026 – film för hela länet'],
      ['Projektperiod', '2026-04-01 – 2026-11-30'],
      ['Sökt belopp', kr(450_000)],
      ['Total budget', kr(1_310_000)],
    ])
    .subheading('3. Beskrivning')
    .paragraph(
      'Norrviks filmdagar arrangeras för femte året i rad. 2026 vill föreningen för första gången ta festivalen ut i länet: utöver fyra dagar i Norrvik i oktober visas ett urval av filmerna på biografer och bygdegårdar i sex av länets kommuner. Skolvisningar med filmpedagogiska samtal erbjuds årskurs 7–9 och gymnasiet.',
    );
  w.newPage()
    .subheading('4. Mål och målgrupper')
    .bullets([
      'Minst 4 500 besök, varav 1 500 skolelever.',
      'Visningar på minst tolv orter utanför centralorten.',
      'Ett nytt samarbete med Filmpool Norrvik om en kortfilmstävling för unga filmare under 26 år.',
    ])
    .subheading('5. Budget')
    .table(
      ['Kostnader', 'Belopp', 'Intäkter', 'Belopp'],
      [
        ['Filmhyror och visningsrätter', kr(310_000), 'Sökt stöd Region Norrvik', kr(450_000)],
        ['Resor och logi, gäster', kr(240_000), 'Kommunerna i länet', kr(300_000)],
        ['Teknik och lokaler', kr(280_000), 'Filminstitutet (sökt)', kr(250_000)],
        ['Filmpedagogik i skolor', kr(190_000), 'Biljettintäkter', kr(220_000)],
        ['Marknadsföring', kr(140_000), 'Sponsorer', kr(90_000)],
        ['Administration', kr(150_000), '', ''],
        ['Summa', kr(1_310_000), 'Summa', kr(1_310_000)],
      ],
      { columns: [2.4, 1.3, 2.4, 1.3], align: ['left', 'right', 'left', 'right'], bold: [6] },
    );
  w.newPage()
    .subheading('6. Uppföljning')
    .paragraph(
      'Föreningen redovisar besöksstatistik per ort och målgrupp, ett urval av publikens och skolornas omdömen samt en ekonomisk redovisning senast tre månader efter projektperiodens slut.',
    )
    .subheading('7. Underskrift')
    .paragraph('Jag intygar att uppgifterna i ansökan är riktiga.')
    .space(1.5)
    .fields([
      ['Ort och datum', 'Norrvik 2026-01-30'],
      ['Namnförtydligande', 'Vera Lidholm'],
      ['Befattning', 'Verksamhetsledare, Föreningen Norrviks filmdagar'],
    ]);
  return w.finish();
}

/** Every bilaga, by its path in the package. */
export const bilagor = {
  'bilagor/remisser-februari-2026.pdf': remisser,
  'bilagor/inbjudan-kulturkonferens-norr-2026.pdf': kulturkonferens,
  'bilagor/forslag-fordelning-verksamhetsbidrag-2026.pdf': verksamhetsbidrag,
  'bilagor/intern-kontrollplan-2025-sammanfattande-rapport.pdf': internKontroll,
  'bilagor/remiss-kulturmiljoprogram-norrviks-kommun.pdf': kulturmiljoprogram,
  'bilagor/ansokan-projektstod-norrviks-filmdagar-2026.pdf': filmdagar,
  'bilagor/verksamhetsberattelse-2025-kultur-och-bildning.pdf': verksamhetsberattelse,
};
