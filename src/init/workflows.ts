// The three workflows `syllabus init` writes into a course repository, filled from the templates in
// templates/workflows/ (shipped in the package). Pure: template texts in, file texts out.

/** This repository's action, as a course repository refers to it. */
export const DEFAULT_ACTION = "course-syllabus/syllabus@v0";

export const WORKFLOW_NAMES = ["syllabus-check.yml", "syllabus-render.yml", "syllabus-nightly.yml"] as const;
export type WorkflowName = (typeof WORKFLOW_NAMES)[number];

export interface WorkflowSettings {
  /** What `uses:` runs: OWNER/REPO@REF, or ./ for the action in the repository itself. */
  action: string;
  /** The catalog, relative to the repository's root, with forward slashes. */
  catalog: string;
  /** The files whose change on the default branch re-renders the pages (catalog and templates). */
  watch: string[];
}

/** A GitHub `uses:` reference: a local path, or owner/repo[/path]@ref. */
const ACTION_REF = /^(?:\.\/[\w./-]*|[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[\w./-]+)$/;

export function isActionRef(ref: string): boolean {
  return ACTION_REF.test(ref) && !ref.includes("..");
}

/** Fills one template; every {{name}} must be known, so a typo in a template cannot ship. */
export function fillWorkflow(template: string, settings: WorkflowSettings): string {
  const values: Record<string, string> = {
    action: settings.action,
    catalog: yamlString(settings.catalog),
    paths: `[${settings.watch.map((file) => JSON.stringify(escapeGlob(file))).join(", ")}]`,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`workflow template: unknown placeholder {{${name}}}`);
    return value;
  });
}

/**
 * A YAML scalar for a path: plain when it cannot be read as anything else (a name with a letter
 * extension is never a number, boolean or null), else double-quoted (JSON is valid YAML).
 */
function yamlString(text: string): string {
  return /^[A-Za-z_][\w-]*(?:\/[\w.-]+)*\.[A-Za-z]\w*$/.test(text) ? text : JSON.stringify(text);
}

/** A path as a workflow path filter matches it literally: the filter's pattern characters escaped. */
export function escapeGlob(file: string): string {
  return file.replace(/[*?+[\]!\\]/g, "\\$&");
}
