/**
 * Compiles a user-supplied regular expression, written as a string (`"ignore|expected"`) or in
 * slash form (`"/ignore/i"`). A bad pattern is an error that names the option, never a crash later.
 */
export function compileUserPattern(source: string, optionName: string): RegExp {
  const slashForm = /^\/(?<body>.+)\/(?<flags>[dgimsuvy]*)$/su.exec(source);
  try {
    return slashForm?.groups === undefined
      ? new RegExp(source, 'u')
      : new RegExp(slashForm.groups.body ?? '', (slashForm.groups.flags ?? '').replaceAll(/[gy]/gu, ''));
  } catch (error) {
    throw new Error(
      `eslint-plugin-reliability: option \`${optionName}\` is not a valid regular expression: ${JSON.stringify(source)}.`,
      { cause: error },
    );
  }
}
