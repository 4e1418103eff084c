// The documents of the example meeting's items 6–7 and 11–16: the presidium's protokollsutdrag
// (§§ 8–14, 2026-03-04), tjänsteskrivelser, a missiv and the bilagor, in package order.
import { NAMND, officials } from './people.mjs';

const UNIT = 'KULTUR OCH BILDNING';
const { direktor, ekonomichef, strateg, bibliotek, controller } = officials;
const sign = (...people) => people.map(({ name, title }) => ({ name, title }));

const ts = (date, dnr, title, rest) => ({
  type: 'tjansteskrivelse',
  date,
  dnr,
  addressee: NAMND,
  title,
  ...rest,
  signatureUnit: UNIT,
});

// The presidium's extract repeats the tjänsteskrivelse's summary, as in real packages.
const bidragSummary =
  'Sju regionala kulturorganisationer har ansökt om verksamhetsbidrag för 2026 med sammanlagt 14 850 000 kr. Förvaltningen föreslår bidrag om 14 350 000 kr, vilket ryms inom nämndens budget.';
const kontrollSummary =
  'Regionledningskontoret återredovisar i en sammanfattande rapport resultatet av de fem kontrollmoment som ingick i nämndens interna kontrollplan för 2025. Två moment bedöms som godtagbara och tre kräver förbättringar.';
const kulturmiljoSummary =
  'Norrviks kommun har remitterat ett förslag till kulturmiljöprogram. Förvaltningen välkomnar programmet och föreslår att nämnden särskilt lyfter fram samverkan med länsmuseet och kulturmiljöernas betydelse för besöksnäringen.';
const filmSummary =
  'Föreningen Norrviks filmdagar söker 450 000 kr för att ta festivalen ut i länet med visningar i sex kommuner och skolvisningar för högstadiet och gymnasiet. Förvaltningen föreslår ett stöd om 400 000 kr.';
const kulturplanSummary =
  'Den nuvarande regionala kulturplanen gäller till och med 2026. En ny plan för 2027–2030 ska lämnas till Kulturrådet senast i oktober 2026. Förvaltningen föreslår en process med dialoger i hela länet under våren.';

