interface User {
  id: string;
}

declare const logger: { warn(message: string, error: unknown): void };
declare function lookup(id: string): Promise<User>;

export async function findUser(id: string): Promise<User | undefined> {
  try {
    return await lookup(id);
  } catch (error) {
    logger.warn('user lookup failed', error);
    return undefined;
  }
}

export function parseOptional(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The field is optional: an unparsable value means "not set".
    return undefined;
  }
}
