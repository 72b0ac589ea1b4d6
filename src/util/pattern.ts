/**
 * Compiles a user-supplied regular expression, written as a string (`"ignore|expected"`) or in
 * slash form (`"/ignore/i"`). A bad pattern is an error that names the option, never a crash later.
 */
export function compileUserPattern(source: string, optionName: string): RegExp {
  const slashForm = /^\/(.+)\/([dgimsuvy]*)$/su.exec(source);
  try {
    // `g` and `y` make `test()` stateful across calls: a matcher reused across comments must not be.
    return slashForm === null ? new RegExp(source, 'u') : new RegExp(slashForm[1]!, slashForm[2]!.replaceAll(/[gy]/gu, ''));
  } catch (error) {
    throw new Error(
      `eslint-plugin-reliability: option \`${optionName}\` is not a valid regular expression: ${JSON.stringify(source)}.`,
      { cause: error },
    );
  }
}
