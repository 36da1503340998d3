/** Types for redis.mjs: a real redis-server for the queue tests and the benchmark. */
export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:PORT`, for `--queue`. */
  url: string;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}
/**
 * Starts redis-server on 127.0.0.1 on a free port (or on `port`, to bring back
 * one that was stopped), without persistence; resolves once it answers PING.
 * `command` and `args` run another command line, to which the port and address are added.
 */
export function startRedis(options?: { port?: number; command?: string; args?: string[] }): Promise<RedisServer>;
