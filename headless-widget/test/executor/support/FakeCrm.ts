import { BridgeError, type ShellMethodParams, type ShellMethods } from '@patchbay/core-bridge/desktop';

/**
 * How the fake CRM misbehaves on one call: refuse before writing (retryable or not), write and then
 * lose the answer (an error, or silence until the desktop times out), or stay silent without writing.
 */
export type CrmFault = 'refuseRetryable' | 'refuseFatal' | 'writeThenRefuse' | 'writeThenHang' | 'hang';

type Activity = {
  readonly idempotencyKey: string;
  readonly params: ShellMethodParams<'saveActivity'>;
  updates: number;
};

const never = new Promise<never>(() => undefined);

/**
 * A CRM behind a shell, as a real connector shows it: it remembers `idempotencyKey` -> activity
 * only for saves that completed, so a retried create whose first try did write is not repeated,
 * but two creates with one key at the same time would both write.
 */
export class FakeCrm {
  readonly activities = new Map<string, Activity>();
  /** How many activities each idempotency key created: exactly-once means 1 for each. */
  readonly createsByKey = new Map<string, number>();
  readonly calls: { method: string; params: unknown }[] = [];
  /** The fault for the next call; the default asks nothing of anyone. */
  nextFault: (method: string) => CrmFault | undefined = () => undefined;
  private readonly completed = new Map<string, string>();
  private lastId = 0;

  implementation(): Partial<ShellMethods> {
    return {
      saveActivity: async (params) => this.faulty('saveActivity', params, () => this.save(params)),
      screenPop: async (params) =>
        this.faulty('screenPop', params, () => ({
          outcome: 'opened' as const,
          records: [{ objectType: 'Contact', id: `c-${params.interactionId}`, label: 'Ada Lovelace' }],
        })),
      openUrl: async (params) => this.faulty('openUrl', params, () => ({})),
      setClickToDialEnabled: async (params) => this.faulty('setClickToDialEnabled', params, () => ({})),
    };
  }

  private async faulty<T>(method: string, params: unknown, write: () => T): Promise<T> {
    await Promise.resolve();
    this.calls.push({ method, params });
    const fault = this.nextFault(method);
    if (fault === 'hang') return never;
    if (fault === 'refuseRetryable' || fault === 'refuseFatal') throw crmError(fault === 'refuseRetryable');
    const result = write();
    if (fault === 'writeThenRefuse') throw crmError(true);
    if (fault === 'writeThenHang') return never;
    return result;
  }

  private save(params: ShellMethodParams<'saveActivity'>) {
    if (params.activityId !== undefined) {
      const activity = this.activities.get(params.activityId);
      if (!activity)
        throw new BridgeError({
          code: 'CRM_ERROR',
          details: { crm: 'fake', connectorCode: 'NOT_FOUND', retryable: false },
        });
      activity.updates += 1;
      return { activityId: params.activityId, created: false };
    }
    const existing = this.completed.get(params.idempotencyKey);
    if (existing !== undefined) return { activityId: existing, created: false };
    const activityId = `act-${++this.lastId}`;
    this.activities.set(activityId, { idempotencyKey: params.idempotencyKey, params, updates: 0 });
    this.createsByKey.set(params.idempotencyKey, (this.createsByKey.get(params.idempotencyKey) ?? 0) + 1);
    this.completed.set(params.idempotencyKey, activityId);
    return { activityId, created: true };
  }
}

function crmError(retryable: boolean): BridgeError {
  return new BridgeError({
    code: 'CRM_ERROR',
    message: retryable ? 'rate limited' : 'field rejected',
    details: { crm: 'fake', connectorCode: retryable ? 'RATE_LIMITED' : 'INVALID_INPUT', retryable },
  });
}
