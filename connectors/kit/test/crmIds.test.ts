import { describe, expect, it } from '@jest/globals';
import { CRM_IDS, isCrmId } from '@patchbay/connector-kit';

describe('isCrmId', () => {
  it.each(CRM_IDS.map((id) => [id]))('accepts %s', (id) => {
    expect(isCrmId(id)).toBe(true);
  });

  it.each([['Salesforce'], ['hubspot'], [''], [null], [['zendesk']]])('rejects %p', (value) => {
    expect(isCrmId(value)).toBe(false);
  });
});
