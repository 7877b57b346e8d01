// The mock set up from a bundle, once: Prism's engine, the facts the rules need, the lists and their
// fixed sets, GitHub's error bodies, the examples (checked here), and in stateful mode the store.
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { createEngine } from "../engine/prism-engine.js";
import { stateFile } from "../store/state-file.js";
import { SpaceStore } from "../store/store.js";
import { apiVersions, operationFacts } from "./description.js";
import { checkExamples, exampleAnswers } from "./example-answers.js";
import type { MockContext, Stateful } from "./exchange.js";
import { githubErrors } from "./github-errors.js";
import { loadBundle } from "./load-bundle.js";
import type { MockOptions } from "./options.js";
import { listOperations } from "./paging/pagination.js";
import { parseGrants } from "./rules/tokens.js";
import { collectionSeeds } from "./store-setup/seeds.js";
import { storeRoutes } from "./store-setup/routes.js";
import { Budgets } from "./traffic/budgets.js";
import { Journal, journalSizeOf } from "./journal/journal.js";
import { latencyPlan } from "./injections/latency.js";
import { mockClock, type MockClock } from "./traffic/clock.js";
import { budgetSettings } from "./traffic/settings.js";
import { scenarios } from "./scenarios/scenarios.js";
import { loadCassettes } from "../cassettes/load.js";
import { replayOf } from "../cassettes/replay.js";
import { seedFromRecordings } from "../cassettes/seed-recording.js";

/** The bundles (by content) whose examples this process has checked: each is checked once. */
const checked = new Set<string>();

export async function setUp(options: MockOptions): Promise<MockContext> {
  const bundle = loadBundle(options.specPath);
  const model = operationsOf(bundle);
  const engine = await createEngine(bundle, model);
  const option = options.specPath === undefined ? "the description" : "specPath";
  let errors: MockContext["errors"];
  try {
    errors = githubErrors(bundle);
    if (!engine.examplesChecked && !checked.has(engine.bundleKey)) checkExamples(engine, model);
    checked.add(engine.bundleKey);
  } catch (cause) {
    throw new Error(`${option}: ${(cause as Error).message}`, { cause });
  }
  const lists = listOperations(model);
  const clock = mockClock(options.now);
  const budgets = budgetSettings(options);
  const grants = options.tokens === undefined ? {} : parseGrants(options.tokens, "tokens");
  const latency = latencyPlan(options, model.map((m) => m.operationId).filter(Boolean));
  const stateful = options.stateful || options.stateFile !== undefined ? statefulMock(options, bundle, model, engine, lists, clock) : undefined;
  if (options.replayStrict !== undefined && typeof options.replayStrict !== "boolean")
    throw new TypeError(`replayStrict: expected true or false, got ${JSON.stringify(options.replayStrict)}`);
  if (options.replayStrict && options.replay === undefined) throw new TypeError("replayStrict: goes with replay (the cassettes to replay)");
  const replay =
    options.replay === undefined ? undefined : { recordings: replayOf(loadCassettes(options.replay, "replay", engine)), strict: options.replayStrict ?? false };
  if (options.seedFromRecording !== undefined) {
    if (!stateful) throw new TypeError("seedFromRecording: goes with stateful (or stateFile): it seeds the stateful store");
    const recorded = loadCassettes(options.seedFromRecording, "seedFromRecording", engine);
    seedFromRecordings(recorded, stateful, "seedFromRecording");
    // A reset goes back to how the mock started: the recording's items again.
    stateful.reseed = () => seedFromRecordings(recorded, stateful, "seedFromRecording");
  }
  return {
    engine,
    facts: new Map(model.map((m) => [m, operationFacts(m, bundle)])),
    versions: apiVersions(model),
    lists: new Map(lists.map((l) => [l.path, l])),
    errors,
    examples: exampleAnswers(engine),
    dynamic: options.dynamic ?? false,
    tokens: { grants, initial: grants, everyScope: [...new Set(model.flatMap((m) => m.access?.scopes ?? []))] },
    stateful,
    clock,
    budgets: budgets && new Budgets(budgets, clock),
    journal: new Journal(journalSizeOf(options.journalSize)),
    scenarios: scenarios(
      options,
      model,
      (operation) => engine.documented(operation),
      (line) => {
        try {
          options.log?.(line);
        } catch {
          // the log is the user's: a throwing one costs its line
        }
      },
    ),
    latency,
    replay,
    // What the control endpoints and the in-process methods do to the state: each change saved.
    state: stateful && {
      reset: () => (stateful.store.reset(), stateful.reseed?.(), stateful.persist()),
      snapshot: () => stateful.store.snapshot(),
      restore: (snapshot) => (stateful.store.restore(snapshot), stateful.persist()),
      seed: (input) => (stateful.store.seed(input), stateful.persist()),
    },
  };
}

function statefulMock(
  options: MockOptions,
  bundle: object,
  model: ReturnType<typeof operationsOf>,
  engine: MockContext["engine"],
  lists: ReturnType<typeof listOperations>,
  clock: MockClock,
): Stateful {
  const routes = storeRoutes(model, bundle);
  const store = new SpaceStore(
    collectionSeeds(routes, lists, bundle, (operation) => engine.successSchema(operation)),
    {
      maxItemsPerOwner: positive(options.maxItemsPerOwner, "maxItemsPerOwner", 10_000),
      maxOwners: positive(options.maxOwners, "maxOwners", 1_000),
      now: () => new Date(clock.now()),
      ...(options.user === undefined ? {} : { user: options.user }),
    },
  );
  return {
    store,
    routes,
    persist: options.stateFile !== undefined ? stateFile(store, options.stateFile) : () => undefined,
    serially: serial(),
  };
}

/** Runs the tasks given to it one after the other, in the order given. */
function serial(): Stateful["serially"] {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name}: expected a whole number, 1 or more, got ${String(value)}`);
  return value;
}
