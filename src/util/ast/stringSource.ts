import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * Stands for a template literal's `${...}` in {@link StringSource.text}: a private-use character that
 * no real text contains, so a reader can treat it as an opaque value.
 */
export const STRING_HOLE = '\u{E000}';

/** The value of a string or template literal, with the way back from each character to the source. */
export interface StringSource {
  /** The characters the literal stands for (escapes decoded); each `${...}` is one {@link STRING_HOLE}. */
  readonly text: string;
  /** The expressions of a template literal, in the order of their holes. */
  readonly holes: readonly TSESTree.Expression[];
  /**
   * The source offset of the character at `index` of `text`; `text.length` gives the offset of the
   * closing quote. Inserting there lands inside the literal, before that character.
   */
  toSourceIndex(index: number): number;
}

const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);
const SINGLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * The text of a string literal or an (untagged or tagged) template literal, escapes decoded, with a map
 * from every character back to the source offset it was written at. `undefined` for any other node.
 */
export function getStringSource(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
): StringSource | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    const decoded = decode(sourceCode.text, node.range[0] + 1, node.range[1] - 1);
    return createSource(decoded, [], node.range[1] - 1);
  }
  if (node.type !== AST_NODE_TYPES.TemplateLiteral) return undefined;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (const quasi of node.quasis) {
    // A quasi's range covers its delimiters: the opening `` ` `` or `}`, and the closing `` ` `` or `${`.
    const end = quasi.tail ? quasi.range[1] - 1 : quasi.range[1] - 2;
    const decoded = decode(sourceCode.text, quasi.range[0] + 1, end);
    chars.push(...decoded.chars);
    offsets.push(...decoded.offsets);
    if (!quasi.tail) {
      chars.push(STRING_HOLE);
      offsets.push(end);
    }
  }
  return createSource({ chars, offsets }, node.expressions, node.range[1] - 1);
}

function createSource(
  decoded: { chars: string[]; offsets: number[] },
  holes: readonly TSESTree.Expression[],
  endOffset: number,
): StringSource {
  const { chars, offsets } = decoded;
  return {
    text: chars.join(''),
    holes,
    toSourceIndex: (index) => (index >= offsets.length ? endOffset : (offsets[index] ?? endOffset)),
  };
}

/** Decodes the escapes of `source[start..end)`: one entry per UTF-16 unit of the value, with its source offset. */
function decode(source: string, start: number, end: number): { chars: string[]; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let index = start;
  const push = (value: string, offset: number): void => {
    for (const unit of value.split('')) {
      chars.push(unit);
      offsets.push(offset);
    }
  };
  while (index < end) {
    const char = source[index] ?? '';
    if (char !== '\\') {
      push(char, index);
      index++;
      continue;
    }
    const escapeStart = index;
    const next = source[index + 1] ?? '';
    index += 2;
    if (LINE_TERMINATORS.has(next)) {
      // A line continuation stands for nothing; `\` + CRLF is one of them.
      if (next === '\r' && source[index] === '\n') index++;
    } else if (next === 'x') {
      push(String.fromCharCode(Number.parseInt(source.slice(index, index + 2), 16)), escapeStart);
      index += 2;
    } else if (next === 'u') {
      const braced = source[index] === '{';
      const digitsEnd = braced ? source.indexOf('}', index) : index + 4;
      const digits = source.slice(braced ? index + 1 : index, digitsEnd);
      const codePoint = Number.parseInt(digits, 16);
      push(Number.isNaN(codePoint) ? next : String.fromCodePoint(codePoint), escapeStart);
      index = braced ? digitsEnd + 1 : digitsEnd;
    } else if (next >= '0' && next <= '7') {
      // Legacy octal (`\0`, `\12`, `\101`): up to three digits, at most 0o377.
      let digits = next;
      while (digits.length < 3 && /[0-7]/u.test(source[index] ?? '') && Number.parseInt(digits + (source[index] ?? ''), 8) <= 0o377) {
        digits += source[index] ?? '';
        index++;
      }
      push(String.fromCharCode(Number.parseInt(digits, 8)), escapeStart);
    } else {
      push(SINGLE_ESCAPES[next] ?? next, escapeStart);
    }
  }
  return { chars, offsets };
}
