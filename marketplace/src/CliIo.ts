/** The host services the CLI uses, injected so tests run it in-process against fakes. */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  readTextFile(path: string): Promise<string>;
};
