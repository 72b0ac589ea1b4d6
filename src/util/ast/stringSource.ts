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
 * A stretch of the decoded text that starts at `textStart` and runs to the next stretch: written as it
 * reads (`verbatim`, one source character per unit from `sourceStart`), or decoded from one escape or
 * hole that starts at `sourceStart` (every unit maps there).
 */
interface Run {
  readonly textStart: number;
  readonly sourceStart: number;
  readonly verbatim: boolean;
}

/** Collects the decoded text in stretches: most literals have no escape, and are read in one slice. */
class TextBuilder {
  text = '';
  readonly runs: Run[] = [];

  add(value: string, sourceStart: number, verbatim: boolean): void {
    if (value === '') return;
    this.runs.push({ textStart: this.text.length, sourceStart, verbatim });
    this.text += value;
  }
}

/**
 * The text of a string literal or an (untagged or tagged) template literal, escapes decoded, with a map
 * from every character back to the source offset it was written at. `undefined` for any other node.
 */
export function getStringSource(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
): StringSource | undefined {
  const builder = new TextBuilder();
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    decode(sourceCode.text, node.range[0] + 1, node.range[1] - 1, builder);
    return createSource(builder, [], node.range[1] - 1);
  }
  if (node.type !== AST_NODE_TYPES.TemplateLiteral) return undefined;
  for (const quasi of node.quasis) {
    // A quasi's range covers its delimiters: the opening `` ` `` or `}`, and the closing `` ` `` or `${`.
    const end = quasi.tail ? quasi.range[1] - 1 : quasi.range[1] - 2;
    decode(sourceCode.text, quasi.range[0] + 1, end, builder);
    if (!quasi.tail) builder.add(STRING_HOLE, end, false);
  }
  return createSource(builder, node.expressions, node.range[1] - 1);
}

function createSource({ text, runs }: TextBuilder, holes: readonly TSESTree.Expression[], endOffset: number): StringSource {
  return {
    text,
    holes,
    toSourceIndex(index) {
      if (!Number.isInteger(index) || index < 0 || index >= text.length) return endOffset;
      // The last run that starts at or before `index`.
      let low = 0;
      let high = runs.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((runs[middle]?.textStart ?? 0) <= index) low = middle;
        else high = middle - 1;
      }
      const run = runs[low];
      if (run === undefined) return endOffset;
      return run.verbatim ? run.sourceStart + index - run.textStart : run.sourceStart;
    },
  };
}

/** Decodes the escapes of `source[start..end)` into `builder`: every UTF-16 unit of the value keeps the offset it was written at. */
function decode(source: string, start: number, end: number, builder: TextBuilder): void {
  let index = start;
  while (index < end) {
    const backslash = source.indexOf('\\', index);
    if (backslash === -1 || backslash >= end) {
      builder.add(source.slice(index, end), index, true);
      return;
    }
    builder.add(source.slice(index, backslash), index, true);
    const escapeStart = backslash;
    const next = source[backslash + 1] ?? '';
    index = backslash + 2;
    if (LINE_TERMINATORS.has(next)) {
      // A line continuation stands for nothing; `\` + CRLF is one of them.
      if (next === '\r' && source[index] === '\n') index++;
    } else if (next === 'x') {
      builder.add(String.fromCharCode(Number.parseInt(source.slice(index, index + 2), 16)), escapeStart, false);
      index += 2;
    } else if (next === 'u') {
      const braced = source[index] === '{';
      const digitsEnd = braced ? source.indexOf('}', index) : index + 4;
      const digits = source.slice(braced ? index + 1 : index, digitsEnd);
      const codePoint = Number.parseInt(digits, 16);
      builder.add(Number.isNaN(codePoint) ? next : String.fromCodePoint(codePoint), escapeStart, false);
      index = braced ? digitsEnd + 1 : digitsEnd;
    } else if (next >= '0' && next <= '7') {
      // Legacy octal (`\0`, `\12`, `\101`): up to three digits, at most 0o377.
      let digits = next;
      while (digits.length < 3 && /[0-7]/u.test(source[index] ?? '') && Number.parseInt(digits + (source[index] ?? ''), 8) <= 0o377) {
        digits += source[index] ?? '';
        index++;
      }
      builder.add(String.fromCharCode(Number.parseInt(digits, 8)), escapeStart, false);
    } else {
      builder.add(SINGLE_ESCAPES[next] ?? next, escapeStart, false);
    }
  }
}
