/**
 * An entity as the configuration service returns it: the parsed entity plus its store version,
 * which the REST API uses as the ETag and takes back as `expectedVersion` (If-Match).
 */
export type Versioned<T> = T & { readonly version: number };
