/**
 * Simulated executors: each a client with its own session that, at the pace of the web form's
 * autosave, writes its reports one after the other — create the draft, save it twice more, submit — and,
 * once all are submitted, reads them back. Every answer is timed and tallied; every 200/201 of a
 * write is kept as an acknowledgement, to be found in the database afterwards.
 */
import { percentile } from "../../bench/api/replay.ts";
import { type Executor, LOAD_PERIOD } from "./load-world.ts";

/** What a successful write answered: the report as it must now be in the database. */
export interface Ack {
  reportId: number;
  rowVersion: number;
  percent: number;
  doneText: string;
  workflow: string;
}

/** Kinds of request the executors make, timed apart. */
export type RequestKind = "login" | "save" | "submit" | "read";

/** Everything the executors saw. */
export interface Tally {
  latencies: Record<RequestKind, number[]>;
  /** Answers by HTTP status; 0 = no answer (a network error). */
  statuses: Record<number, number>;
  /** The first few 5xx and network errors, for the message of a failing check. */
  failures: string[];
  acks: Ack[];
}

/** An empty tally. */
export function newTally(): Tally {
  return { latencies: { login: [], save: [], submit: [], read: [] }, statuses: {}, failures: [], acks: [] };
}

/** A signed-in executor and where it is in its reports. */
export interface ExecutorClient {
  executor: Executor;
  cookie: string;
  csrf: string;
  /** Index of the report being written, and the step of it (0 create, 1–2 save, 3 submit). */
  next: number;
  step: number;
  reportId: number;
  rowVersion: number;
  submitted: number[];
  reads: number;
}

interface Answer {
  status: number;
  body: Record<string, unknown> | null;
}

async function timed(tally: Tally, kind: RequestKind, url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  let answer: Answer;
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    answer = { status: res.status, body: text.startsWith("{") ? JSON.parse(text) : null };
    if (res.status >= 500)
      note(tally, `${init.method ?? "GET"} ${url} → ${res.status} ${text.slice(0, 200)}`);
  } catch (error) {
    answer = { status: 0, body: null };
    note(tally, `${init.method ?? "GET"} ${url} → no answer: ${String(error)}`);
  }
  tally.latencies[kind].push(performance.now() - started);
  tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
  return answer;
}

function note(tally: Tally, failure: string): void {
  if (tally.failures.length < 20) tally.failures.push(failure);
}

/** Signs an executor in through `base`. */
export async function signIn(base: string, executor: Executor, tally: Tally): Promise<ExecutorClient> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: executor.login, password: executor.password }),
  });
  if (res.status !== 200) throw new Error(`${executor.login} could not sign in: ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  tally.statuses[200] = (tally.statuses[200] ?? 0) + 1;
  return {
    executor,
    cookie,
    csrf: csrfToken,
    next: 0,
    step: 0,
    reportId: 0,
    rowVersion: 0,
    submitted: [],
    reads: 0,
  };
}

/** Signs every executor in, a few at a time (each login is an argon2 check on the server). */
export async function signInAll(
  base: string,
  executors: Executor[],
  tally: Tally,
): Promise<ExecutorClient[]> {
  const clients: ExecutorClient[] = [];
  for (let i = 0; i < executors.length; i += 20)
    clients.push(...(await Promise.all(executors.slice(i, i + 20).map((e) => signIn(base, e, tally)))));
  return clients;
}

/** One request of the executor's work: the next step of its current report, or a read once done. */
async function step(base: string, client: ExecutorClient, tally: Tally): Promise<void> {
  const headers = { cookie: client.cookie, "x-csrf-token": client.csrf, "content-type": "application/json" };
  const owned = client.executor.reports[client.next];
  if (!owned) {
    const id = client.submitted[client.reads++ % Math.max(1, client.submitted.length)];
    await timed(tally, "read", id ? `${base}/api/v1/reports/${id}` : `${base}/api/v1/auth/me`, { headers });
    return;
  }
  if (client.step === 3) {
    const res = await timed(tally, "submit", `${base}/api/v1/reports/${client.reportId}/submit`, {
      method: "POST",
      headers: { ...headers, "if-match": `"${client.rowVersion}"` },
    });
    if (res.status === 200) acknowledge(tally, res);
    client.submitted.push(client.reportId);
    client.next++;
    client.step = 0;
    return;
  }
  const body = {
    status: "in_progress",
    percent: 10 * (client.step + 1),
    doneText: `${client.executor.login}: measure ${owned.measureId}, save ${client.step + 1}`,
  };
  const res = await timed(
    tally,
    "save",
    `${base}/api/v1/measures/${owned.measureId}/reports/${LOAD_PERIOD}`,
    {
      method: "PUT",
      headers: client.step === 0 ? headers : { ...headers, "if-match": `"${client.rowVersion}"` },
      body: JSON.stringify(body),
    },
  );
  if (res.status === 200 || res.status === 201) {
    const ack = acknowledge(tally, res);
    client.reportId = ack.reportId;
    client.rowVersion = ack.rowVersion;
    client.step++;
  } else if (client.step === 0) {
    client.next++; // not created: move on to the next report
  }
}

function acknowledge(tally: Tally, res: Answer): Ack {
  const b = res.body as Record<string, unknown>;
  const ack = {
    reportId: b.id as number,
    rowVersion: b.rowVersion as number,
    percent: b.percent as number,
    doneText: b.doneText as string,
    workflow: b.workflow as string,
  };
  tally.acks.push(ack);
  return ack;
}

/**
 * The pause of a person between two saves: the web form saves 1.2 s after the last keystroke
 * (src/web/features/my-reports/use-autosave.ts), so an executor typing sends at most about that.
 */
export const THINK_MS = 1200;

/**
 * Runs every client until `ms` have passed, each pausing 0.5–1.5 × `thinkMs` between requests;
 * resolves with the wall time used.
 */
export async function drive(
  bases: string[],
  clients: ExecutorClient[],
  ms: number,
  tally: Tally,
  thinkMs = THINK_MS,
): Promise<number> {
  const started = performance.now();
  const until = started + ms;
  await Promise.all(
    clients.map(async (client, i) => {
      const base = bases[i % bases.length] as string;
      // Start spread over one pause, as people do, not all in the same millisecond.
      await sleep(Math.random() * thinkMs);
      while (performance.now() < until) {
        await step(base, client, tally);
        await sleep(thinkMs * (0.5 + Math.random()));
      }
    }),
  );
  return performance.now() - started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** p50/p95/p99 in ms (one decimal) and the count of a list of latencies. */
export function latencyFigures(latencies: number[]) {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}

/** Answers with a status of 500 or more, and requests that got no answer at all. */
export function serverErrors(tally: Tally): number {
  return Object.entries(tally.statuses)
    .filter(([status]) => Number(status) >= 500 || Number(status) === 0)
    .reduce((sum, [, n]) => sum + n, 0);
}
