/** How credentials are hashed and checked; scrypt from `auth/passwordHash` unless injected. */
export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** Whether `password` matches `stored`; false for a malformed hash. */
  verify(password: string, stored: string): Promise<boolean>;
};
