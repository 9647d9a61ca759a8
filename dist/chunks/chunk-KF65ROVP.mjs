import{g as r}from"./chunk-BPNK27XN.mjs";import{b as l}from"./chunk-GZEWIGVN.mjs";import{parseArgs as h}from"node:util";var n=class extends r{name="UsageError"};function p(e,o,t,i=!1){let a={...t,help:{type:"boolean",short:"h"}};try{return h({args:o,options:a,allowPositionals:i,strict:!0})}catch(s){throw new n(`${c(s,a)}
Run: syllabus ${e} --help`,{cause:s})}}function c(e,o){let t=/'([^' ]+)/.exec(e.message)?.[1]??"";switch(e.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":{let i=Object.keys(o).map(s=>`--${s}`),a=t.startsWith("--")?l(t,i):void 0;return`unknown option "${t}"${a?`; did you mean "${a}"?`:""}`}case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take/.test(e.message)?`option "${t}" takes no value`:`option "${t}" needs a value`;case"ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":return`unexpected argument "${t}"`;default:return e.message.replace(/\. To specify a positional argument.*$/s,"")}}function f(e){return e==="catalog.yaml"?"":` --catalog ${e}`}var b=`syllabus: catalog.yaml \u2192 the course table of a README, kept right

Usage
  syllabus <command> [options]

Commands
  validate   Check catalog.yaml; report every problem as file:line:col
  lint       Find catalog mistakes link checkers miss (repeated videos, misplaced links)
  render     Write the course table into each output page
  import     Read the lesson tables of a README into a new catalog.yaml
  links      Check every video, code and review link (and links in markdown files)
  report     Merge link results into a Markdown report and one living GitHub issue
  init       Write the GitHub workflows (check, render, nightly links) into the repository
  fmt        Rewrite catalog.yaml in canonical order and style, keeping every comment
  add        Append a lecture to catalog.yaml (from flags, or asked on a terminal)

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --help, -h       Show help; syllabus help <command> for one command
  --version, -v    Show the version

Exit codes
  0  success
  1  a page is stale (render --check), a link is broken, or lint found an error
  2  bad input, configuration or usage
  3  internal error: a bug; please report it
`,w=`Usage
  syllabus validate [--catalog PATH]

Checks the catalog against its schema and reports every problem at once, each as
file:line:col: error: message [rule] with a hint on the next line. Warnings (such
as the same link in two lectures) are reported but do not fail. The findings of
syllabus lint are reported too: exit 1 when one is an error, exit 2 when the
catalog itself is invalid.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --help, -h       Show this help
`,k=`Usage
  syllabus lint [--catalog PATH] [--format FORMAT] [--tree LISTING]

Finds mistakes in the catalog that links which still answer 200 hide:
  lint/duplicate-resource     one video, article or page linked by two lectures
                              (bilibili BV/av and ?p=, YouTube ids, WeChat ids,
                              tracking parameters and trailing slashes ignored)
  lint/wrong-field            a link in the wrong field by its host or shape (an
                              article as code, a video as review, a notebook as
                              review), with the field it likely belongs in
  lint/tracking-parameters    spm_id_from, vd_source, utm_*: the hint is the
                              clean URL
  lint/numbering-gap          lecture numbers that skip one
  lint/duplicate-title        two lectures with one title
  lint/out-of-order           a lecture after a higher number in its season/group
  lint/missing-path (error)   a ./path or repository link to a file or folder
                              that does not exist, with the nearest folder
  lint/unreferenced-material  a folder under lint.materials.roots (Season*/)
                              that no lecture links
The repository's files are read from the tree listing (--tree, or
lint.materials.tree; one path a line, as git ls-files prints it), else from its
checkout. Rules are warnings unless marked; lint.rules sets a rule to off,
warning or error. Exit 1 when a finding is an error; syllabus validate reports
the same findings.

Options
  --catalog PATH     The catalog file (default: ./catalog.yaml)
  --format FORMAT    text (default), json or github (annotations)
  --tree LISTING     The course repository's files, one path a line (- for
                     stdin: git ls-files | syllabus lint --tree -)
  --help, -h         Show this help
`,y=`Usage
  syllabus render [--catalog PATH] [--check]

Renders the lectures into the region between <!-- syllabus:start --> and
<!-- syllabus:end --> of each page listed under outputs, and each table of the
catalog's tables into <!-- syllabus:start name=NAME --> regions. A page with a
template is written from it; a page without one is updated in place. Nothing
outside the regions changes, except that a template's repository-relative links
are rewritten to resolve from where the page is written; rows whose content is
unchanged keep their bytes. Nothing is written if the catalog or a page's
markers are invalid.

