import { SCREENPOP_TYPE } from '../protocol/openCtiEnums.js';
import { isSObjectName, type SalesforceOrg } from '../org/index.js';
import type { FlowArgument, HostPage } from './HostPage.js';
import { OpenCtiCallFailure, isPlainRecord, requireRecord, requireString } from './OpenCtiCallFailure.js';
import { recordPage } from './recordPage.js';

export type ScreenPopContext = {
  readonly org: SalesforceOrg;
  /** Screen flows that are active in the org; FLOW pops of any other flow fail. */
  readonly activeScreenFlows: readonly string[];
};

/** Turns screenPop's wire `args` `{type, params}` into the page it opens, checking every param. */
export function resolveScreenPop(args: Readonly<Record<string, unknown>>, context: ScreenPopContext): HostPage {
  const type = args['type'];
  const params = requireRecord(args, 'params', 'args');
  switch (type) {
    case SCREENPOP_TYPE.SOBJECT: {
      const recordId = requireString(params, 'recordId', 'params');
      const page = recordPage(context.org, recordId);
      if (page === undefined) throw new OpenCtiCallFailure(`No record found with id ${recordId}`);
      return page;
    }
    case SCREENPOP_TYPE.URL: {
      const url = requireString(params, 'url', 'params');
      // force:navigateToURL takes app-relative paths; "//host" would leave the org [I].
      if (!url.startsWith('/') || url.startsWith('//')) {
        throw new OpenCtiCallFailure('params.url must be a relative URL starting with /');
      }
      return { kind: 'url', url };
    }
    case SCREENPOP_TYPE.OBJECTHOME:
      return { kind: 'objectHome', scope: requireObjectName(params, 'scope') };
    case SCREENPOP_TYPE.LIST:
      return {
        kind: 'list',
        listViewId: requireString(params, 'listViewId', 'params'),
        scope: requireObjectName(params, 'scope'),
      };
    case SCREENPOP_TYPE.SEARCH: {
      const searchString = requireString(params, 'searchString', 'params');
      if (searchString.trim().length < 3) {
        throw new OpenCtiCallFailure('params.searchString must have at least 3 characters');
      }
      return { kind: 'search', searchString };
    }
    case SCREENPOP_TYPE.NEW_RECORD_MODAL: {
      const entityName = requireObjectName(params, 'entityName');
      const defaults = params['defaultFieldValues'] ?? {};
      if (!isPlainRecord(defaults)) throw new OpenCtiCallFailure('params.defaultFieldValues must be an object');
      const fields = context.org.describe(entityName).fields;
      const unknown = Object.keys(defaults).filter((field) => fields[field] === undefined);
      if (unknown.length > 0) {
        throw new OpenCtiCallFailure(
          `params.defaultFieldValues has unknown fields of ${entityName}: ${unknown.join(', ')}`,
        );
      }
      return { kind: 'newRecord', entityName, defaultFieldValues: defaults };
    }
    case SCREENPOP_TYPE.FLOW: {
      const flowDevName = requireString(params, 'flowDevName', 'params');
      if (!context.activeScreenFlows.includes(flowDevName)) {
        throw new OpenCtiCallFailure(`No active screen flow named ${flowDevName}`);
      }
      return { kind: 'flow', flowDevName, flowArgs: readFlowArgs(params['flowArgs']) };
    }
    default:
      throw new OpenCtiCallFailure(`args.type must be one of ${Object.values(SCREENPOP_TYPE).join(', ')}`);
  }
}

function requireObjectName(params: Readonly<Record<string, unknown>>, key: string): string {
  const name = requireString(params, key, 'params');
  // Custom objects (ns__Obj__c) are valid in Salesforce; this org has none, so they fail too.
  if (!isSObjectName(name)) throw new OpenCtiCallFailure(`params.${key}: unknown object ${name}`);
  return name;
}

function readFlowArgs(value: unknown): FlowArgument[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new OpenCtiCallFailure('params.flowArgs must be an array');
  return value.map((item: unknown, index) => {
    if (!isPlainRecord(item) || typeof item['name'] !== 'string' || typeof item['type'] !== 'string') {
      throw new OpenCtiCallFailure(`params.flowArgs[${index}] must be {name, type, value}`);
    }
    return { name: item['name'], type: item['type'], value: item['value'] };
  });
}
