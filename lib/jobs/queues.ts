import "server-only";
import { z } from "zod";
import { sendMonthlySummaries, sendWeeklyDigests, sweepDeadlines } from "@/lib/findings/reminders/mutations";
import { logger } from "@/lib/logger";
import { deliverPending, type Mailer } from "@/lib/mail/send";
import { now, today } from "./clock";

/*
 * Every queue of the app and its schedule, in one place. Cron times are read in Asia/Ho_Chi_Minh. A handler
 * takes its time from the queue's clock (./clock.ts); a job's data may name the day (`{ "today":
 * "2026-12-07" }`) to run a day again by hand.
 */

export const jobData = z.object({ today: z.iso.date().optional() }).catch({});

/** What the handlers may be given instead of the environment's (tests: a mail transport double). */
export type HandlerOptions = { mailer?: Mailer | null; baseUrl?: string | null };

export type QueueDefinition = {
  name: string;
  /** Five-field cron, Viet Nam time. */
  cron: string;
  /** A job not finished within this is failed and retried (pg-boss's expiration). */
  expireInSeconds: number;
  retryLimit: number;
  run: (data: z.infer<typeof jobData>, options: HandlerOptions) => Promise<Record<string, unknown>>;
};

let warnedNoUrl = false;

export const queues = {
  /** The e-mail outbox, every minute: batches of 50 until it is empty (or 10 batches were sent). */
  outbox: {
    name: "outbox-deliver",
    cron: "* * * * *",
    expireInSeconds: 10 * 60,
    retryLimit: 0, // the next minute's job retries; failed rows carry their own back-off (lib/mail/send.ts)
    run: async (_data, options) => {
      const total = { sent: 0, failed: 0 };
      for (let batch = 0; batch < 10; batch += 1) {
        const result = await deliverPending({ limit: 50, mailer: options.mailer, baseUrl: options.baseUrl, now });
        total.sent += result.sent;
        total.failed += result.failed;
        if (result.skipped === "no APP_URL" && !warnedNoUrl) {
          warnedNoUrl = true;
          logger.warn("outbox waits: set APP_URL (the app's public address) so that e-mails can carry links");
        }
        if (result.skipped || result.sent + result.failed < 50) break;
      }
      if (total.sent || total.failed) logger.info("outbox delivered", total);
      return total;
    },
  },
  /** Deadline reminders and escalations, every morning at 07:00. */
  sweep: {
    name: "deadline-sweep",
    cron: "0 7 * * *",
    expireInSeconds: 15 * 60,
    retryLimit: 3,
    run: async (data) => sweepDeadlines(today(data.today), { now: now() }),
  },
  /** The weekly digest to DOST staff, Monday 07:30. */
  weeklyDigest: {
    name: "weekly-digest",
    cron: "30 7 * * 1",
    expireInSeconds: 15 * 60,
    retryLimit: 3,
    run: async (data) => sendWeeklyDigests(today(data.today), { now: now() }),
  },
  /** The monthly overdue summary to the committee, on the 1st at 07:30. */
  monthlySummary: {
    name: "monthly-summary",
    cron: "30 7 1 * *",
    expireInSeconds: 15 * 60,
    retryLimit: 3,
    run: async (data) => sendMonthlySummaries(today(data.today), { now: now() }),
  },
} satisfies Record<string, QueueDefinition>;

export type QueueName = (typeof queues)[keyof typeof queues]["name"];
