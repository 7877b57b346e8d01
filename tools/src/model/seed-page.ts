// Reads GitHub's REST reference page for Copilot Spaces (shared/seed/copilot-spaces-rest-api.txt, the
// text of the web page) into operations, so that tests can compare the description with the page
// itself instead of with a hand-made copy of it.

export type SeedParameterLocation = "header" | "path" | "query" | "body";

export interface SeedParameter {
  in: SeedParameterLocation;
  /** The name, prefixed by its parents for nested body fields: ["resources_attributes", "metadata", "text"]. */
  path: string[];
  name: string;
  /** As the page says it: "string", "integer", "object", "array of objects"… */
  type: string;
  required: boolean;
  description: string;
  default?: string;
  enum?: string[];
}

export interface SeedStatus {
  code: number;
  description: string;
}

export interface SeedExample {
  /** The heading above the example, e.g. "Example response for an organization copilot space". */
  title: string;
  status: number;
  /** The parsed JSON body, or undefined where the page shows none (204). */
  body?: unknown;
}

export interface SeedCurl {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The raw `-d` payload, as written on the page. */
  data?: string;
}

export interface SeedOperation {
  title: string;
  method: string;
  /** The URL template, e.g. "/orgs/{org}/copilot-spaces". */
  path: string;
  /** The paragraphs between the title and the fine-grained token section. */
  prose: string[];
  /** What the page says of fine-grained tokens, one line each. */
  fineGrained: string[];
  parameters: SeedParameter[];
  statuses: SeedStatus[];
  curl: SeedCurl;
  responseExamples: SeedExample[];
}

const PARAMETER_SECTIONS: Record<string, SeedParameterLocation> = {
  Headers: "header",
  "Path parameters": "path",
  "Query parameters": "query",
  "Body parameters": "body",
};
const TABLE_HEADER = "Name, Type, Description";
const PARAMETER_LINE = /^([A-Za-z_][\w-]*) (string|integer|number|boolean|object|array of objects|array of strings|array of integers)( Required)?$/;
const REQUEST_LINE = /^(get|post|put|patch|delete)(\/\S+)$/;
const STATUS_CODE_LINE = /^[1-5]\d\d$/;

/** The web page's email protection leaves "[email protected]" (with a no-break space) in place of emails. */
export const EMAIL_PROTECTION_ARTIFACT = /^\[email\s+protected\]$/u;

export class SeedPageError extends Error {
  override name = "SeedPageError";
}

export function parseSeedPage(text: string): SeedOperation[] {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\u00a0/g, " ").trimEnd());
  const titles = lines.map((line) => /^Parameters for "(.+)"$/.exec(line)?.[1]).filter((title): title is string => title !== undefined);
  if (titles.length === 0) {
    throw new SeedPageError('The seed page has no "Parameters for "…"" section: is it the Copilot Spaces reference page?');
  }
  const starts = titles.map((title) => {
    const index = lines.indexOf(title);
    if (index < 0) throw new SeedPageError(`The seed page names "${title}" but has no heading line for it.`);
    return index;
  });
  return titles.map((title, i) => parseOperation(title, lines.slice(starts[i], starts[i + 1] ?? lines.length)));
}

function parseOperation(title: string, section: string[]): SeedOperation {
  const at = (heading: string): number => {
    const index = section.indexOf(heading);
    if (index < 0) throw new SeedPageError(`"${title}": the line "${heading}" is missing from its section.`);
    return index;
  };
  const fineGrainedAt = at(`Fine-grained access tokens for "${title}"`);
  const parametersAt = at(`Parameters for "${title}"`);
  const statusesAt = at(`HTTP response status codes for "${title}"`);
  const samplesAt = at(`Code samples for "${title}"`);

  const requestLine = section.slice(samplesAt).find((line) => REQUEST_LINE.test(line));
  const request = requestLine ? REQUEST_LINE.exec(requestLine) : null;
  if (!request?.[1] || !request[2]) throw new SeedPageError(`"${title}": no request line such as "get/orgs/{org}/…".`);

  return {
    title,
    method: request[1],
    path: request[2],
    prose: nonEmpty(section.slice(1, fineGrainedAt)),
    fineGrained: nonEmpty(section.slice(fineGrainedAt + 1, parametersAt)).map((line) => line.replace(/^•\s*/, "")),
    parameters: parseParameters(title, section.slice(parametersAt + 1, statusesAt)),
    statuses: parseStatuses(title, section.slice(statusesAt + 1, samplesAt)),
    curl: parseCurl(title, section.slice(samplesAt)),
    responseExamples: parseExamples(title, section.slice(samplesAt)),
  };
}

