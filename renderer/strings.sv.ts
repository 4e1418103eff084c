/** All Swedish UI copy in one place, so wording stays consistent across the app. */
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
  },
  status: {
    loading: 'Laddar…',
    dataDir: 'Datamapp',
    version: 'Version',
  },
  errors: {
    generic: 'Något gick fel.',
    dismiss: 'Stäng',
  },
} as const;
