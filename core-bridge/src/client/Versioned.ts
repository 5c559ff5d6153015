/**
 * A configuration entity as the core returns it: the entity plus its version, which is the ETag
 * an admin sends back in If-Match to refuse a concurrent change.
 */
export type Versioned<T> = T & { readonly version: number };
