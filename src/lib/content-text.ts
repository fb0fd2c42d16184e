import yaml from 'js-yaml';

/**
 * How every content file is read, by the content check and the build's loaders alike, so both see the same
 * values: bytes decoded as strict UTF-8 (a leading byte-order mark dropped), YAML read with the core schema,
 * which keeps dates as the strings the editor typed (`2008-02-30` stays text for the schema to refuse,
 * never becomes March 1).
 */

/** Bytes that are not UTF-8: the bad sequence starts at `offset` (0-based) in the file. */
export class NotUtf8Error extends Error {
  readonly offset: number;
  constructor(offset: number, byte: number) {
    super(
      `not UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} starts no valid character; save the file as UTF-8`,
    );
    this.offset = offset;
  }
}

const decodes = (bytes: Uint8Array, stream: boolean) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

/** Decodes a file's bytes as UTF-8, dropping a byte-order mark; throws NotUtf8Error at the first bad sequence. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidSequence(bytes);
    throw new NotUtf8Error(offset, bytes[offset]);
  }
}

/**
 * Where the first invalid sequence of `bytes` starts. A streaming decode of a prefix fails only on a real
 * error, so the shortest failing prefix is found by bisection; the sequence starts at the last character
 * boundary before its end (at most three bytes back).
 */
function firstInvalidSequence(bytes: Uint8Array): number {
  let low = 1;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (decodes(bytes.subarray(0, middle), true)) low = middle + 1;
    else high = middle;
  }
  let start = low - 1;
  while (start > 0 && start > low - 4 && !decodes(bytes.subarray(0, start), false)) start--;
  return start;
}

/** Drops a leading byte-order mark, for text decoded elsewhere (Node's `utf8` keeps it). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A YAML syntax error, at a 1-based line of the file. */
export class YamlSyntaxError extends Error {
  readonly line: number | undefined;
  readonly reason: string;
  constructor(line: number | undefined, reason: string) {
    super(line === undefined ? `not valid YAML: ${reason}` : `line ${line}: not valid YAML: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
}

/**
 * Parses YAML with the core schema (strings, numbers, booleans, null; no dates). `firstLine` is the file line
 * the text starts on (frontmatter starts on line 2), so errors name the line the editor sees.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const line = error.mark ? error.mark.line + firstLine : undefined;
    throw new YamlSyntaxError(line, error.reason);
  }
}
