// The bin's rate limits and ETags, as a user meets them: with its defaults x-ratelimit-remaining
// counts down per token and a 304 answers the ETag of the 200 before it; --rate-limit 10 refuses a
// token's 11th request and not another's; the flags refuse what they cannot use, naming the flag.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { cli, withBin } from "./cli-helpers.js";
import { auth, itemGet, pathOf, standing } from "./traffic-helpers.js";

describe("copilot-spaces-mock, rate limits and ETags", () => {
  it("with its defaults: remaining counts down per token, and a 304 answers the ETag of the 200 before it", async () => {
    await withBin([], async (url) => {
      const target = `${url}${pathOf(itemGet)}`;
      const answers = [];
      for (const token of ["one", "one", "two", "one"]) answers.push(await fetch(target, { headers: auth(token) }));
      expect(answers.map((a) => standing(a).remaining)).toEqual([4999, 4998, 4999, 4997]);
      const etag = answers[3]!.headers.get("etag")!;
      const conditional = await fetch(target, { headers: { ...auth("one"), "if-none-match": etag } });
      expect(conditional.status).toBe(304);
      expect(standing(conditional).remaining).toBe(4997);
    });
  });

  it("--rate-limit 10: a token's 11th request gets GitHub's 403, and the 11th request, another token's, a 200", async () => {
    await withBin(["--rate-limit", "10"], async (url) => {
      const target = `${url}${pathOf(itemGet)}`;
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await fetch(target, { headers: auth("a") })).status);
      expect(statuses).toEqual(Array(10).fill(200));
      const eleventh = await fetch(target, { headers: auth("a") });
      expect(eleventh.status).toBe(403);
      expect(((await eleventh.json()) as { message: string }).message).toMatch(/^API rate limit exceeded/);
      expect(standing(eleventh)).toMatchObject({ limit: 10, remaining: 0, used: 10 });
      expect(standing(eleventh).reset).toBeGreaterThan(Date.now() / 1000);
      const other = await fetch(target, { headers: auth("b") });
      expect(other.status).toBe(200);
      expect(standing(other)).toMatchObject({ limit: 10, remaining: 9 });
    });
  });

  it("--rate-limit off: the budget never counts down; --rate-limit-window and --secondary-rate-limit are used", async () => {
    await withBin(["--rate-limit", "off"], async (url) => {
      const answers = await Promise.all([1, 2, 3].map(() => fetch(`${url}${pathOf(itemGet)}`, { headers: auth("t") })));
      expect(answers.map((a) => standing(a).remaining)).toEqual([4999, 4999, 4999]);
    });
    await withBin(["--rate-limit", "1", "--rate-limit-window", "5", "--secondary-rate-limit", "concurrent=off,per-minute=1,per-hour=off"], async (url) => {
      const first = await fetch(`${url}${pathOf(itemGet)}`, { headers: auth("t") });
      expect(standing(first).reset - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(6);
    });
  });

  it.each([
    [["--rate-limit", "0"], /--rate-limit: expected a whole number of requests per window, 1 or more, or "off"; got "0"/],
    [["--rate-limit", "lots"], /--rate-limit: .* got "lots"/],
    [["--rate-limit-window", "1.5"], /--rate-limit-window: expected a whole number of seconds, 1 or more; got "1.5"/],
    [["--secondary-rate-limit", "per-second=3"], /--secondary-rate-limit: expected "off" or settings such as concurrent=100/],
    [["--secondary-rate-limit", "concurrent=-1"], /--secondary-rate-limit: concurrent must be a whole number, 1 or more, or "off"; got "-1"/],
  ])("%j is refused at once, naming the flag and the rule", async (args, rule) => {
    const child = spawn(process.execPath, [cli, "--port", "0", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toMatch(rule);
  });
});
