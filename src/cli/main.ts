/**
 * The command line: argv → one command → stdout and an exit code. Each command's module is
 * imported only when that command runs, so `--help` or a plain `import` never loads the
 * database, the report renderers or the server.
 */
import { parseArgs } from "node:util";
import { describeStore, loadConfig } from "../config.ts";
import { AppError } from "../domain/errors.ts";
import { type CommandOutput, runCommand } from "./run.ts";
import type { StoreContext } from "./store.ts";

type Values = ReturnType<typeof parseOptions>["values"];

/** One command: its usage line, the options it takes, how many arguments, and what it does. */
interface Command {
  usage: string;
  options: (keyof Values)[];
  args: [min: number, max: number];
  run: (args: string[], values: Values) => Promise<CommandOutput>;
}

/**
 * Opens the store, then runs `work` on it; the store module (PGlite, Drizzle) and the command's
 * module load side by side, and only for a command that needs them.
 */
async function withStore<M>(
  load: () => Promise<M>,
  work: (module: M, store: StoreContext) => Promise<CommandOutput>,
): Promise<CommandOutput> {
  const [store, module] = await Promise.all([import("./store.ts"), load()]);
  return store.withStore((s) => work(module, s));
}

const COMMANDS: Record<string, Command> = {
  import: {
    usage: "import FILE [--json] [--save --territory CODE [--program ID]]   (FILE may be -)",
    options: ["json", "save", "territory", "program"],
    args: [1, 1],
    run: async ([file], v) => {
      if (v.save)
        return (await import("./import-save-command.ts")).importSaveCommand(file as string, {
          territory: v.territory,
          program: v.program,
        });
      if (v.territory !== undefined || v.program !== undefined)
        throw new AppError("invalid_input", "--territory and --program go with --save");
      const { importCommand } = await import("./import-command.ts");
      return importCommand(file as string, v.json === true, loadConfig().today());
    },
  },
  serve: {
    usage: "serve   (PORT, DATABASE_URL or DATA_DIR, TODAY)",
    options: [],
    args: [0, 0],
    run: async () => (await import("./serve-command.ts")).serveCommand(),
  },
  migrate: {
    usage: "migrate",
    options: [],
    args: [0, 0],
    run: () =>
      withStore(
        async () => null,
        async (_, { config }) => ({
          stdout: `migrated: ${describeStore(config)} is up to date`,
          exitCode: 0,
        }),
      ),
  },
  "user add": {
    usage:
      "user add LOGIN [--name NAME] [--org ID] (--password-stdin | --password P) [--role ROLE --territory CODE]",
    options: ["name", "org", "password", "password-stdin", "role", "territory"],
    args: [1, 1],
    run: ([login], v) =>
      withStore(
        () => import("./user-command.ts"),
        (m, s) =>
          m.userAdd(s, login as string, {
            name: v.name,
            org: v.org,
            password: v.password,
            passwordStdin: v["password-stdin"],
            role: v.role,
            territory: v.territory,
          }),
      ),
  },
  "user role": {
    usage: "user role LOGIN ROLE TERRITORY_CODE [--revoke]",
    options: ["revoke"],
    args: [3, 3],
    run: ([login, role, code], v) =>
      withStore(
        () => import("./user-command.ts"),
        (m, s) => m.userRole(s, login as string, role as string, code as string, v.revoke === true),
      ),
  },
  "user password": {
    usage: "user password LOGIN   (the new password on standard input)",
    options: [],
    args: [1, 1],
    run: ([login]) =>
      withStore(
        () => import("./user-command.ts"),
        (m, s) => m.userPassword(s, login as string),
      ),
  },
  "territory add": {
    usage: "territory add CODE [--parent CODE] --level LEVEL --ky NAME --ru NAME",
    options: ["parent", "level", "ky", "ru"],
    args: [1, 1],
    run: ([code], v) =>
      withStore(
        () => import("./territory-command.ts"),
        (m, s) => m.territoryAdd(s, code as string, v),
      ),
  },
  "territory import": {
    usage:
      "territory import FILE.csv [--json]   (the register: code, parent code, level, ky name, ru name, valid from, valid to, successor code)",
    options: ["json"],
    args: [1, 1],
    run: ([file], v) =>
      withStore(
        () => import("./territory-command.ts"),
        (m, s) => m.territoryImport(s, file as string, v.json === true),
      ),
  },
  rollup: {
    usage:
      "rollup --territory CODE [--period 2026-Q2] [--json]   (programs, measures, progress, reporting rate, money of the subtree)",
    options: ["territory", "period", "json"],
    args: [0, 0],
    run: (_, v) =>
      withStore(
        () => import("./rollup-command.ts"),
        (m, s) => m.rollupCommand(s, { territory: v.territory, period: v.period, json: v.json }),
      ),
  },
  "indicators template": {
    usage:
      "indicators template --territory CODE [--year 2026] [--period Q2] [--lang ky|ru] --out FILE.xlsx   (territories × indicators, to fill in)",
    options: ["territory", "year", "period", "lang", "out"],
    args: [0, 0],
    run: (_, v) =>
      withStore(
        () => import("./indicators-command.ts"),
        (m, s) => m.indicatorsTemplate(s, v),
      ),
  },
  "indicators import": {
    usage: "indicators import FILE.xlsx [--json]   (a filled template; all or nothing)",
    options: ["json"],
    args: [1, 1],
    run: ([file], v) =>
      withStore(
        () => import("./indicators-command.ts"),
        (m, s) => m.indicatorsImport(s, file as string, v.json === true),
      ),
  },
  "org add": {
    usage: "org add TERRITORY_CODE --name NAME [--ru NAME] [--short ABBR] [--alias NAME]...",
    options: ["name", "ru", "short", "alias"],
    args: [1, 1],
    run: ([code], v) =>
      withStore(
        () => import("./territory-command.ts"),
        (m, s) => m.orgAdd(s, code as string, v),
      ),
  },
  backup: {
    usage: "backup FILE",
    options: [],
    args: [1, 1],
    run: ([f]) =>
      withStore(
        () => import("./backup-command.ts"),
        (m, s) => m.backupCommand(s, f as string),
      ),
  },
  restore: {
    usage: "restore FILE   (into an empty database)",
    options: [],
    args: [1, 1],
    run: ([f]) =>
      withStore(
        () => import("./backup-command.ts"),
        (m, s) => m.restoreCommand(s, f as string),
      ),
  },
  report: {
    usage:
      "report --program ID|--territory CODE --period 2026-Q2|2026 --format docx|xlsx|pdf --lang ky|ru --out FILE   (--territory: the summary report, one row per child territory; a quarter)",
    options: ["program", "territory", "period", "format", "lang", "out"],
    args: [0, 0],
    run: (_, v) =>
      withStore(
        () => import("./report-command.ts"),
        (m, s) => m.reportCommand(s, v),
      ),
  },
  export: {
    usage:
      "export --program ID|--territory CODE --format json|csv|xlsx|iati [--lang ky|ru] --out FILE   (iati: a published program's IATI 2.03 file; --territory: its published programs in one table)",
    options: ["program", "territory", "format", "lang", "out"],
    args: [0, 0],
    run: (_, v) =>
      withStore(
        () => import("./export-command.ts"),
        (m, s) => m.exportCommand(s, v),
      ),
  },
  "reminders run": {
    usage:
      "reminders run [--json]   (today's reminder digests into the outbox, then send what is due through SMTP_URL)",
    options: ["json"],
    args: [0, 0],
    run: (_, v) =>
      withStore(
        () => import("./reminders-command.ts"),
        (m, s) => m.remindersRun(s, v.json === true),
      ),
  },
  demo: {
    usage: "demo   (demo territories, users, programs and reports)",
    options: [],
    args: [0, 0],
    run: () =>
      withStore(
        () => import("./demo-command.ts"),
        (m, s) => m.demoCommand(s),
      ),
  },
};

