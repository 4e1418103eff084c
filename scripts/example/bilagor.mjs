// The example meeting's PDF bilagor, typeset here so the project owns every byte. Region Norrvik,
// its nämnd, the people, associations and figures are invented.
import { createPdf } from './pdfWriter.mjs';

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

/** Item 12: the intern kontroll report, four pages. */
async function internKontroll() {
  const w = createPdf({
    title: 'Uppföljning av intern kontrollplan 2025, sammanfattande rapport',
    author: 'Region Norrvik, Regionledningskontoret',
    date: '2026-01-28',
    sender: 'Region Norrvik',
    label: (n, m) => (n === 1 ? `${n}(${m})\n2026-01-28 RN 2024/1533` : `${n}(${m})\nRN 2024/1533`),
  });
  w.heading('Uppföljning av intern kontrollplan 2025', 18)
    .paragraph('Sammanfattande rapport för Kultur- och bildningsnämnden', { italic: true, size: 12 })
    .subheading('Inledning')
    .paragraph(
      'Nämnden antog i december 2024 en intern kontrollplan för 2025 med fem kontrollmoment. Rapporten sammanfattar vad som har kontrollerats, vilka iakttagelser som gjorts och vilka åtgärder som föreslås. Kontrollerna har genomförts av regionledningskontorets controllerfunktion i samverkan med verksamheterna inom kultur och bildning.',
    )
    .subheading('Sammanfattning av resultatet')
    .table(
      ['Kontrollmoment', 'Resultat', 'Bedömning'],
      [
        ['1. Attest av leverantörsfakturor', '98,4 % korrekt attesterade', 'Godtagbart'],
        ['2. Redovisning av verksamhetsbidrag', '11 av 13 redovisningar i tid', 'Förbättring krävs'],
        ['3. Direktupphandlingar under gränsvärdet', '2 av 20 saknade dokumentation', 'Förbättring krävs'],
        ['4. Diarieföring av inkomna handlingar', 'Registrerade inom 2 dagar i 95 % av fallen', 'Godtagbart'],
        [
          '5. Hantering av personuppgifter i kursverksamheten',
          'Rutin finns men är inte känd av alla',
          'Förbättring krävs',
        ],
      ],
      { columns: [2.6, 2.4, 1.3] },
    );
  const moments = [
    [
      'Kontrollmoment 1: Attest av leverantörsfakturor',
      'Ett slumpmässigt urval om 250 fakturor från perioden januari–september 2025 har granskats. 246 fakturor var attesterade av behörig attestant enligt attestförteckningen. De fyra avvikelserna gällde fakturor som attesterats av ersättare under semesterperioden utan att ersättarordningen var dokumenterad.',
      [
        'Attestförteckningen kompletteras med ersättare under semesterperioder.',
        'Påminnelse om attestreglerna skickas till samtliga attestanter inför sommaren.',
      ],
    ],
    [
      'Kontrollmoment 2: Redovisning av verksamhetsbidrag',
      'Av tretton organisationer med verksamhetsbidrag 2024 lämnade elva sin redovisning senast den 30 april 2025. Två organisationer lämnade redovisning under juni efter påminnelse. Redovisningarna var i huvudsak fullständiga, men i tre fall saknades uppgift om antal deltagare fördelat på ålder och kön.',
      [
        'Redovisningsmallen förtydligas med obligatoriska uppgifter.',
        'Utbetalning av första delen av nästa års bidrag villkoras av inlämnad redovisning.',
      ],
    ],
    [
      'Kontrollmoment 3: Direktupphandlingar under gränsvärdet',
      'Tjugo direktupphandlingar har granskats. I arton fall fanns dokumentation av behov, tillfrågade leverantörer och motivering av valet. I två fall, båda avseende tekniska tjänster vid evenemang, saknades dokumentation helt.',
      ['Utbildning i direktupphandling erbjuds enhetschefer under våren 2026.'],
    ],
    [
      'Kontrollmoment 4: Diarieföring av inkomna handlingar',
      'Registreringen av allmänna handlingar som kommer in till nämnden har kontrollerats under två mätveckor. 95 procent registrerades inom två arbetsdagar, vilket motsvarar målet i regionens dokumenthanteringsplan.',
      ['Inga särskilda åtgärder föreslås.'],
    ],
    [
      'Kontrollmoment 5: Personuppgifter i kursverksamheten',
      'Folkhögskolornas och kulturverksamheternas hantering av deltagarlistor har granskats. Det finns en rutin för gallring, men intervjuerna visar att den inte är känd av alla medarbetare och att äldre listor i vissa fall sparats i gemensamma mappar.',
      [
        'Rutinen för gallring av deltagarlistor kommuniceras på arbetsplatsträffar.',
        'Gemensamma mappar ses över och äldre listor gallras senast den 30 juni 2026.',
      ],
    ],
  ];
  w.newPage();
  moments.forEach(([title, text, actions], i) => {
    if (i === 3) w.newPage();
    w.subheading(title).paragraph(text).paragraph('Föreslagna åtgärder:', { bold: true }).bullets(actions);
  });
  w.newPage()
    .subheading('Fortsatt arbete')
    .paragraph(
      'Regionledningskontoret följer upp de föreslagna åtgärderna i samband med delårsrapporten per augusti 2026. Kontrollmoment 2 och 3 föreslås ingå även i nämndens interna kontrollplan för 2026, eftersom förbättringar krävs.',
    )
    .paragraph(
      'Mer detaljerade rapporter för varje kontrollmoment har löpande delgivits förvaltningsdirektören och finns tillgängliga hos regionledningskontoret.',
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

/** Item 16: the förvaltning's annual report, six pages. */
async function verksamhetsberattelse() {
  const w = createPdf({
    title: 'Verksamhetsberättelse 2025 – Kultur och bildning',
    author: 'Region Norrvik, Kultur och bildning',
    date: '2026-02-16',
    sender: 'Region Norrvik',
    label: (n, m) => `Kultur och bildning, Verksamhetsberättelse ${n}(${m})`,
  });
  w.space(8)
    .heading('Verksamhetsberättelse 2025', 26)
    .paragraph('Kultur och bildning', { size: 16 })
    .paragraph('Kultur- och bildningsnämnden, Region Norrvik', { italic: true, size: 12 });
  w.newPage()
    .heading('Innehåll', 16)
    .table(
      ['Avsnitt', 'Sida'],
      [
        ['1. Året i korthet', '3'],
        ['2. Måluppfyllelse', '3'],
        ['3. Verksamhet', '4'],
        ['4. Ekonomi', '5'],
        ['5. Medarbetare', '6'],
        ['6. Framåtblick', '6'],
      ],
      { columns: [5, 1], align: ['left', 'right'] },
    );
  w.newPage()
    .heading('1. Året i korthet', 15)
    .paragraph(
      'År 2025 präglades av arbetet med att nå fler i hela länet. Länsteatern turnerade till 19 orter, folkhögskolorna ökade antalet deltagare i allmän kurs och den nya bokbussen i inlandet invigdes i augusti. Samtidigt var kostnadsläget ansträngt, och förvaltningen har genomfört åtgärder för att hålla budgeten.',
    )
    .heading('2. Måluppfyllelse', 15)
    .table(
      ['Mål', 'Mätetal', 'Målvärde', 'Resultat', 'Bedömning'],
      [
        ['Kultur i hela länet', 'Orter med regional kulturverksamhet', '25', '27', 'Uppfyllt'],
        ['Fler unga deltar', 'Deltagare under 26 år i kulturskoleverksamhet', '3 200', '3 055', 'Delvis'],
        ['Folkbildning för alla', 'Deltagare i allmän kurs', '420', '446', 'Uppfyllt'],
        ['Läsning', 'Utlån via bokbuss och meröppna bibliotek', '60 000', '64 310', 'Uppfyllt'],
        ['Hållbar ekonomi', 'Budgetavvikelse', '0', '−0,6 %', 'Delvis'],
      ],
      { columns: [1.6, 2.4, 0.9, 0.9, 1], align: ['left', 'left', 'right', 'right', 'left'] },
    );
  w.newPage()
    .heading('3. Verksamhet', 15)
    .subheading('Scenkonst och musik')
    .paragraph(
      'Länsteatern spelade 212 föreställningar med sammanlagt 28 400 besök. Norrvikens musik genomförde en kammarorkesterserie i fyra kommuner och en sommarturné med 31 konserter.',
    )
    .subheading('Folkhögskolorna')
    .paragraph(
      'Norrviks folkhögskola och Fjällbygdens folkhögskola hade tillsammans 446 deltagare i allmän kurs och 318 i särskild kurs. 78 procent av deltagarna i allmän kurs fick behörighet till vidare studier.',
    )
    .subheading('Bibliotek och läsfrämjande')
    .paragraph(
      'Den regionala biblioteksverksamheten stödde kommunbiblioteken med kompetensutveckling och samordnade medieförsörjning. Bokbussen i inlandet har 38 hållplatser och nådde 4 100 låntagare under sina första fem månader.',
    );
  w.newPage()
    .heading('4. Ekonomi', 15)
    .table(
      ['Tkr', 'Budget 2025', 'Utfall 2025', 'Avvikelse'],
      [
        ['Intäkter', '48 200', '49 050', '850'],
        ['Personalkostnader', '−96 400', '−97 980', '−1 580'],
        ['Verksamhetsbidrag', '−41 900', '−41 900', '0'],
        ['Övriga kostnader', '−64 100', '−65 240', '−1 140'],
        ['Regionbidrag', '154 200', '154 200', '0'],
        ['Resultat', '0', '−1 870', '−1 870'],
      ],
      { columns: [2.2, 1.2, 1.2, 1.2], align: ['left', 'right', 'right', 'right'], bold: [5] },
    )
    .paragraph(
      'Underskottet beror främst på högre lokalkostnader för folkhögskolornas internat och på engångskostnader vid införandet av ett nytt bokningssystem. Åtgärder har vidtagits genom samordnad lokalförsörjning och översyn av vakanta tjänster.',
    );
  w.newPage()
    .heading('5. Medarbetare', 15)
    .paragraph(
      'Förvaltningen hade vid årets slut 212 tillsvidareanställda. Sjukfrånvaron minskade från 5,9 till 5,1 procent. Medarbetarenkäten visade ett hållbart medarbetarengagemang (HME) på 81, oförändrat mot föregående år.',
    )
    .heading('6. Framåtblick', 15)
    .paragraph(
      'Under 2026 inleds arbetet med en ny regional kulturplan för 2027–2030. Förvaltningen fortsätter att utveckla kulturverksamhet i hela länet, med särskilt fokus på barn och unga, läsfrämjande och folkbildningens roll för kompetensförsörjningen.',
    );
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