Each page shows its output's locale (outputs[].locale, else the first of
course.locales); a text without that translation shows the default locale's
text, with a warning.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --check          Write nothing; print a diff and exit 1 when a page is stale
  --no-cache       Render even when the cache says the pages are current
  --allow-outside  Allow pages and templates outside the catalog's repository
  --help, -h       Show this help
`,T=`Usage
  syllabus import README.md [--out PATH] [--force] [--markers]
                            [--map "Heading=field" ...]

Reads every lesson table of README.md (only those between the syllabus markers
when it has them) into a new catalog, losing nothing: each column becomes a
field (by its heading, or by --map), cells keep their links, text and markup,
labels stay as written (00, 1.1, HW1), unknown columns become custom fields.
Reports each table taken or skipped, and why. Several tables become named
tables, one region each. Nothing is written when a problem is found.

Options
  --out PATH       The catalog to write (default: ./catalog.yaml)
  --force          Overwrite an existing catalog
  --markers        Also put the syllabus markers around each imported table
                   in README.md, so that syllabus render owns them from now on
  --map H=FIELD    The column headed H is FIELD (title, number, label, summary,
                   video, code, review, season, group, or a custom name);
                   repeatable
  --help, -h       Show this help
`,v=`Usage
  syllabus links [FILE.md ...] [--catalog PATH] [--format FORMAT] [--fail-on LIST]
                 [--changed-since REF] [--shard I/N] [--no-cache]
                 [--cache-file PATH]

Checks every link of the catalog (each with its file:line:col and lecture), or
every link of the markdown files named (links, images, definitions, autolinks,
HTML href/src; nothing inside code). Both when files and --catalog are given.
Each distinct URL is checked once, politely (per-host limits, retries, backoff,
Retry-After), with rules for bilibili, YouTube, WeChat and GitHub that catch
deleted content answering 200. Verdicts: ok, broken, unverifiable (bot walls,
rate limits, timeouts, no network). Settings: links: in catalog.yaml.

Options
  --catalog PATH      The catalog file (default: ./catalog.yaml)
  --format FORMAT     text (default), json, markdown or github (annotations)
  --fail-on LIST      Verdicts that fail the run: broken (default), or
                      broken,unverifiable
  --changed-since REF
                      Only links added or changed since the git ref REF (a
                      branch, tag or commit, e.g. origin/main): those whose
                      URL was not in the same file at REF
  --shard I/N         Check slice I of N (by host, so one host's links stay
                      in one slice); run all N, then merge with syllabus report
  --no-cache          Check every link again, and do not store results
  --cache-file PATH   Where ok results are kept between runs (default:
                      node_modules/.cache/syllabus/links.json)
  --help, -h          Show this help

Environment
  GITHUB_TOKEN          Check GitHub links through the REST API (token sent to
                        the API origin only)
  GITHUB_API_URL        The API's base URL (default https://api.github.com)
  GITHUB_ACTIONS=true   Also print annotations (::error file=\u2026,line=\u2026::) on
                        stderr (on stdout with --format github)
  GITHUB_STEP_SUMMARY   Append a markdown report to this file
  SYLLABUS_DNS_PROBE    A name that resolves whenever the network is up
                        (default github.com); if it does not, remote links
                        are reported as "no network" without being tried
`,E=`Usage
  syllabus init [--catalog PATH] [--action REF] [--force]

Writes three GitHub workflows into .github/workflows/ of the repository around
the working directory, each running the syllabus GitHub Action:
  syllabus-check.yml    pull requests and pushes: validate, render --check, and
                        the links a pull request adds or changes
  syllabus-render.yml   the catalog or a template changes on the default branch:
                        render, and commit the pages back when they changed
  syllabus-nightly.yml  every night: check every link (cached), keep one issue
                        labelled broken-links up to date
An existing workflow that differs is never overwritten without --force, and
then nothing is written.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --action REF     The action the workflows use (default: course-syllabus/syllabus@v0);
                   ./ for the action in this repository
  --force          Overwrite workflows that differ
  --help, -h       Show this help
`,A=`Usage
  syllabus report [RESULTS.json ...] [--issue] [--label NAME] [--title TEXT]
                  [--confirm-after N] [--unverifiable-after N] [--catalog PATH]
                  [--lecture-label FORMAT] [--date YYYY-MM-DD] [--fail-on-broken]

