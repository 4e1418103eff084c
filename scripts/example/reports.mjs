// The example meeting's two reports (items 12 and 16), typeset like the other bilagor in bilagor.mjs.
import { createPdf } from './pdfWriter.mjs';

/** Item 12: the intern kontroll report, four pages. */
export async function internKontroll() {
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

/** Item 16: the förvaltning's annual report, six pages. */
export async function verksamhetsberattelse() {
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
