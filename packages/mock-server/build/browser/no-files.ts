// Stands in for node:fs and node:path in the browser build. The options that read or write files
// (specPath, stateFile, replay, seedFromRecording) are refused by the browser entry before any of
// these could be called (src/browser.ts).
const noFiles = (): never => {
  throw new Error("The mock's browser build has no file system");
};
export const readFileSync = noFiles;
export const writeFileSync = noFiles;
export const renameSync = noFiles;
export const readdirSync = noFiles;
export const statSync = noFiles;
export const basename = noFiles;
export const join = noFiles;
export const resolve = noFiles;