Reads the output of syllabus links --format json (files, or stdin when none or -
is given), merges several (shards) by URL, and prints a Markdown report: newly
broken, still broken (first seen, nights in a row), suspect, unverifiable for
N nights, recovered since the last report. It is also appended to
$GITHUB_STEP_SUMMARY. With --issue, one GitHub issue (found by its label) is kept
up to date: created when something is broken, edited in place, closed with a
comment when all is well, reopened when a link breaks again. The history lives
in the issue body (a hidden comment); if it is missing or corrupt, it starts
again, with a note.

Flake guard: 404/410, a host that does not exist, a provider's "deleted" and a
missing file count as broken at once. A timeout, a reset or refused connection,
a 5xx or a 429 is suspect until it fails on N runs in a row (--confirm-after).
An unverifiable link (bot wall, login, 403) is listed once it stays so for N
nights (--unverifiable-after). Links not tried for want of network keep their
history and their place. Each run counts as one night.

Options
  --issue                  Keep the GitHub issue up to date (needs GITHUB_TOKEN
                           and GITHUB_REPOSITORY)
  --label NAME             The issue's label (default broken-links)
  --title TEXT             The title of a new issue (default "Broken links")
  --confirm-after N        Runs a transient failure must last (default 2)
  --unverifiable-after N   Nights before an unverifiable link is listed (default 3)
  --lecture-label FORMAT   How lectures are named: {zh} Chinese numeral, {n}
                           digits (default \u7B2C{zh}\u8BB2, or table.number of --catalog)
  --catalog PATH           Name lectures as this catalog's course table does
  --date YYYY-MM-DD        The night of this report (default today, UTC)
  --fail-on-broken         Exit 1 when a link is broken (default: exit 0; the
                           issue is the signal)
  --help, -h               Show this help

Environment
  GITHUB_TOKEN        Sent to the API origin only
  GITHUB_REPOSITORY   OWNER/REPO of the issue and of the catalog line links
  GITHUB_API_URL      The API's base URL (default https://api.github.com)
  GITHUB_SHA          Catalog lines link to the file at this commit
  GITHUB_SERVER_URL   Default https://github.com
  GITHUB_RUN_ID       A cut issue body points at this run's job summary
  GITHUB_STEP_SUMMARY Append the report to this file
`,R=`Usage
  syllabus fmt [--catalog PATH] [--check] [--fix]

Rewrites the catalog in canonical key order (top level: course, outputs, table,
tables, links, lint, lectures; a lecture: id, number, label, season, group,
title, summary, video, code, review, then its other fields as they were) and
style (2-space indentation, long lines never folded), keeping every comment,
blank line, quoting and flow or block style. The catalog is validated first:
nothing is written when it is invalid.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --check          Write nothing; print a diff and exit 1 when the catalog is
                   not in canonical form
  --fix            Also apply safe fixes: tracking parameters (spm_id_from,
                   vd_source, utm_*, si, ...) removed from links; a video,
                   code or review link whose site says it belongs in another
                   of these fields moved there, when that field is empty (or
                   swapped, when each sits in the other's field)
  --help, -h       Show this help
`,H=`Usage
  syllabus add --title TEXT [--summary TEXT] [--video URL] [--code URL]
               [--review URL] [--season N] [--group TEXT] [--label TEXT]
               [--number N] [--catalog PATH] [--dry-run]

Appends a lecture to the catalog where the course left off: numbered one past
the highest number, labelled with the last lecture's label counted on when it
ends in a number (HW2 \u2192 HW3), in the last lecture's season and group (--number,
--label, --season and --group say otherwise). Only the new lines are written:
every other byte of the file, comments included, stays. The whole catalog is
validated before anything is written. On a terminal, without --title, each
field is asked for (an empty answer leaves it out).

Options
  --title TEXT     The lecture's title
  --summary TEXT   Its summary
  --video URL      Its video, code and review links: an http(s) URL, a ./path
  --code URL       in the course repository, unavailable or pending
  --review URL
  --season N       Its season (default: the last lecture's)
  --group TEXT     Its group (module, chapter; default: the last lecture's)
  --label TEXT     Shown instead of the formatted number (e.g. HW1, 1.1)
  --number N       Its number (default: the highest number plus one)
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --dry-run        Write nothing; print the change as a diff
  --help, -h       Show this help
`;export{n as a,p as b,f as c,b as d,w as e,k as f,y as g,T as h,v as i,E as j,A as k,R as l,H as m};
