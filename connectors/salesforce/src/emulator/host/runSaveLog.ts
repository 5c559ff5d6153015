import { SalesforceOrgError, type SalesforceOrg } from '../org/index.js';
import { OpenCtiCallFailure, isPlainRecord } from './OpenCtiCallFailure.js';

/**
 * saveLog: wire `args.object` (the library renames `value`, §1.2). With `Id` it updates that
 * record, otherwise it creates a record of `entityApiName`. Returns the record's 18-char id.
 * An org refusal becomes a failure whose text starts with Salesforce's status code [I: format].
 */
export function runSaveLog(args: Readonly<Record<string, unknown>>, org: SalesforceOrg): string {
  const value = args['object'];
  if (!isPlainRecord(value)) throw new OpenCtiCallFailure('args.object must be an object');
  const { Id: id, entityApiName, ...fields } = value;
  try {
    if (id !== undefined && id !== null) {
      if (typeof id !== 'string') throw new OpenCtiCallFailure('Id must be a string');
      // [I] entityApiName next to Id is tolerated when it names the record's own object.
      if (entityApiName !== undefined && entityApiName !== org.get(id).type) {
        throw new OpenCtiCallFailure(`entityApiName does not match the object of ${id}`);
      }
      org.update(id, fields);
      return org.get(id).id;
    }
    if (typeof entityApiName !== 'string') {
      throw new OpenCtiCallFailure('saveLog needs Id (update) or entityApiName (create)');
    }
    return org.create(entityApiName, fields);
  } catch (error) {
    if (error instanceof SalesforceOrgError) {
      const fieldList = error.fields.length > 0 ? ` [${error.fields.join(', ')}]` : '';
      throw new OpenCtiCallFailure(`${error.code}: ${error.message}${fieldList}`);
    }
    throw error;
  }
}
