/** Presidium review (Step 7): versions, review copies, comments, review mode. Part of `sv` (renderer/strings.sv.ts). */
export const review = {
  heading: 'Granskning och versioner',
  exportCopy: 'Exportera granskningskopia…',
  importComments: 'Importera kommentarer…',
  openCopy: 'Öppna granskningskopia…',
  opening: 'Öppnar granskningskopian…',
  copySaved: (version: number, path: string) => `Granskningskopian (version ${version}) sparades som ${path}.`,
  saved: (path: string) => `Sparades som ${path}.`,
  commentsSaved: (n: number, path: string) =>
    `${n} ${n === 1 ? 'kommentar' : 'kommentarer'} sparades i ${path}. Skicka filen till sekreteraren.`,
  imported: (reviewer: string, added: number, already: number, detached: number) =>
    `${added} ${added === 1 ? 'ny kommentar' : 'nya kommentarer'} från ${reviewer}` +
    (already > 0 ? `, ${already} fanns redan` : '') +
    (detached > 0 ? `, ${detached} utan sin punkt (visas som lösgjorda)` : '') +
    '.',
  versions: 'Versioner',
  noVersions: 'Inga versioner ännu. En version sparas när mötet går till Granskning och när kallelsen skickas ut.',
  version: (n: number) => `Version ${n}`,
  pages: (n: number) => `${n} ${n === 1 ? 'sida' : 'sidor'}`,
  show: 'Visa',
  compare: 'Ändringar sedan dess',
  history: 'Historik',
  backward: (reason: string | null) => `tillbaka: ${reason ?? ''}`,
  comments: 'Synpunkter från granskningen',
  noComments:
    'Inga synpunkter importerade. Exportera en granskningskopia till presidiet och importera deras kommentarsfiler här.',
  onItem: (n: number, title: string) => `Punkt ${n}. ${title}`,
  detached: 'Lösgjorda (punkten finns inte längre)',
  seenAs: (label: string) => `Granskaren såg: ${label}`,
  answer: 'Svara',
  answerPlaceholder: 'Ditt svar',
  resolved: 'Åtgärdad',
  verdicts: 'Bedömningar',
  verdict: { ok: 'OK', behover_andras: 'Behöver ändras' } as Record<'ok' | 'behover_andras', string>,
  readOnly: 'Skrivskyddad',
  back: 'Tillbaka till mötet',
  exportPdf: 'Exportera PDF…',
  exportVersionPdf: (n: number) => `Exportera PDF för version ${n}…`,
  exportPackage: 'Exportera mötespaket…',
  versionTitle: (n: number, status: string, at: string) => `Version ${n} · ${status} · ${at}`,
  changesTitle: (n: number) => `Ändringar sedan version ${n}`,
  changesNone: 'Inga ändringar i dagordningen eller handlingarna.',
  changesPdf: 'Spara som PDF…',
  changesHint: 'PDF:en kan läggas först i en kallelse som skickas på nytt.',
  renumbered: (n: number) => `Till följd av ändringarna har ${n} ${n === 1 ? 'ärende' : 'ärenden'} fått nytt nummer.`,
} as const;

export const reviewMode = {
  banner: 'Granskningsläge',
  intro:
    'Du granskar ett utkast. Du kan inte ändra kallelsen här, men du kan skriva kommentarer på ärenden och handlingar och markera varje ärende. Exportera sedan dina kommentarer och skicka filen till sekreteraren.',
  versionOf: (n: number) => `version ${n}`,
  yourName: 'Ditt namn',
  saveName: 'Spara namnet',
  comment: 'Kommentera',
  commentOn: 'Gäller',
  wholeItem: 'Hela ärendet',
  quote: 'Citat ur handlingen (valfritt)',
  text: 'Kommentar',
  add: 'Spara kommentaren',
  remove: 'Ta bort',
  exportComments: 'Exportera mina kommentarer…',
  leave: 'Stäng granskningen',
  noComments: 'Inga kommentarer ännu.',
  commentsCount: (n: number) => `${n} ${n === 1 ? 'kommentar' : 'kommentarer'}`,
  pdfLoading: 'Kallelsen sätts…',
  itemLabel: (n: number) => `Ärende ${n}`,
} as const;
