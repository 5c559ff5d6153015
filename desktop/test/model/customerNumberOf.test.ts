import { describe, expect, it } from '@jest/globals';
import { customerNumberOf } from '../../src/model/customerNumberOf.js';

describe('customerNumberOf', () => {
  it('is the caller of an inbound call and the dialled number of an outbound one', () => {
    const numbers = { ani: '+390200000001', dnis: '+393339876543' };
    expect(customerNumberOf({ direction: 'inbound', ani: '+393331234567', dnis: '+390200000001' })).toBe(
      '+393331234567',
    );
    expect(customerNumberOf({ direction: 'outbound', ...numbers })).toBe('+393339876543');
  });
});
