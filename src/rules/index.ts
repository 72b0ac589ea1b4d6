import noSwallowedErrors from './no-swallowed-errors.js';

/** Every rule of the plugin by name, alphabetical. */
export const rules = {
  'no-swallowed-errors': noSwallowedErrors,
};
