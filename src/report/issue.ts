// What to do with the one issue, decided from what is there and tonight's comparison. Pure; the
// actions are carried out by the caller, in order.
import type { Comparison } from "./compare.js";
import { needsAttention } from "./compare.js";
import type { Issue, IssueApi } from "./github.js";
import { recoveredCounts } from "./markdown.js";
import { readState, STATE_MARKER } from "./state.js";

/**
 * The report's issue among those with the label: the most recent one holding a state comment, so that
 * an issue someone else labelled later is not taken over; else the most recent (its state was lost).
 */
export function pickIssue(issues: Issue[]): Issue | undefined {
  return issues.find((issue) => issue.body.includes(STATE_MARKER)) ?? issues[0];
}

export type IssueAction =
  | { kind: "create"; title: string; body: string; label: string }
  | { kind: "update"; body?: string; state?: "open" | "closed" }
  | { kind: "comment"; body: string };

/**
 * - broken links (or links unverifiable for too long): the issue is created, or edited, or reopened
 * - none, but links still remembered (suspect, watched): the state must be kept, so the body is edited
 *   (an issue that does not exist yet is created and closed at once: it is only the memory)
 * - none and nothing remembered: an open issue is closed with a comment; otherwise nothing is done
 */
export function planIssue(
  issue: Issue | undefined,
  comparison: Comparison,
  body: string,
  options: { title: string; label: string },
): IssueAction[] {
  const attention = needsAttention(comparison);
  const remembers = comparison.state.links.size > 0;
  if (!issue) {
    if (attention) return [{ kind: "create", title: options.title, body, label: options.label }];
    if (remembers)
      return [
        { kind: "create", title: options.title, body, label: options.label },
        { kind: "update", state: "closed" },
      ];
    return [];
  }
  if (attention) {
    if (issue.state === "open") return [{ kind: "update", body }];
    return [
      { kind: "update", body, state: "open" },
      { kind: "comment", body: reopenComment(comparison) },
    ];
  }
  if (issue.state === "open") {
    return [
      { kind: "comment", body: closeComment(comparison) },
      { kind: "update", body, state: "closed" },
    ];
  }
  // Closed and quiet: the body is the memory, so it changes only when there is something to remember
  // now or there was before.
  const remembered = (readState(issue.body).state?.links.size ?? 0) > 0;
  return remembers || remembered ? [{ kind: "update", body }] : [];
}

function closeComment(c: Comparison): string {
  const counts = recoveredCounts(c);
  const recovered = counts.length ? ` ${counts.join(", ")} since the last report.` : "";
  return `No broken links on ${c.date} (${c.results.links} checked).${recovered} Closing; this issue reopens when a link breaks again.`;
}

function reopenComment(c: Comparison): string {
  const parts = [
    c.newlyBroken.length ? `${c.newlyBroken.length} newly broken` : "",
    c.stillBroken.length ? `${c.stillBroken.length} still broken` : "",
    c.unverifiable.length
      ? `${c.unverifiable.length} unverifiable for ${c.options.unverifiableAfter}+ nights`
      : "",
  ].filter(Boolean);
  return `Links broke again on ${c.date}: ${parts.join(", ")}. Reopening.`;
}

/** Carries out the actions in order, telling `say` what became of the issue. */
export async function applyIssueActions(
  api: Pick<IssueApi, "createIssue" | "updateIssue" | "comment">,
  issue: Issue | undefined,
  actions: IssueAction[],
  say: (message: string) => void,
): Promise<Issue | undefined> {
  let current = issue;
  for (const action of actions) {
    if (action.kind === "create") {
      current = await api.createIssue(action.title, action.body, action.label);
      say(`opened issue #${current.number} ${current.url}`);
      // GitHub drops labels the token may not set, silently; then no later run would find this issue.
      if (!current.labels.includes(action.label)) {
        say(
          `warning: issue #${current.number} did not get the label "${action.label}" (may the token set labels?); the next run will not find it`,
        );
      }
    } else if (current && action.kind === "comment") {
      await api.comment(current.number, action.body);
    } else if (current && action.kind === "update") {
      const reopened = current.state === "closed" && action.state === "open";
      const { kind: _kind, ...change } = action;
      current = await api.updateIssue(current.number, change);
      const did = action.state === "closed" ? "closed" : reopened ? "reopened" : "updated";
      say(`${did} issue #${current.number} ${current.url}`);
    }
  }
  if (actions.length === 0) say("no broken links; no issue to keep");
  return current;
}
