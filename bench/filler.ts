/**
 * Personal "filler" resources, created through the resource service exactly like
 * POST /resources.json would (schema, then createResource: the secret is checked against the
 * owner's key). Used in-process for small counts and by bench/seedWorker.ts for large ones.
 */
import type { Db } from "../src/db/db.ts";
import { createResource, INVALID_RESOURCE } from "../src/domain/resources/resources.service.ts";
import { createResourceSchema, type ResourceBody } from "../src/domain/resources/resources.schemas.ts";
import { AppError } from "../src/http/errors.ts";
import { assertValid } from "../src/http/validate.ts";

export interface FillerJob {
  owners: { id: string; data: string }[];
  /** Index of the first resource (its name is filler-<index>). */
  start: number;
  count: number;
  concurrency: number;
}

/**
 * Two seed processes writing one SQLite file can starve each other past the busy timeout; the
 * service then answers 503 with nothing written, and the resource is simply created again.
 */
async function withRetries<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof AppError && err.status === 503) || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
    }
  }
}

export async function createFiller(
  deps: { db: Db; secretMaxBytes: number },
  job: FillerJob,
  progress: (done: number, perSecond: number) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const started = Date.now();
  const step = Math.max(500, Math.ceil(job.count / 10 / 500) * 500);
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.count) {
        const n = job.start + next++;
        const owner = job.owners[n % job.owners.length]!;
        const body = assertValid<ResourceBody>(
          createResourceSchema,
          {
            name: `filler-${String(n).padStart(6, "0")}`,
            username: `user${n}@example.test`,
            uri: `https://service-${n % 997}.example.test/login`,
            description: null,
            secrets: [{ data: owner.data }],
          },
          INVALID_RESOURCE,
        );
        await withRetries(() => createResource(deps, owner.id, body));
        done++;
        if (done % step === 0 || done === job.count)
          progress(done, Math.round((done * 1000) / Math.max(1, Date.now() - started)));
      }
    }),
  );
}
