/**
 * What the user calls the fields that inputs name, so validation messages never show an
 * internal path such as `patch.startTime`. The last known key of the path wins.
 */
const labels: Record<string, string> = {
  date: 'Datum',
  startTime: 'Starttid',
  endTime: 'Sluttid',
  place: 'Plats',
  status: 'Status',
  agendaColumn: 'Högerkolumn i föredragningslistan',
  defaultAgendaColumn: 'Högerkolumn i föredragningslistan',
  defaultPlace: 'Standardplats',
  title: 'Rubrik',
  dnr: 'Diarienummer',
  dnrPrefix: 'Prefix för diarienummer',
  presenter: 'Föredragande',
  heading: 'Avsnittets rubrik',
  kind: 'Ärendetyp',
  public: 'Offentligt',
  withdrawn: 'Utgår',
  sample: 'Exempelmöte',
  committeeId: 'Nämnd',
  meetingId: 'Sammanträde',
  sectionId: 'Avsnitt',
  itemId: 'Ärende',
  trashId: 'Det som ska återställas',
  position: 'Plats i listan',
  template: 'Standarddagordning',
  sections: 'Avsnitt',
  items: 'Ärenden',
  start: 'Föredragningslistans start',
  name: 'Namn',
  shortName: 'Kortnamn',
  postalAddress: 'Postadress',
  website: 'Webbplats',
  pageNumbers: 'Sidnummer',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && labels[key]) return labels[key];
  }
  return 'Uppgiften';
}
