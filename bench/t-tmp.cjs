const t0 = performance.now();
const lib = require("@copilot-spaces/mock-server");
const t1 = performance.now();
lib.createMock().then(async (m) => {
  const t2 = performance.now();
  await (await m.fetch("http://x/orgs/a/copilot-spaces/3", { headers: { authorization: "Bearer t" } })).text();
  const t3 = performance.now();
  console.log(`require ${(t1 - t0).toFixed(0)} createMock ${(t2 - t1).toFixed(0)} first ${(t3 - t2).toFixed(0)}`);
  await m.close();
});
