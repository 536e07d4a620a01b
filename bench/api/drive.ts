/**
 * Drives the API with autocannon in a worker thread, so the load generator's own work does not
 * run on the server's event loop. Paths are taken in turn (a request generator rotates the ids).
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import autocannon from "autocannon";

/** One load run: where, which paths in turn, how hard and how long. */
export interface DriveInput {
  url: string;
  paths: string[];
  cookie: string;
  connections: number;
  seconds: number;
}

/** Every response's latency in ms, and the counts autocannon reports. */
export interface DriveResult {
  latencies: number[];
  non2xx: number;
  errors: number;
  seconds: number;
}

/** Runs one load run in a worker thread and returns its latencies. */
export function drive(input: DriveInput): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    // tsx's loader hooks do not reach a worker thread: its entry loads this file through tsx's API.
    const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
    const self = JSON.stringify(import.meta.url);
    const entry = `import(${api}).then(({ tsImport }) => tsImport(${self}, ${self}))`;
    const worker = new Worker(entry, { eval: true, workerData: input });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

async function run(input: DriveInput): Promise<DriveResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: input.url,
        connections: input.connections,
        duration: input.seconds,
        headers: { cookie: input.cookie },
        requests: [
          {
            setupRequest: (request) => {
              const path = input.paths[next++ % input.paths.length] as string;
              return { ...request, path };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    latencies,
    non2xx: result.non2xx,
    errors: result.errors,
    seconds: (performance.now() - started) / 1000,
  };
}

if (!isMainThread && parentPort) parentPort.postMessage(await run(workerData as DriveInput));
