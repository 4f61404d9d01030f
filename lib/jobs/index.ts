// The job queue: one pg-boss per process (started by scripts/serve.ts), its queues and schedules, its clock.
export {
  createBoss,
  jobSchema,
  startJobRunner,
  startJobs,
  stopJobs,
  type JobRunner,
  type JobRunnerOptions,
} from "./boss";
export { now, setClock, today, vietnamMorning } from "./clock";
export { queues, type QueueName } from "./queues";
