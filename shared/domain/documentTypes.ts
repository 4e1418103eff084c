import type { PackageDocument } from '../package/model';

/** The Swedish name of each document type: one home for the UI, the change report and the CLI. */
export const documentTypeLabels: Record<PackageDocument['type'], string> = {
  protokollsutdrag: 'Protokollsutdrag',
  tjansteskrivelse: 'Tjänsteskrivelse',
  missiv: 'Missiv',
  informationshandlingar: 'Informationshandlingar',
  delegationsbeslut: 'Delegationsbeslut',
  pdf: 'Bilaga (PDF)',
};
