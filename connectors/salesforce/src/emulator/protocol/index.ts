export { CALL_TYPE, SCREENPOP_TYPE, type CallType, type ScreenPopType } from './openCtiEnums.js';
export {
  OPEN_CTI_API_TYPE,
  OPEN_CTI_LISTENER_METHODS,
  OPEN_CTI_METHODS,
  isListenerMethod,
  isOpenCtiMethod,
  type MessageEventLike,
  type MessageReceiverLike,
  type OpenCtiAnswer,
  type OpenCtiListenerMethod,
  type OpenCtiMethod,
  type OpenCtiRequest,
  type OpenCtiResponse,
  type PostTargetLike,
} from './openCtiWire.js';
