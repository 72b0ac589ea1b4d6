import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Range = readonly [number, number];

/**
 * Comment lookups by offset. The file's comments are sorted by position, so a binary search finds
 * the ones in a range without the cursor objects `sourceCode.getCommentsInside()` builds over every
 * token of the node; a rule that asks once per catch clause or call pays a few comparisons instead.
 */

/** The index of the first comment that starts at or after `offset`. */
function firstCommentFrom(comments: readonly TSESTree.Comment[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.range[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The comments that lie wholly inside `range`, in order: for a node, the same as `getCommentsInside(node)`. */
export function getCommentsWithin(sourceCode: SourceCode, [start, end]: Range): TSESTree.Comment[] {
  const { comments } = sourceCode.ast;
  const found: TSESTree.Comment[] = [];
  for (let index = firstCommentFrom(comments, start); index < comments.length; index++) {
    const comment = comments[index]!;
    if (comment.range[1] > end) break;
    found.push(comment);
  }
  return found;
}

/** Whether any comment lies wholly inside `range`. */
export function hasCommentWithin(sourceCode: SourceCode, [start, end]: Range): boolean {
  const { comments } = sourceCode.ast;
  const comment = comments[firstCommentFrom(comments, start)];
  return comment !== undefined && comment.range[1] <= end;
}

/** The first comment that starts at or after `offset`, if any. */
export function getFirstCommentFrom(sourceCode: SourceCode, offset: number): TSESTree.Comment | undefined {
  const { comments } = sourceCode.ast;
  return comments[firstCommentFrom(comments, offset)];
}
