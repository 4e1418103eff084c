import * as z from 'zod';
// The one locale by its own path: `z.locales` would bring every language into the bundles.
import sv from 'zod/v4/locales/sv.js';

/**
 * zod's own messages in Swedish ("För stor: förväntade …"), for every schema in the process:
 * the IPC contract and the package model. Imported for its effect by the contract.
 */
z.config(sv());
