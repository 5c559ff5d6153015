import { SCOPES } from '../../auth/scopes.js';
import { dialNumberSchema, parseContract, phoneRegistrationSchema, simulatedCallSchema } from '../../contract/index.js';
import { ServiceError } from '../../service/ServiceError.js';
import type { SimulatedTelephony } from '../../voice/createSimulatedTelephony.js';
import type { Leg } from '../../voice/Leg.js';
import { TelephonyError } from '../../voice/TelephonyError.js';
import { defineRoute, type AnyApiRoute } from '../ApiRoute.js';

/**
 * Admin controls of the built-in telephony simulator: place customer calls, hang them up, answer
 * or reject at agent phones, and list live calls. Legs of other tenants are NOT_FOUND.
 */
export function simulatorRoutes(telephony: SimulatedTelephony): AnyApiRoute[] {
  const common = { tag: 'simulator', scope: SCOPES.SIMULATOR } as const;
  const ownLeg = (tenantId: string, legId: string): Leg => {
    const leg = guard(() => telephony.getLeg(legId));
    if (leg.tenantId !== tenantId)
      throw new ServiceError({ code: 'NOT_FOUND', message: `unknown call ${legId}`, field: 'legId' });
    return leg;
  };
  const legAction = (action: 'hangup' | 'answer' | 'reject', path: string, summary: string) =>
    defineRoute({
      ...common,
      method: 'POST',
      path,
      summary,
      handler: ({ principal, params }) => {
        const leg = ownLeg(principal?.tenantId ?? '', params['legId'] ?? '');
        const run = {
          hangup: () => telephony.customerHangup(leg.id),
          answer: () => telephony.answerPhone(leg.id),
          reject: () => telephony.rejectPhone(leg.id),
        }[action];
        return Promise.resolve({ body: guard(run) });
      },
    });

  return [
    defineRoute({
      ...common,
      method: 'POST',
      path: '/api/v1/simulator/calls',
      summary: 'A customer calls an entry point number (ANI, DNIS, call-associated data)',
      body: simulatedCallSchema,
      successStatus: 201,
      handler: ({ principal, body }) =>
        Promise.resolve({
          body: guard(() =>
            telephony.placeInboundCall({
              tenantId: principal?.tenantId ?? '',
              ani: body.ani,
              dnis: body.dnis,
              ...(body.callAssociatedData ? { callAssociatedData: body.callAssociatedData } : {}),
            }),
          ),
        }),
    }),
    defineRoute({
      ...common,
      method: 'GET',
      path: '/api/v1/simulator/calls',
      summary: "The tenant's live call legs and bridges",
      handler: ({ principal }) => Promise.resolve({ body: telephony.listLiveCalls(principal?.tenantId ?? '') }),
    }),
    legAction('hangup', '/api/v1/simulator/calls/:legId/hangup', 'The far end (customer or called party) hangs up'),
    legAction('answer', '/api/v1/simulator/calls/:legId/answer', 'The called phone answers a ringing outbound leg'),
    legAction('reject', '/api/v1/simulator/calls/:legId/reject', 'The called phone rejects a ringing outbound leg'),
    defineRoute({
      ...common,
      method: 'PUT',
      path: '/api/v1/simulator/phones/:number',
      summary: 'Register a simulated agent phone that answers automatically or by hand',
      body: phoneRegistrationSchema,
      successStatus: 204,
      handler: ({ params, body }) => {
        const number = parseContract(dialNumberSchema, params['number']);
        if (!number.ok)
          throw new ServiceError({ code: 'INVALID_REQUEST', message: number.issues[0].message, field: 'number' });
        telephony.registerPhone(number.value, {
          answer: body.answer,
          ...(body.autoAnswerDelayMs === undefined ? {} : { autoAnswerDelayMs: body.autoAnswerDelayMs }),
        });
        return Promise.resolve({});
      },
    }),
  ];
}

// Telephony refusals are the caller's mistakes: an unknown leg is NOT_FOUND, the rest CONFLICT or
// INVALID_REQUEST, never a 500.
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof TelephonyError)) throw error;
    if (error.code === 'LEG_NOT_FOUND' || error.code === 'BRIDGE_NOT_FOUND') {
      throw new ServiceError({ code: 'NOT_FOUND', message: error.message, field: 'legId', cause: error });
    }
    if (error.code === 'INVALID_LEG_STATE' || error.code === 'INVALID_BRIDGE') {
      throw new ServiceError({
        code: 'CONFLICT',
        message: error.message,
        ...(error.state ? { state: error.state } : {}),
        cause: error,
      });
    }
    throw new ServiceError({
      code: 'INVALID_REQUEST',
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      cause: error,
    });
  }
}
