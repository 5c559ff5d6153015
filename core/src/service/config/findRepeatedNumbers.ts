import type { ContractIssue } from '../../contract/index.js';

/**
 * An entry point's numbers listed more than once, each repeat at its own field (`numbers.2`). The
 * contract allows repeats, but each number gets one index document, so a repeat would otherwise
 * surface as the entry point clashing with itself.
 */
export function findRepeatedNumbers(numbers: readonly string[]): ContractIssue[] {
  return numbers.flatMap((number, index) => {
    const first = numbers.indexOf(number);
    return first === index ? [] : [{ field: `numbers.${index}`, message: `repeats numbers.${first}` }];
  });
}
