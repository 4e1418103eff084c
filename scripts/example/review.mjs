// The presidium's review round of the example meeting (Step 7): the draft went to the presidium
// as a review copy (version 1, 2026-03-05); the ordförande and the vice ordförande commented on
// their laptops and marked items, the secretary imported their files, answered and resolved one
// comment, and took the kallelse back to utkast to make the changes. Carried as the exchange
// format's `x-comments` / `x-verdicts`, anchored on the `x-id` of items and documents.

/** Identities of the items and documents the comments anchor on (their `x-id`). */
export const anchors = {
  bidrag: 'exempel-punkt-verksamhetsbidrag',
  bidragBilaga: 'exempel-bilaga-fordelning-verksamhetsbidrag',
  kulturmiljo: 'exempel-punkt-kulturmiljoprogram',
  kulturmiljoTs: 'exempel-ts-kulturmiljoprogram',
  film: 'exempel-punkt-filmdagar',
  filmTs: 'exempel-ts-filmdagar',
};

/** A document of a list with its `x-id` set (the lists come from decisions.mjs). */
export const withId = (docs, index, id) => docs.map((d, i) => (i === index ? { 'x-id': id, ...d } : d));

const at = (day, time) => `2026-03-${day}T${time}:00.000Z`;

export function reviewRound() {
  return {
    'x-comments': [
      {
        id: 'exempel-kommentar-1',
        author: 'Margareta Forsvik',
        itemId: anchors.film,
        documentId: anchors.filmTs,
        itemLabel: '14. Projektstöd till Norrviks filmdagar 2026',
        documentLabel: 'Tjänsteskrivelse ”Projektstöd till Norrviks filmdagar 2026”',
        quote: 'filmpedagogiska skolvisningar',
        reviewVersion: 1,
        text: 'Hur många skolvisningar ingår? Nämnden vill kunna jämföra med fjolårets stöd.',
        createdAt: at('06', '07:42'),
        resolvedAt: at('09', '13:05'),
        answers: [
          {
            id: 'exempel-svar-1',
            author: 'Sekreteraren',
            body: 'Förvaltningen räknar med 24 skolvisningar; det läggs till i tjänsteskrivelsen.',
            createdAt: at('09', '13:04'),
          },
        ],
      },
      {
        id: 'exempel-kommentar-2',
        author: 'Johan Ekelöw',
        itemId: anchors.bidrag,
        documentId: anchors.bidragBilaga,
        itemLabel: '11. Verksamhetsbidrag 2026 till regionala kulturorganisationer',
        documentLabel: 'Bilaga 1: Förslag till fördelning av verksamhetsbidrag 2026',
        reviewVersion: 1,
        text: 'Kan fördelningen visa fjolårets bidrag per organisation bredvid årets förslag?',
        createdAt: at('07', '18:20'),
      },
      {
        id: 'exempel-kommentar-3',
        author: 'Margareta Forsvik',
        itemId: anchors.kulturmiljo,
        documentId: anchors.kulturmiljoTs,
        itemLabel: '13. Remissvar – Kulturmiljöprogram för Norrviks kommun',
        documentLabel: 'Tjänsteskrivelse ”Yttrande över Kulturmiljöprogram för Norrviks kommun”',
        quote: 'flottledsmiljöerna längs Norrviksälven',
        reviewVersion: 1,
        text: 'Nämn gärna även hamnmagasinen i Älvbyn här; de saknas i programmet.',
        createdAt: at('06', '07:55'),
      },
    ],
    'x-verdicts': [
      {
        reviewer: 'Margareta Forsvik',
        itemId: anchors.bidrag,
        itemLabel: '11. Verksamhetsbidrag 2026 till regionala kulturorganisationer',
        verdict: 'ok',
        decidedAt: at('06', '07:30'),
      },
      {
        reviewer: 'Margareta Forsvik',
        itemId: anchors.kulturmiljo,
        itemLabel: '13. Remissvar – Kulturmiljöprogram för Norrviks kommun',
        verdict: 'behover_andras',
        decidedAt: at('06', '07:56'),
      },
      {
        reviewer: 'Margareta Forsvik',
        itemId: anchors.film,
        itemLabel: '14. Projektstöd till Norrviks filmdagar 2026',
        verdict: 'ok',
        decidedAt: at('06', '07:43'),
      },
      {
        reviewer: 'Johan Ekelöw',
        itemId: anchors.bidrag,
        itemLabel: '11. Verksamhetsbidrag 2026 till regionala kulturorganisationer',
        verdict: 'behover_andras',
        decidedAt: at('07', '18:21'),
      },
    ],
  };
}
