// The collections inside a stored item: a Space's resources (the very set of its
// `resources_attributes`) and its collaborators (kept beside it). Each function answers one valid
// request; a write's change is made by the answer's `commit` (see store.ts).
import {
  accountOf,
  COLLABORATOR_FIELDS,
  collaboratorTarget,
  fullResource,
  ID_FIELD,
  isCollaborator,
  NESTED_FIELD,
  newCollaborator,
  newResource,
  NO_ACCESS,
  resourceFields,
  roleOf,
  sameGithubFile,
  takesActor,
  updatedResource,
  withRole,
} from "./space-rules.js";
import { invalid, limit, NOT_FOUND, type CollectionSeed, type Json, type StoreAnswer, type StoreRoute } from "./types.js";

/** What a nested collection's request needs of the store: the item, its owner, and how to write. */
export interface NestedContext {
  route: StoreRoute;
  segments: string[];
  body: Json | undefined;
  /** The item the collection is inside. */
  item: Json;
  ownerKind: string;
  ownerName: string;
  seed: CollectionSeed;
  maxItems: number;
  /** The time of a write, read from the user's clock only when a write needs it. */
  now: () => string;
  nextResourceId: () => number;
  /** An answer whose commit applies `write` to the owner's stored copy, or the refusal to store the owner (its cap). */
  writing: (answer: StoreAnswer, write: (collaborators: Map<number, Json[]>, items: Map<number, Json>) => void) => StoreAnswer;
  collaborators: Json[];
  itemNumber: number;
}

const answer = (status: number, body?: unknown): StoreAnswer => ({ kind: "answer", status, ...(body === undefined ? {} : { body }) });

/** A Space's resources, one set with its `resources_attributes` (space-rules.ts). */
export function resources(c: NestedContext): StoreAnswer {
  const { route, item: space, itemNumber } = c;
  const attached = ((space[NESTED_FIELD] as Json[] | undefined) ?? []).map((r) => ({ ...r }));
  const idSegment = route.inner!.idSegments[0];
  const id = idSegment === undefined ? undefined : Number(c.segments[idSegment]);
  const at = id === undefined ? -1 : attached.findIndex((r) => r[ID_FIELD] === id);
  const save = (list: Json[], result: StoreAnswer): StoreAnswer =>
    c.writing(result, (_, items) => void items.set(itemNumber, { ...space, [NESTED_FIELD]: list }));
  switch (route.action) {
    case "list":
      return answer(200, { [route.inner!.itemsKey]: attached.map((r) => fullResource(r, space)) });
    case "create": {
      const same = attached.find((r) => sameGithubFile(r, resourceFields(c.body)));
      if (same) return answer(200, fullResource(same, space));
      if (attached.length >= c.maxItems) return limit(`this Space holds ${c.maxItems} resources, the most the mock keeps per Space`);
      const created = newResource(c.body, c.nextResourceId(), c.now());
      return save([...attached, created], answer(201, fullResource(created, space)));
    }
    case "get":
      return at < 0 ? NOT_FOUND : answer(200, fullResource(attached[at]!, space));
    case "set": {
      if (at < 0) return NOT_FOUND;
      const updated = updatedResource(fullResource(attached[at]!, space), c.body, c.now());
      attached[at] = updated;
      return save(attached, answer(200, updated));
    }
    case "delete":
      return at < 0
        ? NOT_FOUND
        : save(
            attached.filter((_, i) => i !== at),
            answer(204),
          );
  }
}

/** A Space's collaborators, kept beside it; made up from the description's examples (space-rules.ts). */
export function collaborators(c: NestedContext): StoreAnswer {
  const { route, itemNumber, collaborators: current } = c;
  const [typeSegment, nameSegment] = route.inner!.idSegments;
  const decoded = (segment: number | undefined) => (segment === undefined ? undefined : decodeURIComponent(c.segments[segment]!));
  const { actorType, identifier } = collaboratorTarget(c.body, [decoded(typeSegment), decoded(nameSegment)]);
  const at = current.findIndex((collaborator) => isCollaborator(collaborator, actorType, identifier));
  const save = (list: Json[], result: StoreAnswer): StoreAnswer => c.writing(result, (all) => void all.set(itemNumber, list));
  const remove = (): StoreAnswer =>
    save(
      current.filter((_, i) => i !== at),
      answer(204),
    );
  switch (route.action) {
    case "list":
      return answer(200, { [route.inner!.itemsKey]: current });
    case "create": {
      if (!takesActor(c.ownerKind, actorType)) return invalid(COLLABORATOR_FIELDS.actorType, actorType);
      const account = accountOf(actorType, identifier);
      if (!account) return invalid(COLLABORATOR_FIELDS.identifier, identifier);
      if (at >= 0) return invalid(COLLABORATOR_FIELDS.identifier, identifier, "already_exists");
      const template = c.seed.collaboratorTemplates[actorType];
      if (!template) return invalid(COLLABORATOR_FIELDS.actorType, actorType);
      if (current.length >= c.maxItems) return limit(`this Space has ${c.maxItems} collaborators, the most the mock keeps per Space`);
      const added = newCollaborator(template, actorType, account, String(roleOf(c.body)), { exampleName: c.seed.exampleOwner, name: c.ownerName });
      return save([...current, added], answer(201, added));
    }
    case "set": {
      if (at < 0) return NOT_FOUND;
      if (roleOf(c.body) === NO_ACCESS) return remove();
      const updated = withRole(current[at]!, roleOf(c.body));
      return save(
        current.map((collaborator, i) => (i === at ? updated : collaborator)),
        answer(200, updated),
      );
    }
    case "delete":
      return at < 0 ? NOT_FOUND : remove();
    case "get":
      return at < 0 ? NOT_FOUND : answer(200, current[at]);
  }
}
