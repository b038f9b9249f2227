/**
 * Reading a chart's attribute expressions (`legs={[{ type: 'call', strike: 100_000 }]}`) as data, never by
 * running them: a tiny parser for the literal part of JavaScript, the subset whose value MDX will compute
 * identically at render time. Numbers (with `_` separators, signs, exponents), strings in either quote,
 * true, false, null, arrays and objects (bare or quoted keys, trailing commas), and comments. Anything else
 * (a variable, a call, arithmetic) is refused with the offset where it starts, so the content check can
 * say where in the file it is.
 *
 * Every value's offset is recorded by its path (`[0].strike`), so a problem deep in a prop points at its line.
 */

export type Literal = null | boolean | number | string | Literal[] | { [key: string]: Literal };
export type LiteralPath = (string | number)[];

export class LiteralError extends Error {
  /** Offset into the parsed text where the problem starts. */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

export interface ParsedLiteral {
  value: Literal;
  /** Where a value starts in the text, by its path; the closest recorded ancestor when the path goes deeper. */
  offsetOf: (path: readonly PropertyKey[]) => number;
}

const identifierStart = /[A-Za-z_$]/;
const identifierPart = /[\w$]/;

export function parseLiteral(text: string): ParsedLiteral {
  let position = 0;
  const offsets = new Map<string, number>();

  const fail = (message: string, at = position): never => {
    throw new LiteralError(message, at);
  };

  const skipSpace = () => {
    for (;;) {
      while (position < text.length && /\s/.test(text[position]!)) position++;
      if (text.startsWith('//', position)) {
        const end = text.indexOf('\n', position);
        position = end === -1 ? text.length : end + 1;
      } else if (text.startsWith('/*', position)) {
        const end = text.indexOf('*/', position + 2);
        if (end === -1) fail('a comment is not closed');
        position = end + 2;
      } else {
        return;
      }
    }
  };

  const readValue = (path: LiteralPath): Literal => {
    skipSpace();
    offsets.set(pathKey(path), position);
    const character = text[position];
    if (character === undefined) return fail('a value is missing');
    if (character === '[') return readArray(path);
    if (character === '{') return readObject(path);
    if (character === '"' || character === "'") return readString();
    if (/[-+.\d]/.test(character)) return readNumber();
    if (identifierStart.test(character)) {
      const word = readIdentifier();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      return fail(`"${word}" is not a value that can be read without running code: write numbers, 'text', true, false, [lists] and { objects } only`, offsets.get(pathKey(path)));
    }
    return fail(`"${character}" cannot start a value: write numbers, 'text', true, false, [lists] and { objects } only`);
  };

  const readArray = (path: LiteralPath): Literal[] => {
    position++; // [
    const items: Literal[] = [];
    for (;;) {
      skipSpace();
      if (text[position] === ']') {
        position++;
        return items;
      }
      items.push(readValue([...path, items.length]));
      skipSpace();
      if (text[position] === ',') position++;
      else if (text[position] !== ']') fail('expected "," or "]" in a list');
    }
  };

  const readObject = (path: LiteralPath): { [key: string]: Literal } => {
    position++; // {
    const object: { [key: string]: Literal } = {};
    for (;;) {
      skipSpace();
      if (text[position] === '}') {
        position++;
        return object;
      }
      const keyStart = position;
      const character = text[position];
      let key: string;
      if (character === '"' || character === "'") key = readString();
      else if (character !== undefined && identifierStart.test(character)) key = readIdentifier();
      else return fail('expected a key such as strike: in an object');
      skipSpace();
      if (text[position] !== ':') fail(`expected ":" after the key "${key}"`);
      position++;
      if (Object.hasOwn(object, key)) fail(`the key "${key}" appears twice`, keyStart);
      object[key] = readValue([...path, key]);
      skipSpace();
      if (text[position] === ',') position++;
      else if (text[position] !== '}') fail('expected "," or "}" in an object');
    }
  };

  const readIdentifier = (): string => {
    const start = position;
    while (position < text.length && identifierPart.test(text[position]!)) position++;
    return text.slice(start, position);
  };

  const readString = (): string => {
    const quote = text[position]!;
    const start = position;
    position++;
    let result = '';
    for (;;) {
      const character = text[position];
      if (character === undefined || character === '\n') return fail('a string is not closed', start);
      position++;
      if (character === quote) return result;
      if (character !== '\\') {
        result += character;
        continue;
      }
      const escaped = text[position++];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
      if (escaped === 'u') {
        const hex = /^[\da-fA-F]{4}/.exec(text.slice(position))?.[0] ?? fail('expected four hex digits after \\u');
        result += String.fromCharCode(Number.parseInt(hex, 16));
        position += 4;
      } else if (escaped !== undefined) {
        result += simple[escaped] ?? escaped;
      }
    }
  };

  const readNumber = (): number => {
    const start = position;
    // JavaScript's numeric literal, with an optional sign: digits may be grouped with single underscores.
    const match = /^[-+]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][-+]?\d(?:_?\d)*)?/.exec(text.slice(position));
    if (!match) return fail('not a number');
    position += match[0].length;
    const next = text[position];
    if (next !== undefined && /[\w$.]/.test(next)) fail('not a number: write a plain number such as 100_000 or 0.5, with no arithmetic or units', start);
    return Number(match[0].replaceAll('_', ''));
  };

  const value = readValue([]);
  skipSpace();
  if (position < text.length) {
    fail(/^[-+*/%]/.test(text.slice(position)) ? 'arithmetic is not read: write the resulting number' : 'unexpected text after the value');
  }
  const offsetOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length--) {
      const offset = offsets.get(pathKey(path.slice(0, length)));
      if (offset !== undefined) return offset;
    }
    return 0;
  };
  return { value, offsetOf };
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}

/** A path as an author reads it: `legs[1].strike`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}
