import {
  agentSessionViewSchema,
  buddyAgentViewSchema,
  contactViewSchema,
  entryPointSchema,
  interactionPageSchema,
  interactionRecordSchema,
  parseContract,
  queueSchema,
  reasonCodeSchema,
  type AgentSessionView,
  type BuddyAgentView,
  type ContactView,
  type InteractionListQueryInput,
  type InteractionPage,
  type InteractionRecord,
} from '@patchbay/core/contract';
import type { AuthorizedFetch } from './createAuthorizedFetch.js';
import type { AgentTarget, CoreCommands } from './CoreCommands.js';
import { CoreClientError } from './CoreClientError.js';
import { parseAnswer, parseListAnswer, parseVersionedListAnswer, type ContractParser } from './parseAnswer.js';

const parseSession: ContractParser<AgentSessionView> = (input) => parseContract(agentSessionViewSchema, input);
const parseBuddy: ContractParser<BuddyAgentView> = (input) => parseContract(buddyAgentViewSchema, input);
const parseContact: ContractParser<ContactView> = (input) => parseContract(contactViewSchema, input);
const parseInteraction: ContractParser<InteractionRecord> = (input) => parseContract(interactionRecordSchema, input);
const parseInteractionPage: ContractParser<InteractionPage> = (input) => parseContract(interactionPageSchema, input);

/** `path` with the query's set parameters; the core checks them against the contract. */
function withQuery(path: string, query: InteractionListQueryInput | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The core's agent, contact, interaction and lookup routes over an {@link AuthorizedFetch}. */
export function createCoreCommands(send: AuthorizedFetch): CoreCommands {
  const agentPath = (target: AgentTarget | undefined) =>
    `/api/v1/agents/${encodeURIComponent(target?.agentId ?? 'me')}`;
  const contactPath = (interactionId: string, target: AgentTarget | undefined) =>
    `${agentPath(target)}/contacts/${encodeURIComponent(interactionId)}`;

  /** POST `…/contacts/:interactionId/<action>`, answered with the contact. */
  const contactCommand = async (
    action: string,
    interactionId: string,
    target: AgentTarget | undefined,
    body?: unknown,
  ) => {
    const path = `${contactPath(interactionId, target)}/${action}`;
    return parseAnswer(parseContact, await send({ method: 'POST', path, body }), `POST ${path}`);
  };

  const lookup = async <T>(collection: string, parse: ContractParser<T>) => {
    const path = `/api/v1/config/${collection}`;
    return parseVersionedListAnswer(parse, await send({ method: 'GET', path }), `GET ${path}`);
  };

  const interactionPage = async (base: string, query: InteractionListQueryInput | undefined) => {
    const path = withQuery(base, query);
    return parseAnswer(parseInteractionPage, await send({ method: 'GET', path }), `GET ${base}`);
  };

  return {
    async stationLogin(dialNumber, target) {
      const path = `${agentPath(target)}/station-login`;
      return parseAnswer(parseSession, await send({ method: 'POST', path, body: { dialNumber } }), `POST ${path}`);
    },
    async logout(target) {
      const path = `${agentPath(target)}/logout`;
      const body = await send({ method: 'POST', path });
      if (body !== undefined) {
        throw new CoreClientError({ code: 'PROTOCOL_ERROR', message: `POST ${path} answered a body, expected none` });
      }
    },
    async setState(request, target) {
      const path = `${agentPath(target)}/state`;
      return parseAnswer(parseSession, await send({ method: 'PUT', path, body: request }), `PUT ${path}`);
    },
    async getSession(target) {
      const path = `${agentPath(target)}/session`;
      return parseAnswer(parseSession, await send({ method: 'GET', path }), `GET ${path}`);
    },
    async listContacts(target) {
      const path = `${agentPath(target)}/contacts`;
      return parseListAnswer(parseContact, await send({ method: 'GET', path }), `GET ${path}`);
    },
    async listBuddyAgents() {
      const path = '/api/v1/agents/me/buddies';
      return parseListAnswer(parseBuddy, await send({ method: 'GET', path }), `GET ${path}`);
    },
    accept: (interactionId, target) => contactCommand('accept', interactionId, target),
    decline: (interactionId, target) => contactCommand('decline', interactionId, target),
    hold: (interactionId, target) => contactCommand('hold', interactionId, target),
    resume: (interactionId, target) => contactCommand('resume', interactionId, target),
    end: (interactionId, target) => contactCommand('end', interactionId, target),
    sendDtmf: (interactionId, digits, target) => contactCommand('dtmf', interactionId, target, { digits }),
    wrapUp: (interactionId, wrapUpCodeId, target) => contactCommand('wrap-up', interactionId, target, { wrapUpCodeId }),
    async updateCallData(interactionId, values, target) {
      const path = `${contactPath(interactionId, target)}/call-data`;
      return parseAnswer(parseContact, await send({ method: 'PATCH', path, body: { values } }), `PATCH ${path}`);
    },
    async outdial(request, target) {
      const path = `${agentPath(target)}/outdial`;
      return parseAnswer(parseContact, await send({ method: 'POST', path, body: request }), `POST ${path}`);
    },
    consult: (interactionId, to, target) => contactCommand('consult', interactionId, target, to),
    consultTransfer: (interactionId, target) => contactCommand('consult-transfer', interactionId, target),
    conference: (interactionId, target) => contactCommand('conference', interactionId, target),
    consultEnd: (interactionId, target) => contactCommand('consult-end', interactionId, target),
    transfer: (interactionId, to, target) => contactCommand('transfer', interactionId, target, to),
    listInteractions: (query) => interactionPage('/api/v1/interactions', query),
    async getInteraction(interactionId) {
      const path = `/api/v1/interactions/${encodeURIComponent(interactionId)}`;
      return parseAnswer(parseInteraction, await send({ method: 'GET', path }), `GET ${path}`);
    },
    listMyInteractions: (query) => interactionPage('/api/v1/agents/me/interactions', query),
    listQueues: () => lookup('queues', (input) => parseContract(queueSchema, input)),
    listIdleCodes: () => lookup('idleCodes', (input) => parseContract(reasonCodeSchema, input)),
    listWrapUpCodes: () => lookup('wrapUpCodes', (input) => parseContract(reasonCodeSchema, input)),
    listEntryPoints: () => lookup('entryPoints', (input) => parseContract(entryPointSchema, input)),
  };
}
