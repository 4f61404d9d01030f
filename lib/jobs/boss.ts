import "server-only";
import pg from "pg";
import PgBoss from "pg-boss";
import { timeZone } from "@/lib/dates";
import { logger } from "@/lib/logger";
import { jobData, queues, type HandlerOptions, type QueueDefinition } from "./queues";

/** pg-boss keeps its tables in this schema of the app's database (never in `public`: backups skip it). */
export const jobSchema = "pgboss";

export type JobRunnerOptions = HandlerOptions & {
  connectionString: string;
  /** Register the cron schedules (default true). Every instance may: pg-boss sends each due job once. */
  schedule?: boolean;
  /** Work the queues in this process (default true). */
  work?: boolean;
  /** How often an idle worker asks for jobs (default 2 s; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Connections of pg-boss's own pool (default 3). */
  poolSize?: number;
};

export type JobRunner = {
  boss: PgBoss;
  /** Queues a job now, e.g. `send("deadline-sweep", { today: "2026-12-07" })`; returns its id. */
  send: (name: string, data?: object) => Promise<string | null>;
  stop: () => Promise<void>;
};

const definitions: QueueDefinition[] = Object.values(queues);

/** A pg-boss instance on the app's database, its errors logged. */
export function createBoss(options: Pick<JobRunnerOptions, "connectionString" | "poolSize">): PgBoss {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: jobSchema,
    max: options.poolSize ?? 3,
    application_name: "qms-jobs",
    // Finished jobs are kept a week for the administrators, then deleted by pg-boss's maintenance.
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => logger.error("job queue error", { error }));
  return boss;
}

/**
 * Starts a pg-boss on the database (creating its schema on the first start), makes the queues, registers
 * their schedules and works them. Two instances on one database share the work: each job is fetched by
 * one of them (SKIP LOCKED), each scheduled job is sent once.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const boss = createBoss(options);
  await boss.start();
  await oneAtATime(options.connectionString, async () => {
    for (const queue of definitions) {
      if (await boss.getQueue(queue.name)) continue;
      await boss.createQueue(queue.name, {
        name: queue.name,
        policy: "standard",
        retryLimit: queue.retryLimit,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: queue.expireInSeconds,
      });
    }
    if (options.schedule ?? true)
      for (const queue of definitions) await boss.schedule(queue.name, queue.cron, {}, { tz: timeZone });
  });
  for (const queue of definitions) {
    if (options.work ?? true)
      await boss.work(
        queue.name,
        { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          for (const job of jobs) {
            const started = Date.now();
            try {
              const result = await queue.run(jobData.parse(job.data ?? {}), options);
              logger.debug("job done", { queue: queue.name, id: job.id, ms: Date.now() - started });
              return result;
            } catch (error) {
              logger.error("job failed", { queue: queue.name, id: job.id, error });
              throw error;
            }
          }
        },
      );
  }
  return {
    boss,
    send: (name, data = {}) => boss.send(name, data),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
}

/**
 * Runs `setup` holding a session advisory lock: two instances starting together would otherwise deadlock
 * creating the same queue's partition table.
 */
async function oneAtATime(connectionString: string, setup: () => Promise<void>) {
  const client = new pg.Client({ connectionString, application_name: "qms-jobs-setup" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('qms-jobs-setup'))");
    await setup();
  } finally {
    await client.end().catch(() => {}); // ending the session releases the lock
  }
}

const holder = globalThis as unknown as { __qmsJobs?: Promise<JobRunner> };

/** The process's one job runner: a second call returns the first (a dev reload does not start another). */
export function startJobs(options: JobRunnerOptions): Promise<JobRunner> {
  holder.__qmsJobs ??= startJobRunner(options).catch((error) => {
    holder.__qmsJobs = undefined;
    throw error;
  });
  return holder.__qmsJobs;
}

/** Stops the process's job runner, letting running jobs finish (at most 20 s). */
export async function stopJobs(): Promise<void> {
  const running = holder.__qmsJobs;
  holder.__qmsJobs = undefined;
  if (running) await (await running).stop();
}