const USAGE = `usage: npm run -s cli -- COMMAND [--debug]\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}`;

function parseOptions(argv: string[]) {
  const text = { type: "string" } as const;
  const flag = { type: "boolean" } as const;
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: flag,
        debug: flag,
        help: flag,
        save: flag,
        revoke: flag,
        "password-stdin": flag,
        territory: text,
        program: text,
        name: text,
        org: text,
        password: text,
        role: text,
        parent: text,
        level: text,
        ky: text,
        ru: text,
        short: text,
        alias: { type: "string", multiple: true },
        period: text,
        year: text,
        format: text,
        lang: text,
        out: text,
      },
    });
  } catch (error) {
    // Node's message goes on to explain "--" at length; the first sentence says what is wrong.
    const first = (error as Error).message.split(". ")[0];
    throw new AppError("invalid_input", `${first}; see --help for the commands`);
  }
}

/** The command named by the first one or two words, and the arguments after them. */
function findCommand(positionals: string[]): [string, Command, string[]] | null {
  for (const words of [2, 1]) {
    const name = positionals.slice(0, words).join(" ");
    const command = COMMANDS[name];
    if (command && positionals.length >= words) return [name, command, positionals.slice(words)];
  }
  return null;
}

/** Parses argv and runs one command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  return runCommand(async () => {
    const { values, positionals } = parseOptions(argv);
    if (positionals.length === 0) return { stdout: USAGE, exitCode: values.help ? 0 : 2 };
    const found = findCommand(positionals);
    if (!found) throw new AppError("invalid_input", `unknown command "${positionals.join(" ")}"\n${USAGE}`);
    const [name, command, args] = found;
    if (values.help) return { stdout: `usage: npm run -s cli -- ${command.usage}`, exitCode: 0 };
    const given = Object.keys(values).filter((k) => k !== "debug") as (keyof Values)[];
    const foreign = given.filter((k) => !command.options.includes(k));
    if (foreign.length > 0)
      throw new AppError(
        "invalid_input",
        `${name} does not take --${foreign.join(", --")}; usage: ${command.usage}`,
      );
    const [min, max] = command.args;
    if (args.length < min || args.length > max)
      throw new AppError("invalid_input", `wrong number of arguments; usage: ${command.usage}`);
    return command.run(args, values);
  }, debug);
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
// Never hang on a handle a library left open: leave a second after the work is done.
setTimeout(() => process.exit(exitCode), 1000).unref();
