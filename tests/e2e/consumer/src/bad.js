export function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const load = (id) => lookup(id).catch(() => {});
