import type { SalesforceOrg } from './createSalesforceOrg.js';

/** Ids of the seeded records, so tests and the sandbox page can refer to them by role. */
export type SandboxOrgIds = {
  readonly accounts: { readonly rossiImpianti: string; readonly bancaLaguna: string; readonly thamesFreight: string };
  readonly contacts: {
    readonly giuliaRossi: string;
    readonly marcoRossi: string;
    readonly francescaBianchi: string;
    readonly oliverHughes: string;
  };
  readonly leads: { readonly lucaEsposito: string; readonly emilyCarter: string };
  readonly cases: { readonly boilerFault: string; readonly cardBlocked: string };
};

/**
 * The shared office line of Rossi Impianti: the account and two of its contacts carry it, so a
 * call from it matches several records (the MultipleMatches path of searchAndScreenPop).
 */
export const SANDBOX_SHARED_PHONE = '+39 02 8765 4321';
/** A number that matches exactly one record (Francesca Bianchi's mobile). */
export const SANDBOX_SINGLE_MATCH_PHONE = '+39 347 123 4567';

/** Fills an org with a few realistic Italian and UK records for the sandbox and for tests. */
export function seedSandboxOrg(org: SalesforceOrg): SandboxOrgIds {
  const rossiImpianti = org.create('Account', {
    Name: 'Rossi Impianti S.r.l.',
    Phone: SANDBOX_SHARED_PHONE,
    Type: 'Customer - Direct',
    Industry: 'Energy',
    BillingCity: 'Milano',
    BillingCountry: 'Italy',
  });
  const bancaLaguna = org.create('Account', {
    Name: 'Banca della Laguna S.p.A.',
    Phone: '+39 041 520 0000',
    Type: 'Customer - Direct',
    Industry: 'Banking',
    BillingCity: 'Venezia',
    BillingCountry: 'Italy',
  });
  const thamesFreight = org.create('Account', {
    Name: 'Thames Freight Ltd',
    Phone: '+44 20 7946 0018',
    Type: 'Prospect',
    Industry: 'Other',
    BillingCity: 'London',
    BillingCountry: 'United Kingdom',
  });
  const giuliaRossi = org.create('Contact', {
    Salutation: 'Ms.',
    FirstName: 'Giulia',
    LastName: 'Rossi',
    AccountId: rossiImpianti,
    Title: 'Amministratrice',
    Email: 'giulia.rossi@rossi-impianti.example',
    Phone: SANDBOX_SHARED_PHONE,
  });
  const marcoRossi = org.create('Contact', {
    Salutation: 'Mr.',
    FirstName: 'Marco',
    LastName: 'Rossi',
    AccountId: rossiImpianti,
    Title: 'Responsabile tecnico',
    Phone: SANDBOX_SHARED_PHONE,
    MobilePhone: '+39 333 987 6543',
  });
  const francescaBianchi = org.create('Contact', {
    FirstName: 'Francesca',
    LastName: 'Bianchi',
    AccountId: bancaLaguna,
    Email: 'f.bianchi@bancalaguna.example',
    MobilePhone: SANDBOX_SINGLE_MATCH_PHONE,
  });
  const oliverHughes = org.create('Contact', {
    FirstName: 'Oliver',
    LastName: 'Hughes',
    AccountId: thamesFreight,
    Title: 'Operations Manager',
    Phone: '+44 20 7946 0321',
  });
  const lucaEsposito = org.create('Lead', {
    FirstName: 'Luca',
    LastName: 'Esposito',
    Company: 'Esposito Costruzioni',
    Phone: '+39 081 555 0192',
  });
  const emilyCarter = org.create('Lead', {
    FirstName: 'Emily',
    LastName: 'Carter',
    Company: 'Carter & Sons Bakery',
    Phone: '+44 161 496 0734',
    Status: 'Working - Contacted',
  });
  const boilerFault = org.create('Case', {
    Subject: 'Caldaia in blocco dopo manutenzione',
    Origin: 'Phone',
    Priority: 'High',
    AccountId: rossiImpianti,
    ContactId: marcoRossi,
  });
  const cardBlocked = org.create('Case', {
    Subject: 'Carta bloccata all’estero',
    Origin: 'Web',
    AccountId: bancaLaguna,
    ContactId: francescaBianchi,
  });
  return {
    accounts: { rossiImpianti, bancaLaguna, thamesFreight },
    contacts: { giuliaRossi, marcoRossi, francescaBianchi, oliverHughes },
    leads: { lucaEsposito, emilyCarter },
    cases: { boilerFault, cardBlocked },
  };
}
