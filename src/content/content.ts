/** Validated content and the lookups the engine and the checker share. */
import type { ImageInfo } from "./image-info.js";
import type { RichMenu } from "./rich-menu-schema.js";
import type { Flow, FlowNode, RegionResources, SystemContent } from "./schema.js";

/** The LINE rich menu of the content (`rich-menu.yaml`) and what its images' headers say. */
export interface RichMenuContent {
  menu: RichMenu;
  /** The file, for messages. */
  file: string;
  /**
   * Every image a layout may use, by path relative to the content folder; undefined when the
   * file is missing or unreadable.
   */
  images: ReadonlyMap<string, ImageInfo | undefined>;
  /** What each default image was drawn from (`rich-menu/drawn-from.json`), by image path. */
  drawnFrom: ReadonlyMap<string, string>;
}

/** Everything the bot says, loaded and validated once at start. */
export interface Content {
  /** The folder the content was read from, for messages. */
  dir: string;
  system: SystemContent;
  flows: ReadonlyMap<string, Flow>;
  /** Resources by region code; `XX` is the fallback. */
  resources: ReadonlyMap<string, RegionResources>;
  /** Which file each flow came from, for messages. */
  files: ReadonlyMap<string, string>;
  /** The LINE rich menu; absent when the content has no `rich-menu.yaml`. */
  richMenu?: RichMenuContent;
}

/** A target resolved against its flow: a position, or the return marker. */
/** A place in the flow graph: a flow and one of its nodes. */
export interface FlowPosition {
  flow: string;
  node: string;
}

export type ResolvedTarget = FlowPosition | { return: true };

/** Resolves `node`, `@flow`, `@flow.node` or `@return` as seen from `fromFlow`. */
export function resolveTarget(
  content: Pick<Content, "flows">,
  fromFlow: string,
  target: string,
): ResolvedTarget | undefined {
  if (target === "@return") return { return: true };
  if (!target.startsWith("@")) {
    const flow = content.flows.get(fromFlow);
    return flow?.nodes[target] ? { flow: fromFlow, node: target } : undefined;
  }
  const [flowId, nodeId] = target.slice(1).split(".");
  const flow = flowId ? content.flows.get(flowId) : undefined;
  if (!flow) return undefined;
  const node = nodeId ?? flow.start;
  return flow.nodes[node] ? { flow: flow.id, node } : undefined;
}

/** The node at a position, if the content still has it (content can change between deploys). */
export function nodeAt(
  content: Pick<Content, "flows">,
  position: FlowPosition,
): FlowNode | undefined {
  return content.flows.get(position.flow)?.nodes[position.node];
}

/** The resources for a region, falling back to `XX`. */
export function resourcesFor(content: Content, region: string): RegionResources | undefined {
  return content.resources.get(region) ?? content.resources.get("XX");
}

/** Every target a node can lead to, with the path of the field that names it. */
export function targetsOf(node: FlowNode): { path: string; target: string }[] {
  const otherwise = node.otherwise ? [{ path: "otherwise", target: node.otherwise }] : [];
  switch (node.type) {
    case "ask":
      return [
        ...node.choices.map((choice, index) => ({
          path: `choices.${index}.next`,
          target: choice.next,
        })),
        ...(node.onText ? [{ path: "onText", target: node.onText }] : []),
        ...(node.skip ? [{ path: "skip", target: node.skip }] : []),
        ...otherwise,
      ];
    case "input":
      return [
        { path: "next", target: node.next },
        ...(node.skip ? [{ path: "skip", target: node.skip }] : []),
        ...(node.done ? [{ path: "done", target: node.done }] : []),
        ...otherwise,
      ];
    case "end":
      return otherwise;
    case "resources":
      return [
        { path: "next", target: node.next },
        ...(node.none ? [{ path: "none", target: node.none }] : []),
        ...otherwise,
      ];
    default:
      return [{ path: "next", target: node.next }, ...otherwise];
  }
}
