import { z } from 'zod';

/**
 * zod's own messages in Swedish ("För stor: förväntade …"), for every schema in the process:
 * the IPC contract and the package model. Imported for its effect by the contract.
 */
z.config(z.locales.sv());
