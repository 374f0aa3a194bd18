// The part of `compression` (expressjs/compression, no bundled types) that scripts/serve.ts uses.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function compression(options?: {
    threshold?: number | string;
    level?: number;
  }): (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
}