function nonEmpty(lines: string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line.length > 0);
}

function parseParameters(title: string, lines: string[]): SeedParameter[] {
  const parameters: SeedParameter[] = [];
  let location: SeedParameterLocation | undefined;
  // The page flattens nested tables (the fields of `resources_attributes` items, then of their
  // `metadata`) into one list, and marks where a nested table starts ("Name, Type, Description"
  // right after an object parameter) but not where it ends. On this page nested tables always close
  // their section, so a nested table runs to the end of the section.
  let parents: string[] = [];
  let current: SeedParameter | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const section = PARAMETER_SECTIONS[line];
    if (section) {
      location = section;
      parents = [];
      current = undefined;
      continue;
    }
    if (line === TABLE_HEADER) {
      if (current && /object/.test(current.type)) parents = current.path;
      continue;
    }
    const match = PARAMETER_LINE.exec(line);
    if (match?.[1] && match[2]) {
      if (!location) throw new SeedPageError(`"${title}": parameter "${match[1]}" comes before any parameter table.`);
      current = {
        in: location,
        path: [...parents, match[1]],
        name: match[1],
        type: match[2],
        required: match[3] !== undefined,
        description: "",
      };
      parameters.push(current);
      continue;
    }
    if (!current) continue;
    const defaultValue = /^Default: (.+)$/.exec(line)?.[1];
    const oneOf = /^Can be one of: (.+)$/.exec(line)?.[1];
    if (defaultValue !== undefined) current.default = defaultValue;
    else if (oneOf !== undefined) current.enum = oneOf.split(",").map((value) => value.trim());
    else current.description = current.description ? `${current.description}\n${line}` : line;
  }
  return parameters;
}

function parseStatuses(title: string, lines: string[]): SeedStatus[] {
  const statuses: SeedStatus[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line === "Status codeDescription") continue;
    if (STATUS_CODE_LINE.test(line)) statuses.push({ code: Number(line), description: "" });
    else {
      const last = statuses.at(-1);
      if (!last) throw new SeedPageError(`"${title}": status table text "${line}" comes before any status code.`);
      last.description = last.description ? `${last.description} ${line}` : line;
    }
  }
  if (statuses.length === 0) throw new SeedPageError(`"${title}": the status code table is empty.`);
  return statuses;
}

function parseCurl(title: string, lines: string[]): SeedCurl {
  const line = lines.find((candidate) => candidate.startsWith("curl "));
  if (!line) throw new SeedPageError(`"${title}": no curl sample.`);
  const headers: Record<string, string> = {};
  for (const [, name, value] of line.matchAll(/-H "([^:"]+):\s*([^"]*)"/g)) {
    if (name !== undefined && value !== undefined) headers[name] = value;
  }
  const url = /(https?:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new SeedPageError(`"${title}": the curl sample has no URL.`);
  const method = /-X (\w+)/.exec(line)?.[1] ?? "GET";
  const data = /-d '(.*)'\s*$/.exec(line)?.[1];
  return { method, url, headers, ...(data === undefined ? {} : { data }) };
}

function parseExamples(title: string, lines: string[]): SeedExample[] {
  const examples: SeedExample[] = [];
  lines.forEach((line, index) => {
    const status = /^Status: (\d{3})$/.exec(line.trim())?.[1];
    if (!status) return;
    const heading = lines
      .slice(0, index)
      .reverse()
      .find((candidate) => candidate.trim() !== "");
    const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== "");
    const example: SeedExample = { title: heading?.trim() ?? "", status: Number(status) };
    if (next?.trim().startsWith("{")) {
      try {
        example.body = JSON.parse(next);
      } catch (error) {
        throw new SeedPageError(`"${title}": the ${status} example is not valid JSON (${(error as Error).message}).`);
      }
    }
    examples.push(example);
  });
  return examples;
}
