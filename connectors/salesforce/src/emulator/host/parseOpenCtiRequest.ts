import {
  OPEN_CTI_API_TYPE,
  isOpenCtiMethod,
  type MessageEventLike,
  type OpenCtiRequest,
} from '../protocol/openCtiWire.js';
import { isPlainRecord } from './OpenCtiCallFailure.js';

/** Why the host dropped a message without answering. */
export type IgnoredReason = 'origin' | 'source' | 'shape' | 'apiVersion' | 'apiType' | 'method';

export type IgnoredMessage = { readonly reason: IgnoredReason; readonly origin: string; readonly data: unknown };

export type ParsedRequest = { readonly request: OpenCtiRequest } | { readonly ignored: IgnoredReason };

export type RequestExpectations = {
  readonly softphoneOrigin: string;
  readonly softphoneWindow: unknown;
  readonly apiVersion: number;
};

/**
 * Decides whether a message is an Open CTI call from our softphone. Origin and source come first:
 * they are the security boundary. A foreign message gets no answer at all, as Salesforce's page
 * would not answer it either [I].
 */
export function parseOpenCtiRequest(event: MessageEventLike, expected: RequestExpectations): ParsedRequest {
  if (event.origin !== expected.softphoneOrigin) return { ignored: 'origin' };
  if (expected.softphoneWindow === null || event.source !== expected.softphoneWindow) return { ignored: 'source' };
  const data = event.data;
  if (!isPlainRecord(data)) return { ignored: 'shape' };
  if (data['apiType'] !== OPEN_CTI_API_TYPE) return { ignored: 'apiType' };
  if (data['apiVersion'] !== expected.apiVersion) return { ignored: 'apiVersion' };
  const { methodName, callId, isCallbackRegistered, isListenerRegistered, args } = data;
  if (
    typeof methodName !== 'string' ||
    typeof callId !== 'number' ||
    !Number.isInteger(callId) ||
    callId < 0 ||
    typeof isCallbackRegistered !== 'boolean' ||
    typeof isListenerRegistered !== 'boolean' ||
    !isPlainRecord(args)
  ) {
    return { ignored: 'shape' };
  }
  if (!isOpenCtiMethod(methodName)) return { ignored: 'method' };
  return {
    request: {
      methodName,
      callId,
      apiVersion: expected.apiVersion,
      apiType: OPEN_CTI_API_TYPE,
      isCallbackRegistered,
      isListenerRegistered,
      args,
    },
  };
}
