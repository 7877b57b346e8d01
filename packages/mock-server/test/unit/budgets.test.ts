// The budgets' arithmetic on a clock the test moves: a refund stays in its window, a forgotten token
// comes back with a whole budget, requests in flight are counted until released.
import { describe, expect, it } from "vitest";
import { Budgets, GITHUB_BUDGETS } from "../../src/core/traffic/budgets.js";
import { mockClock } from "../../src/core/traffic/clock.js";

const at = (ms: number) => mockClock(() => new Date(ms));

describe("Budgets", () => {
  it("charges each admitted request and refunds one 304 once, in its own window only", () => {
    const clock = at(0);
    const budgets = new Budgets({ ...GITHUB_BUDGETS, limit: 3, windowMs: 1000 }, clock);
    const first = budgets.admit("t", false);
    expect(first.admitted && first.standing).toEqual({ limit: 3, used: 1, resetMs: 1000 });
    if (!first.admitted) throw new Error("admitted");
    first.refund();
    first.refund();
    expect(budgets.standingOf("t").used).toBe(0);
    const second = budgets.admit("t", false);
    clock.advance(1000);
    budgets.admit("t", false);
    if (second.admitted) second.refund();
    // The refund of a request of the window before leaves the new window's count alone.
    expect(budgets.standingOf("t")).toEqual({ limit: 3, used: 1, resetMs: 2000 });
  });

  it("counts requests in flight until each is released, once", () => {
    const budgets = new Budgets({ ...GITHUB_BUDGETS, concurrent: 1 }, at(0));
    const held = budgets.admit("t", false);
    expect(budgets.admit("t", false)).toMatchObject({ admitted: false, limit: "secondary", retryAfterS: 1 });
    if (!held.admitted) throw new Error("admitted");
    held.release();
    held.release();
    const next = budgets.admit("t", false);
    expect(next.admitted).toBe(true);
    expect(budgets.admit("u", false).admitted).toBe(true);
  });

  it("forgets idle tokens past 10,000 and keeps those in flight", () => {
    const clock = at(0);
    const budgets = new Budgets({ ...GITHUB_BUDGETS, limit: 1, windowMs: 1000 }, clock);
    const busy = budgets.admit("busy", false);
    for (let i = 0; i < 10_000; i++) {
      const admitted = budgets.admit(`t${i}`, false);
      if (admitted.admitted) admitted.release();
    }
    expect(busy.admitted).toBe(true);
    // "busy" is still in flight, so its spent budget was kept; an idle forgotten token starts whole.
    expect(budgets.admit("busy", false)).toMatchObject({ admitted: false, limit: "primary" });
    expect(budgets.standingOf("t0").used).toBe(0);
  });
});
