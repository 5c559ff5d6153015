import type { OutboxEntry } from '@patchbay/headless-widget';
import type { DesktopWidgetHandle } from '../../src/controller/DesktopWidgetHandle.js';

/** A failed outbox entry, as the widget's `onStuck` hands it over. */
export function failedEntry(key: string, code = 'CRM_ERROR'): OutboxEntry {
  const interactionId = key.slice(0, key.indexOf(':'));
  return {
    key,
    interactionId,
    seq: 1,
    command: {
      target: 'crm',
      method: 'createRecord',
      params: { objectType: 'Case', fields: {} },
      durable: { key },
    },
    status: 'failed',
    attempts: 6,
    nextAttemptAt: 0,
    createdAt: 0,
    lastError: { code, message: 'refused' },
  };
}

/** A widget as the controller drives it: it records what it is asked and keeps a list of failed writes. */
export class FakeWidgetHandle implements DesktopWidgetHandle {
  readonly calls: string[] = [];
  leader = false;
  failed: OutboxEntry[] = [];
  /** When set, `retry` rejects with it (the outbox could not be written). */
  retryError: Error | undefined;

  isLeader(): boolean {
    return this.leader;
  }

  takeOver(): void {
    this.calls.push('takeOver');
  }

  retry(key: string): Promise<void> {
    this.calls.push(`retry ${key}`);
    if (this.retryError) return Promise.reject(this.retryError);
    this.failed = this.failed.filter((entry) => entry.key !== key);
    return Promise.resolve();
  }

  stuck(): Promise<OutboxEntry[]> {
    return Promise.resolve([...this.failed]);
  }

  idle(): Promise<void> {
    this.calls.push('idle');
    return Promise.resolve();
  }
}
