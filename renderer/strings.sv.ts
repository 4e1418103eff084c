import { documentTypeLabels } from '../shared/domain/documentTypes';

import { documents } from './strings/documents.sv';
import { protokoll } from './strings/protokoll.sv';
import { register } from './strings/register.sv';
import { review, reviewMode } from './strings/review.sv';

/**
 * All Swedish UI copy, so wording stays consistent across the app: one object `sv`, with the
 * larger features' copy in renderer/strings/ (imported here; components import only `sv`).
 */
export const sv = {
  appTitle: 'Kallelse',
  appSubtitle: 'Kallelser och protokoll för nämnden',
  nav: {
    meetings: 'Sammanträden',
    settings: 'Inställningar',
    noMeetings: 'Inga sammanträden ännu',
  },
  empty: {
    heading: 'Välkommen till Kallelse',
    body: 'Här sätter du ihop kallelsen till nämndens sammanträde: föredragningslista, ledamöter och handlingar, till en enda paginerad PDF. Allt sparas lokalt på den här datorn och fungerar utan internet.',
    openSample: 'Öppna exempelmötet',
    importPackage: 'Importera mötespaket…',
  },
  preview: {
    heading: 'Förhandsvisning',
    nothing: 'Välj ett sammanträde för att se kallelsen här.',
    page: 'Sida',
    loading: 'Förhandsvisningen laddas…',
    failed: 'Förhandsvisningen kunde inte visas',
    pagesRegion: 'Sidorna i förhandsvisningen',
  },
  status: {
    loading: 'Laddar…',
    dataDir: 'Datamapp',
    version: 'Version',
  },
  meeting: {
    date: 'Datum',
    start: 'Starttid',
    end: 'Sluttid',
    place: 'Plats',
    status: 'Status',
    agendaColumn: 'Högerkolumn i föredragningslistan',
    agenda: 'Föredragningslista',
    newItemTitle: 'Nytt ärende',
    exportPdf: 'Exportera PDF…',
    exportPackage: 'Exportera mötespaket…',
    print: 'Skriv ut…',
    undo: 'Ångra',
    moveUp: 'Flytta upp',
    moveDown: 'Flytta ned',
    addItem: 'Lägg till ärende',
    deleteItem: (n: number) => `Ta bort ärende ${n}`,
    noDocuments: 'Inga handlingar',
    pages: (first: number, last: number) => (first === last ? `s. ${first}` : `s. ${first}–${last}`),
    dnrPlaceholder: 'Dnr',
    itemTitle: (n: number) => `Rubrik för ärende ${n}`,
    itemDnr: (n: number) => `Diarienummer för ärende ${n}`,
    shortcuts:
      'Kortkommandon: Ctrl+E exportera PDF · Ctrl+P skriv ut · Ctrl+Z ångra · Ctrl+Skift+Z eller Ctrl+Y gör om · Alt+↑/↓ flytta ärende eller handling',
  },
  statuses: {
    utkast: 'Utkast',
    granskning: 'Granskning (presidiet)',
    faststalld: 'Fastställd',
    utskickad: 'Utskickad',
    genomford: 'Genomförd',
    justerad: 'Justerad',
  },
  agendaColumns: {
    pages: 'Sidor i kallelsen',
    dnr: 'Diarienummer',
    both: 'Diarienummer och sidor',
    none: 'Ingenting',
  },
  documentTypes: documentTypeLabels,
  previewPane: {
    rendering: 'Kallelsen sätts…',
    pagesTotal: (n: number, k: number) =>
      `${n} ${n === 1 ? 'sida' : 'sidor'}, varav ${k} ${k === 1 ? 'kallelsesida' : 'kallelsesidor'}`,
    warnings: 'Kontrollera före utskick',
    noWarnings: 'Inga anmärkningar.',
    progress: (stage: string, done: number, total: number) => `${stage} (${done} av ${total})`,
  },
  newMeeting: {
    open: 'Nytt sammanträde…',
    heading: 'Nytt sammanträde',
    committee: 'Nämnd',
    placeHint: 'T.ex. Regionens hus, sal A',
    create: 'Skapa sammanträdet',
    noCommittees:
      'Det finns ännu ingen nämnd i registret. Lägg upp nämnden och dess ledamöter i registret, eller importera ett mötespaket.',
    openRegister: 'Lägg upp en nämnd i registret',
  },
  settings: {
    close: 'Tillbaka',
    organisation: 'Organisation',
    fields: {
      name: 'Namn',
      shortName: 'Kortnamn',
      dnrPrefix: 'Prefix för diarienummer (t.ex. RJL)',
      postalAddress: 'Postadress',
      website: 'Webbplats',
    },
    logoNone: 'Ingen logotyp; organisationens namn skrivs i sidhuvudet.',
    logoSet: 'Logotypen skrivs överst till vänster på genererade sidor.',
    chooseLogo: 'Välj logotyp (PNG eller JPEG)…',
    removeLogo: 'Ta bort logotypen',
    logoWrongType: 'Logotypen måste vara en PNG- eller JPEG-bild.',
    logoSaved: 'Logotypen sparades.',
    newMeetings: 'Nya sammanträden',
    defaultPlace: 'Standardplats',
    defaultAgendaColumn: 'Högerkolumn i föredragningslistan',
    pdf: 'PDF',
    pageNumbers: 'Sidnummer',
    pageNumberBare: 'Bara siffran (12)',
    pageNumberSida: 'Sida 12 av 180',
    exportFolder: (folder: string) => `Exporter sparas som standard i ${folder}.`,
    saving: 'Sparar…',
  },
  register,
  members: {
    heading: 'Kallade och för kännedom',
    derived: (date: string) =>
      `Hämtas ur registret för mötesdagen ${date}. Listan låses när kallelsen skickas (status Utskickad).`,
    frozen: (at: string) => `Låst ${at}: det här är listan som skickades. Ändringar i registret påverkar den inte.`,
    none: 'Ingen.',
    guestBadge: 'endast detta möte',
    addGuest: 'Lägg till inbjuden för detta möte',
    guestName: 'Namn',
    guestTitle: 'Titel eller uppdrag (t.ex. föredragande)',
    guestGroup: 'Lista',
    addGuestButton: 'Lägg till',
    removeGuest: (name: string) => `Ta bort ${name} från mötet`,
    openRegister: 'Öppna registret',
  },
  // ── Shell: native menu commands and files opened from the operating system (Step 1) ──
  find: {
    label: 'Sök i sammanträdet',
    placeholder: 'Sök ärende, diarienummer, handling…',
    count: (at: number, of: number) =>
      of === 0 ? 'Inga träffar' : at > 0 ? `${at} av ${of}` : of === 1 ? '1 träff' : `${of} träffar`,
    previous: 'Föregående',
    next: 'Nästa',
    close: 'Stäng sökningen',
  },
  shell: {
    openMeetingFirst: 'Öppna eller skapa ett sammanträde först.',
    about: (version: string) =>
      `Kallelse ${version} — kallelser och protokoll för nämndsekreterare. Allt sparas lokalt på den här datorn.`,
    openFailed: (file: string, message: string) => `${file} kunde inte öppnas: ${message}`,
  },
  // ---- Step 7: presidium review (status workflow, versions, review copies, comments, changes) ----
  workflow: {
    heading: 'Status',
    current: 'Nu',
    next: 'Nästa steg',
    forward: (label: string) => `Till ${label}`,
    back: (label: string) => `Tillbaka till ${label}…`,
    reasonLabel: (label: string) => `Varför går mötet tillbaka till ${label}? (sparas i historiken)`,
    reasonPlaceholder: 'T.ex. Ordföranden vill lägga till ett ärende',
    confirmBack: 'Gå tillbaka',
    cancel: 'Avbryt',
    savingVersion: 'Sparar versionen…',
    storesVersion: 'Sparar en version',
  },
  review,
  reviewMode,
  // ---- end Step 7 ----
  documents,
  errors: {
    generic: 'Något gick fel.',
    dismiss: 'Stäng',
    cancel: 'Avbryt',
  },
  // ---------- Step 3: the agenda builder ----------
  forms: {
    requiredNote: 'Fält markerade med * måste fyllas i.',
    required: (label: string) => `${label} måste fyllas i.`,
    notSaved: 'Inte sparat – se meddelandet överst.',
    dateProblem: (why: string) => `Datumet sparades inte: ${why}.`,
    timeProblem: (v: string) => `”${v}” är ingen tid. Skriv timmar och minuter, t.ex. 13:00.`,
    fixErrors: (n: number) => `${n} ${n === 1 ? 'fält behöver' : 'fält behöver'} rättas innan sammanträdet kan skapas.`,
  },
  history: {
    undo: 'Ångra',
    redo: 'Gör om',
    undoWhat: (label: string) => `Ångra ${label}`,
    redoWhat: (label: string) => `Gör om ${label}`,
    nothingToUndo: 'Inget att ångra',
    nothingToRedo: 'Inget att göra om',
    undone: (label: string) => `Ångrade: ${label}.`,
    redone: (label: string) => `Gjorde om: ${label}.`,
  },
  sent: {
    askTitle: 'Kallelsen är redan utskickad',
    askMessage:
      'Ändringar efter utskicket sparas i mötets ändringslogg så att de kan redovisas. Ärendenumren är låsta: ett nytt ärende blir ett extra ärende sist, och ett ärende som inte ska behandlas markeras ”utgår” och behåller sitt nummer. Vill du ändra ändå?',
    askYes: 'Ja, ändra',
    rule: 'Kallelsen är utskickad: ärendenumren är låsta. Nya ärenden blir extra ärenden sist; ett ärende som inte ska behandlas markeras ”utgår” och behåller sitt nummer. Ändringar sparas i ändringsloggen.',
    draftRule: 'Utkast: ärendena numreras 1, 2, 3 … i den ordning de står. När kallelsen skickas låses numren.',
    addExtra: 'Lägg till extra ärende',
    extraMark: 'Extra ärende',
    withdrawnMark: 'utgår',
    withdraw: (n: number) => `Ärende ${n} utgår`,
    unwithdraw: (n: number) => `Ärende ${n} ska behandlas (ta bort ”utgår”)`,
    changes: (n: number) => `${n} ${n === 1 ? 'ändring' : 'ändringar'} efter utskicket`,
  },
  sections: {
    add: 'Lägg till avsnitt',
    newHeading: 'Nytt avsnitt',
    heading: (n: number) => `Rubrik för avsnitt ${n}`,
    noHeading: 'Inledande ärenden (utan rubrik)',
    moveUp: (n: number) => `Flytta avsnitt ${n} uppåt`,
    moveDown: (n: number) => `Flytta avsnitt ${n} nedåt`,
    delete: (n: number) => `Ta bort avsnitt ${n}`,
    lastOne: 'Dagordningen måste ha minst ett avsnitt; lägg till ett nytt innan du tar bort det här.',
    deleteTitle: (heading: string | null) => `Ta bort avsnittet ”${heading ?? 'utan rubrik'}”?`,
    deleteMessage: (n: number) =>
      `Avsnittet innehåller ${n} ${n === 1 ? 'ärende' : 'ärenden'}. Ska de flyttas till avsnittet intill eller tas bort tillsammans med avsnittet? Du kan ångra med Ctrl+Z.`,
    moveItemsTo: (heading: string | null) => `Flytta ärendena till ”${heading ?? 'inledande ärenden'}”`,
    deleteItemsToo: (n: number) => `Ta bort avsnittet och ${n === 1 ? 'ärendet' : `alla ${n} ärenden`}`,
    empty: 'Inga ärenden i avsnittet. Dra hit ett ärende eller lägg till ett nytt.',
  },
  item: {
    kind: (n: number) => `Typ av ärende ${n}`,
    kindNone: 'Ingen typ',
    presenter: (n: number) => `Föredragande för ärende ${n}`,
    presenterPlaceholder: 'Föredragande',
    public: (n: number) => `Ärende ${n} är offentligt`,
    publicShort: 'Offentligt',
    drag: (n: number) => `Dra ärende ${n}`,
    more: (n: number) => `Fler uppgifter om ärende ${n}`,
    titleRequired: 'Rubriken får inte vara tom. Skriv en rubrik, eller tryck Esc för att ångra.',
  },
  itemKinds: {
    beslut: 'Beslutsärende',
    information: 'Informationsärende',
    justerare: 'Upprop och justerare',
    dagordning: 'Dagordning',
    foregaende_protokoll: 'Föregående protokoll',
    informationshandlingar: 'Informationshandlingar',
    delegationsbeslut: 'Delegationsbeslut',
    remisser: 'Remisser och motioner',
    kurser_konferenser: 'Kurser och konferenser',
    aktuell_information: 'Aktuell information',
    ovriga_fragor: 'Övriga frågor',
    ovrigt: 'Övrigt',
  },
  dnd: {
    pickedUp: (title: string) =>
      `Du har lyft ärendet ”${title}”. Flytta med piltangenterna, släpp med mellanslag, avbryt med Esc.`,
    over: (title: string, overTitle: string) => `Ärendet ”${title}” är över ”${overTitle}”.`,
    overSection: (title: string, heading: string) => `Ärendet ”${title}” är över avsnittet ”${heading}”.`,
    dropped: (title: string) => `Ärendet ”${title}” har släppts.`,
    cancelled: (title: string) => `Flytten av ”${title}” avbröts; ärendet ligger kvar.`,
    instructions:
      'Lyft ett ärende med mellanslag eller Enter, flytta det med piltangenterna och släpp med mellanslag. Esc avbryter.',
  },
  meetingDelete: {
    button: 'Ta bort sammanträdet…',
    title: 'Ta bort sammanträdet?',
    message: (committee: string, date: string, items: number, documents: number) =>
      `${committee} ${date} tas bort med ${items} ärenden och ${documents} handlingar. Du kan ångra med Ctrl+Z direkt efteråt.`,
    confirm: 'Ta bort sammanträdet',
    done: 'Sammanträdet togs bort. Ångra med Ctrl+Z om det var fel.',
    // Issue 16, finding 7: a presidium meeting other meetings' protokollsutdrag come from.
    referenced: (meetings: readonly string[]) =>
      `Protokollsutdrag i ${meetings.join(', ')} hämtar §§, tid och plats från det här sammanträdet. Tar du bort det förlorar utdragen de uppgifterna.`,
    detach: 'Koppla loss och ta bort',
  },
  template: {
    open: 'Standarddagordning…',
    heading: (committee: string) => `Standarddagordning för ${committee}`,
    intro:
      'Ett nytt sammanträde börjar med de här avsnitten och återkommande ärendena. Ändringar här påverkar bara nya sammanträden.',
    isDefault: 'Du ser programmets förval; spara för att göra den till nämndens egen.',
    save: 'Spara standarddagordningen',
    reset: 'Återställ förvalet',
    saved: 'Standarddagordningen sparades.',
    addSection: 'Lägg till avsnitt',
    addItem: 'Lägg till ärende',
    sectionHeading: (n: number) => `Rubrik för avsnitt ${n}`,
    itemTitle: (s: number, n: number) => `Ärende ${n} i avsnitt ${s}`,
    itemKind: (s: number, n: number) => `Typ för ärende ${n} i avsnitt ${s}`,
    removeSection: (n: number) => `Ta bort avsnitt ${n}`,
    removeItem: (s: number, n: number) => `Ta bort ärende ${n} i avsnitt ${s}`,
    committee: 'Nämnd',
  },
  start: {
    label: 'Föredragningslistan börjar från',
    template: 'Nämndens standarddagordning',
    previous: 'Förra sammanträdets struktur (återkommande ärenden, inga handlingar)',
    empty: 'Tom lista',
  },
  reimport: {
    title: 'Sammanträdet finns redan',
    message: (committee: string, date: string, time: string) =>
      `Paketet innehåller ${committee} ${date} kl. ${time}, som redan finns här. Vill du ersätta det befintliga sammanträdet med paketets innehåll, eller behålla båda? Kopian märks ”Kopia” i listan.`,
    replace: 'Ersätt det befintliga',
    copy: 'Behåll båda (kopian märks)',
    copyBadge: 'Kopia',
  },
  layout: {
    collapseNav: 'Dölj navigeringen',
    expandNav: 'Visa navigeringen',
    resizePreview: 'Ändra bredd på förhandsvisningen',
  },
  // ── Step 5 (issue 16): hostile files ──
  hostile: {
    cleaned: (files: readonly { file: string; removed: string }[]) =>
      `Mötet importerades. Aktivt innehåll följer inte med i kallelsen: ${files.map((f) => `${f.file} (${f.removed})`).join('; ')}.`,
    readOnly:
      'Datamappen är skrivskyddad. Du kan visa och exportera möten men inte ändra dem. Ge dig själv skrivrätt till mappen och starta om Kallelse för att kunna ändra.',
    readOnlyRefused: 'Ändringen sparades inte: datamappen är skrivskyddad (se nedan).',
  },
  // ── end Step 5 ──
  // ── Step 6: live preview and export progress ──
  livePreview: {
    updating: 'Uppdaterar förhandsvisningen …',
    current: 'Förhandsvisningen är aktuell.',
    stale: (message: string) =>
      `Förhandsvisningen kunde inte uppdateras: ${message} Sidorna nedan visar den senaste versionen som gick att skapa.`,
    zoomOut: 'Förminska',
    zoomIn: 'Förstora',
    fitWidth: 'Anpassa till bredd',
    zoomLevel: (percent: number) => `${percent} %`,
    goTo: 'Gå till',
    goToKallelse: 'Kallelsen (sida 1)',
    goToItem: (n: number, title: string, page: number) => `${n} ${title.trim() || '(rubrik saknas)'} – s. ${page}`,
    pageOf: (page: number, total: number) => `Sida ${page} av ${total}`,
    exporting: 'Exporterar PDF',
    exportProgress: (stage: string, done: number, total: number) =>
      total > 1 ? `${stage} (${done} av ${total})` : `${stage} …`,
    cancelExport: 'Avbryt exporten',
    exportCancelled: 'Exporten avbröts. Ingen fil skrevs.',
    printing: 'Förbereder utskriften',
    printCancelled: 'Utskriften avbröts.',
    printed: (what: string, pages: number) => `${what} (${pages} sidor) skickades till utskrift.`,
    kallelse: 'Kallelsen',
    cancelPrint: 'Avbryt utskriften',
  },
  protokoll,
} as const;
