import { describe, expect, it } from '@jest/globals';
import { renderUrlTemplate } from '../../src/planner/renderUrlTemplate.js';

const VALUES = { ani: '+390212345678', interactionId: 'i-42', callData: { ticket: 'T-7', note: 'a&b=c/d' } };

describe('renderUrlTemplate', () => {
  it.each<[string, string, string]>([
    [
      'fills every placeholder',
      'https://crm.example/s?phone={ani}&call={interactionId}&t={cad.ticket}',
      'https://crm.example/s?phone=%2B390212345678&call=i-42&t=T-7',
    ],
    [
      'encodes values so they cannot add parameters',
      'https://crm.example/?n={cad.note}',
      'https://crm.example/?n=a%26b%3Dc%2Fd',
    ],
    ['leaves a missing variable empty', 'https://crm.example/?x={cad.missing}', 'https://crm.example/?x='],
    ['keeps a template without placeholders', 'https://crm.example/', 'https://crm.example/'],
  ])('%s', (_name, template, expected) => {
    expect(renderUrlTemplate(template, VALUES)).toBe(expected);
  });
});
