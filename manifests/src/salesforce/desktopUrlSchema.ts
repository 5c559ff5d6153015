import { findOriginProblem } from '@patchbay/connector-kit';
import { z } from 'zod';

/** The Patchbay desktop URL: https, plain http only on loopback (like every origin of the config). */
export const desktopUrlSchema = z.url({ protocol: /^https?$/, abort: true }).superRefine((value, context) => {
  const problem = findOriginProblem(new URL(value).origin, { allowLoopbackHttp: true });
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
