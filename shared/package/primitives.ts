import * as z from 'zod';

/** Building blocks shared by the package model and the protokoll model (no imports: no cycles). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ÅÅÅÅ-MM-DD');
export const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ska vara TT:MM');
export const MembershipCategory = z.enum(['ordinarie', 'ersattare', 'tjansteman', 'personalrepresentant', 'regionrad']);
export type MembershipCategory = z.infer<typeof MembershipCategory>;
