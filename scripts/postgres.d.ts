export interface ThrowawayPostgres {
  url: string;
  port: number;
  bin: string;
  stop(): boolean;
}
export function findPostgresBin(): string | null;
export function startThrowawayPostgres(options?: {
  log?: (line: string) => void;
  durable?: boolean;
}): Promise<ThrowawayPostgres>;
