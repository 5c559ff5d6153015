/** One problem an offline check found in a call center file: where (XPath-like) and what. */
export type CallCenterProblem = { readonly path: string; readonly message: string };
