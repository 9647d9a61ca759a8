// The help texts are the CLI's spec; README.md shows the same text (a test keeps them equal).

export const MAIN_HELP = `syllabus: catalog.yaml → the course table of a README, kept right

Usage
  syllabus <command> [options]

Commands
  validate   Check catalog.yaml; report every problem as file:line:col
  render     Write the course table into each output page
  import     Read the course table of a README into a new catalog.yaml
  links      Check every video, code and review link (and links in markdown files)
  report     Merge link results into a Markdown report and one living GitHub issue
  init       Write the GitHub workflows (check, render, nightly links) into the repository

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --help, -h       Show help; syllabus help <command> for one command
  --version, -v    Show the version

Exit codes
  0  success
  1  a page is stale (render --check), or a link is broken
  2  bad input, configuration or usage
  3  internal error: a bug; please report it
`;

export const VALIDATE_HELP = `Usage
  syllabus validate [--catalog PATH]

Checks the catalog against its schema and reports every problem at once, each as
file:line:col: error: message [rule] with a hint on the next line. Warnings (such
as the same link in two lectures) are reported but do not fail.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --help, -h       Show this help
`;

export const RENDER_HELP = `Usage
  syllabus render [--catalog PATH] [--check]

Renders the lectures into the region between <!-- syllabus:start --> and
<!-- syllabus:end --> of each page listed under outputs, and each table of the
catalog's tables into <!-- syllabus:start name=NAME --> regions. A page with a
template is written from it; a page without one is updated in place. Nothing
outside the regions changes, except that a template's repository-relative links
are rewritten to resolve from where the page is written; rows whose content is
unchanged keep their bytes. Nothing is written if the catalog or a page's
markers are invalid.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --check          Write nothing; print a diff and exit 1 when a page is stale
  --no-cache       Render even when the cache says the pages are current
  --allow-outside  Allow pages and templates outside the catalog's repository
  --help, -h       Show this help
`;

export const IMPORT_HELP = `Usage
  syllabus import README.md [--out PATH] [--force] [--markers]

Reads the course table of README.md (the one between the syllabus markers, else
the first table with course headings), maps its columns by their headings, and
writes a catalog. Irregular rows are reported with their line and imported as
well as can be.

Options
  --out PATH       The catalog to write (default: ./catalog.yaml)
  --force          Overwrite an existing catalog
  --markers        Also put the syllabus markers around the table in README.md,
                   so that syllabus render owns it from now on
  --help, -h       Show this help
`;

export const LINKS_HELP = `Usage
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
  GITHUB_ACTIONS=true   Also print annotations (::error file=…,line=…::) on
                        stderr (on stdout with --format github)
  GITHUB_STEP_SUMMARY   Append a markdown report to this file
  SYLLABUS_DNS_PROBE    A name that resolves whenever the network is up
                        (default github.com); if it does not, remote links
                        are reported as "no network" without being tried
`;

export const INIT_HELP = `Usage
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
`;

export const REPORT_HELP = `Usage
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
                           digits (default 第{zh}讲, or table.number of --catalog)
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
`;