export function documents({ pdf, protokoll, skickasTillNamnden }) {
  return {
    remisser: [
      protokoll(8, 'Inkomna remisser, promemorior och motioner', {
        decisionStyle: 'plain',
        decisionPoints: ['Sammanställningen anmäls och läggs till handlingarna.'],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      pdf('bilagor/remisser-februari-2026.pdf', 'Remisser februari 2026', {
        date: '2026-03-02',
        role: 'for_information',
      }),
    ],
    kurser: [
      protokoll(9, 'Kurser och konferenser', {
        decisionIntro: 'Presidiet beslutar om deltagande vid följande kurser och konferenser:',
        decisionStyle: 'bullet',
        decisionPoints: [
          'Kulturkonferens Norr den 22–23 april i Norrvik.\nPresidiet beslutar att tre ledamöter från majoriteten och två från oppositionen ges möjlighet att delta.',
          'Folkbildningsdagarna den 6 maj, digitalt.\nSamtliga ledamöter och ersättare ges möjlighet att delta.',
        ],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      pdf('bilagor/inbjudan-kulturkonferens-norr-2026.pdf', 'Inbjudan – Kulturkonferens Norr 2026', {
        date: '2026-02-12',
        role: 'for_information',
      }),
    ],
    verksamhetsbidrag: [
      protokoll(10, 'Verksamhetsbidrag 2026 till regionala kulturorganisationer', {
        dnr: 'RN 2025/1190',
        decisionIntro: 'Presidiet föreslår nämnden',
        decisionStyle: 'numbered',
        decisionPoints: [
          'bevilja verksamhetsbidrag för 2026 till regionala kulturorganisationer med totalt 14 350 000 kr enligt bilaga,',
          'finansiering sker inom nämndens budget för kulturverksamhet 2026.',
        ],
        sammanfattning: bidragSummary,
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-19', 'Förslag till fördelning av verksamhetsbidrag 2026'],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      ts('2026-02-19', 'RN 2025/1190', 'Verksamhetsbidrag 2026 till regionala kulturorganisationer', {
        forslagTillBeslut: {
          subject: `${NAMND}`,
          style: 'numbered',
          points: [
            'beviljar verksamhetsbidrag för 2026 till regionala kulturorganisationer med totalt 14 350 000 kr enligt bilaga,',
            'finansiering sker inom nämndens budget för kulturverksamhet 2026.',
          ],
        },
        sammanfattning: bidragSummary,
        informationIArendet: [
          'Region Norrvik ger årliga verksamhetsbidrag till organisationer som har ett regionalt uppdrag enligt den regionala kulturplanen 2023–2026. Bidragen är en förutsättning för statliga medel inom kultursamverkansmodellen.',
          'Förvaltningen har bedömt ansökningarna utifrån kulturplanens prioriteringar:',
          '- kultur i hela länet, särskilt i inlandet och på landsbygden,\n- barn och ungas rätt till kultur,\n- kvalitet, förnyelse och tillgänglighet.',
          'Förslaget innebär en uppräkning med 1,8 procent för löne- och prisutveckling. Länsteatern i Norrvik AB föreslås få en förstärkning för turnéverksamhet i inlandet. Ansökningarna från Norrvikens musik och Filmpool Norrvik tillgodoses delvis.',
          '| Organisation | Förslag 2026 |\n|---|---:|\n| Länsteatern i Norrvik AB | 5 350 000 kr |\n| Stiftelsen Norrviks läns museum | 3 500 000 kr |\n| Norrvikens musik | 2 930 000 kr |\n| Övriga fyra organisationer | 2 570 000 kr |\n| **Summa** | **14 350 000 kr** |',
        ].join('\n\n'),
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-19', 'Förslag till fördelning av verksamhetsbidrag 2026'],
        beslutSkickasTill: ['Berörda organisationer', 'Kultur och bildning, ekonomienheten'],
        signatories: sign(direktor, strateg),
      }),
      pdf(
        'bilagor/forslag-fordelning-verksamhetsbidrag-2026.pdf',
        'Förslag till fördelning av verksamhetsbidrag 2026',
        {
          date: '2026-02-19',
          dnr: 'RN 2025/1190',
          bilaga: 'Bilaga 1',
          role: 'beslutsunderlag',
        },
      ),
    ],
    internKontroll: [
      protokoll(11, 'Uppföljning av intern kontrollplan 2025', {
        dnr: 'RN 2024/1533',
        decisionIntro: 'Presidiet föreslår nämnden',
        decisionStyle: 'bullet',
        decisionPoints: ['godkänna uppföljningen av intern kontrollplan för 2025.'],
        sammanfattning: kontrollSummary,
        beslutsunderlag: [
          'Missiv daterat 2026-02-10',
          'Uppföljning av intern kontrollplan 2025, sammanfattande rapport',
        ],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      {
        type: 'missiv',
        date: '2026-02-10',
        dnr: 'RN 2024/1533',
        addressee: NAMND,
        title: 'Uppföljning av intern kontrollplan 2025',
        forslagTillBeslut: {
          subject: NAMND,
          style: 'bullet',
          points: ['godkänner uppföljningen av intern kontrollplan för 2025.'],
        },
        sammanfattning: kontrollSummary,
        informationIArendet: [
          'Intern styrning och kontroll ska ge rimlig säkerhet för att verksamheten bedrivs ändamålsenligt och kostnadseffektivt, att den finansiella rapporteringen är tillförlitlig och att lagar och riktlinjer följs.',
          'Nämnden antog i december 2024 en intern kontrollplan för 2025. I den bifogade rapporten redovisas för varje kontrollmoment vad som har kontrollerats, iakttagelser och förslag till åtgärder. De moment som kräver förbättringar föreslås ingå även i kontrollplanen för 2026.',
        ].join('\n\n'),
        beslutsunderlag: [
          'Missiv daterat 2026-02-10',
          'Uppföljning av intern kontrollplan 2025, sammanfattande rapport',
        ],
        beslutSkickasTill: ['Regionstyrelsen', 'Regionledningskontoret, ekonomiavdelningen'],
        signatureUnit: 'REGIONLEDNINGSKONTORET',
        signatories: sign(ekonomichef, controller),
      },
      pdf(
        'bilagor/intern-kontrollplan-2025-sammanfattande-rapport.pdf',
        'Uppföljning av intern kontrollplan 2025, sammanfattande rapport',
        { date: '2026-01-28', dnr: 'RN 2024/1533', role: 'beslutsunderlag' },
      ),
    ],
    kulturmiljo: [
      protokoll(12, 'Remissvar – Kulturmiljöprogram för Norrviks kommun', {
        dnr: 'RN 2026/88',
        decisionIntro: 'Presidiet föreslår nämnden',
        decisionStyle: 'bullet',
        decisionPoints: ['lämna yttrande över remissen enligt förvaltningens förslag i tjänsteskrivelsen.'],
        sammanfattning: kulturmiljoSummary,
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-24', 'Remiss – Kulturmiljöprogram för Norrviks kommun'],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      ts('2026-02-24', 'RN 2026/88', 'Yttrande över Kulturmiljöprogram för Norrviks kommun', {
        forslagTillBeslut: {
          subject: NAMND,
          style: 'bullet',
          points: ['lämnar yttrande över remissen enligt förvaltningens förslag i denna tjänsteskrivelse.'],
        },
        sammanfattning: kulturmiljoSummary,
        informationIArendet: [
          '## Förvaltningens synpunkter',
          'Förslaget är väl genomarbetat och ger en god överblick över kommunens kulturmiljöer. Förvaltningen vill särskilt framhålla att programmet även omfattar 1900-talets industri- och bostadsmiljöer, som ofta saknas i äldre program.',
          '1. **Samverkan.** Förvaltningen föreslår att kommunen och Stiftelsen Norrviks läns museum tecknar en överenskommelse om kulturmiljörådgivning, där regionen kan bidra med kunskap genom länsmuseets antikvarier.\n2. **Besöksnäring.** Programmet bör kompletteras med hur kulturmiljöerna kan tillgängliggöras för besökare, till exempel flottledsmiljöerna längs Norrviksälven.\n3. **Barn och unga.** Förvaltningen föreslår att skolornas arbete med lokalhistoria kopplas till programmet.',
          'Förvaltningen har inga invändningar mot urvalet av miljöer.',
        ].join('\n\n'),
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-24', 'Remiss – Kulturmiljöprogram för Norrviks kommun'],
        beslutSkickasTill: ['Norrviks kommun, samhällsbyggnadsförvaltningen (dnr KS 2025/412)'],
        signatories: sign(direktor, strateg),
      }),
      pdf('bilagor/remiss-kulturmiljoprogram-norrviks-kommun.pdf', 'Remiss – Kulturmiljöprogram för Norrviks kommun', {
        date: '2026-02-05',
        role: 'beslutsunderlag',
      }),
    ],
    filmdagar: [
      protokoll(13, 'Projektstöd till Norrviks filmdagar 2026', {
        dnr: 'RN 2026/102',
        jav: ['Oskar Fjällmark (MP) anmäler jäv och deltar inte i handläggningen av ärendet.'],
        decisionIntro: 'Presidiet föreslår nämnden',
        decisionStyle: 'numbered',
        decisionPoints: [
          'bevilja Föreningen Norrviks filmdagar projektstöd med 400 000 kr för 2026,',
          'finansiering sker ur anslaget för regionala kulturprojekt.',
        ],
        sammanfattning: filmSummary,
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-23', 'Ansökan om projektstöd – Norrviks filmdagar 2026'],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      ts('2026-02-23', 'RN 2026/102', 'Projektstöd till Norrviks filmdagar 2026', {
        forslagTillBeslut: {
          subject: `${NAMND} beviljar`,
          style: 'numbered',
          points: [
            'Föreningen Norrviks filmdagar projektstöd med 400 000 kr för 2026,',
            'finansiering sker ur anslaget för regionala kulturprojekt.',
          ],
        },
        sammanfattning: filmSummary,
        informationIArendet: [
          'Norrviks filmdagar har arrangerats sedan 2022 och hade 2025 drygt 3 100 besök. Inför 2026 vill föreningen nå hela länet genom visningar på biografer och i bygdegårdar och genom filmpedagogiska skolvisningar. Projektet har en total budget om 1 310 000 kr, där kommunerna i länet bidrar med 300 000 kr.',
          'Projektet svarar väl mot den regionala kulturplanens prioriteringar om kultur i hela länet och barn och ungas rätt till kultur. Förvaltningen bedömer dock att kostnaderna för gästresor kan minskas genom samordning med Filmpool Norrvik och föreslår därför ett något lägre stöd än det sökta.',
          'Stödet betalas ut i två delar: 70 procent när beslutet vunnit laga kraft och 30 procent när föreningen har redovisat projektet.',
        ].join('\n\n'),
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-23', 'Ansökan om projektstöd – Norrviks filmdagar 2026'],
        beslutSkickasTill: ['Föreningen Norrviks filmdagar', 'Kultur och bildning, ekonomienheten'],
        signatories: sign(direktor, strateg),
      }),
      pdf(
        'bilagor/ansokan-projektstod-norrviks-filmdagar-2026.pdf',
        'Ansökan om projektstöd – Norrviks filmdagar 2026',
        { date: '2026-01-30', role: 'beslutsunderlag' },
      ),
    ],
    kulturplan: [
      protokoll(14, 'Regional kulturplan 2027–2030 – process och tidplan', {
        dnr: 'RN 2026/57',
        decisionIntro: 'Presidiet föreslår nämnden',
        decisionStyle: 'numbered',
        decisionPoints: [
          'godkänna processen och tidplanen för arbetet med regional kulturplan 2027–2030,',
          'ge förvaltningsdirektören i uppdrag att genomföra dialoger med länets kommuner, civilsamhälle och kulturskapare enligt tidplanen.',
        ],
        sammanfattning: kulturplanSummary,
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-20'],
        yrkanden: ['Johan Ekelöw (M) yrkar att tidplanen kompletteras med en särskild dialog med länets unga.'],
        beslutetSkickasTill: skickasTillNamnden,
      }),
      ts('2026-02-20', 'RN 2026/57', 'Regional kulturplan 2027–2030 – process och tidplan', {
        forslagTillBeslut: {
          subject: NAMND,
          style: 'numbered',
          points: [
            'godkänner processen och tidplanen för arbetet med regional kulturplan 2027–2030,',
            'ger förvaltningsdirektören i uppdrag att genomföra dialoger med länets kommuner, civilsamhälle och kulturskapare enligt tidplanen.',
          ],
        },
        sammanfattning: kulturplanSummary,
        informationIArendet: [
          'Inom kultursamverkansmodellen ska regionen vart fjärde år ta fram en regional kulturplan i samverkan med länets kommuner och i samråd med civilsamhället och länets professionella kulturskapare. Planen är grunden för fördelningen av statliga medel till regional kulturverksamhet.',
          '## Förslag till tidplan',
          '| När | Vad |\n|---|---|\n| mars 2026 | Nämnden beslutar om process och tidplan |\n| april–maj 2026 | Dialogmöten i länets kommuner och med civilsamhället |\n| juni 2026 | Sammanställning av dialogerna, presidiet informeras |\n| augusti 2026 | Förslag till kulturplan på remiss |\n| oktober 2026 | Nämnden föreslår regionfullmäktige att anta planen |\n| november 2026 | Regionfullmäktige antar planen, som lämnas till Kulturrådet |',
          'Arbetet leds av förvaltningsdirektören med stöd av en arbetsgrupp från förvaltningen. Nämndens presidium fungerar som politisk styrgrupp.',
        ].join('\n\n'),
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-20'],
        beslutSkickasTill: ['Länets kommuner', 'Kultur och bildning'],
        signatories: sign(direktor, bibliotek),
      }),
    ],
    verksamhetsberattelse: [
      ts('2026-02-16', 'RN 2025/96', 'Verksamhetsberättelse 2025 för Kultur- och bildningsnämnden', {
        forslagTillBeslut: {
          subject: NAMND,
          style: 'bullet',
          points: ['godkänner verksamhetsberättelse 2025 för Kultur och bildning.'],
        },
        sammanfattning:
          'Verksamhetsberättelsen redovisar hur förvaltningen har uppfyllt nämndens mål under 2025, verksamhetens resultat, ekonomi och medarbetare. Tre av fem mål är uppfyllda och två delvis uppfyllda. Resultatet visar ett underskott om 1,9 miljoner kronor.',
        informationIArendet:
          'Verksamhetsberättelsen är en del av regionens årsredovisning för 2025 och lämnas till regionstyrelsen. Underskottet förklaras främst av högre lokalkostnader för folkhögskolornas internat och engångskostnader för ett nytt bokningssystem.',
        beslutsunderlag: ['Tjänsteskrivelse daterad 2026-02-16', 'Verksamhetsberättelse 2025 – Kultur och bildning'],
        beslutSkickasTill: ['Regionstyrelsen'],
        signatories: sign(direktor, ekonomichef),
      }),
      pdf(
        'bilagor/verksamhetsberattelse-2025-kultur-och-bildning.pdf',
        'Verksamhetsberättelse 2025 – Kultur och bildning',
        {
          date: '2026-02-16',
          dnr: 'RN 2025/96',
          role: 'beslutsunderlag',
        },
      ),
    ],
  };
}
