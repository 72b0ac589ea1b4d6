interface User {
  id: string;
}

export async function findUser(id: string): Promise<User | undefined> {
  try {
    return await lookup(id);
  } catch (error) {
    return undefined;
  }
}

process.on('unhandledRejection', () => {});

export function watch(socket: { on(event: string, listener: (error: Error) => void): void }): void {
  socket.on('error', function onError() {});
}

export function fail(): never {
  throw 'not an error';
}

declare function lookup(id: string): Promise<User>;
