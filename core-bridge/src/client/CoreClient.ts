import type { CoreCommands } from './CoreCommands.js';
import type { CoreEvents } from './CoreEvents.js';
import type { CoreTokens, ResumeRequest, SignInRequest } from './CoreTokens.js';

/** Signing in and the session's tokens. */
export type CoreAuth = {
  /** Signs in with a password; UNAUTHENTICATED (401) for a wrong tenant, user name or password. */
  signIn(request: SignInRequest): Promise<CoreTokens>;
  /** Resumes a session from a stored refresh token; UNAUTHENTICATED when it was spent or revoked. */
  resume(request: ResumeRequest): Promise<CoreTokens>;
  /**
   * The current tokens, or undefined before sign-in, after sign-out, and once the session could not
   * be renewed.
   */
  tokens(): CoreTokens | undefined;
  /**
   * Signs out: closes the event socket without reconnecting, forgets the tokens, and revokes the
   * session at the core (`/oauth/revoke`: the whole refresh-token chain, and the session's sockets
   * elsewhere). Commands and `events.connect` then reject with SIGNED_OUT until `signIn` or
   * `resume`. The access token already issued stays valid at the core until it expires. Rejects
   * (NETWORK_ERROR...) when the core could not be told: the client is signed out all the same, but
   * the refresh token stays usable until it expires, so drop any copy saved from `onTokens`.
   */
  signOut(): Promise<void>;
};

/**
 * The typed client of the Patchbay core: REST commands and queries, sign-in with automatic token
 * refresh, and the event stream with reconnect and replay. Runs in browsers and in Node 20.
 */
export type CoreClient = CoreCommands & {
  readonly auth: CoreAuth;
  readonly events: CoreEvents;
};
