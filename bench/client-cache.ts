// What `cache: true` saves: 1,000 repeated GETs of the same Space and of the same list against the
// mock server (over HTTP, its ETags and 304s as GitHub's), with and without the cache: requests
// charged to the token's budget (x-ratelimit-used, read from the mock's answers) and wall time per
// call. Each case gets a token of its own, so each starts from a whole budget; the cases run in
// rotating order, twice, and the table shows the second round (the first warms up).
//
//   pnpm --filter @copilot-spaces/bench client-cache [-- --calls 1000]
import { createCopilotSpacesClient } from "@copilot-spaces/client";
import { startMockServer } from "@copilot-spaces/mock-server";
import { numberOption } from "./servers.js";

const CALLS = numberOption("calls", 1000);

interface Row {
  target: string;
  cache: boolean;
  charged: number;
  notModified: number;
  usPerCall: number;
}

async function main() {
  // A budget no case can spend: what is counted is what each case is charged.
  const server = await startMockServer({ port: 0, rateLimit: 1_000_000 });
  let tokens = 0;
  try {
    const cases = [
      { target: "a Space (getForOrg)", cache: false },
      { target: "a Space (getForOrg)", cache: true },
      { target: "a list (listForOrg)", cache: false },
      { target: "a list (listForOrg)", cache: true },
    ];
    const run = async ({ target, cache }: (typeof cases)[number]): Promise<Row> => {
      let used = 0;
      let notModified = 0;
      const github = createCopilotSpacesClient({
        token: `ghp_bench${String(++tokens).padStart(4, "0")}abcdefghijklmnopqrstuvwxyz0123`,
        baseUrl: server.url,
        cache,
        fetch: async (request) => {
          const response = await fetch(request);
          used = Math.max(used, Number(response.headers.get("x-ratelimit-used")));
          if (response.status === 304) notModified++;
          return response;
        },
      });
      const call = target.startsWith("a Space")
        ? () => github.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 })
        : () => github.copilotSpaces.listForOrg({ org: "octo-org", per_page: 30 });
      const started = performance.now();
      for (let i = 0; i < CALLS; i++) await call();
      return { target, cache, charged: used, notModified, usPerCall: ((performance.now() - started) * 1000) / CALLS };
    };
    let rows: Row[] = [];
    for (let round = 0; round < 2; round++) {
      rows = [];
      for (let i = 0; i < cases.length; i++) rows.push(await run(cases[(i + round) % cases.length]!));
    }
    console.log(`\n${CALLS} repeated GETs against the mock server over HTTP (its ETags, 304s and budget), one token per case\n`);
    console.log("| GET of | cache | requests charged to the budget | 304s | µs per call |");
    console.log("| --- | --- | ---: | ---: | ---: |");
    rows.sort((a, b) => a.target.localeCompare(b.target) || Number(a.cache) - Number(b.cache));
    for (const row of rows) {
      console.log(`| ${row.target} | ${row.cache ? "`cache: true`" : "off"} | ${row.charged} | ${row.notModified} | ${row.usPerCall.toFixed(0)} |`);
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
