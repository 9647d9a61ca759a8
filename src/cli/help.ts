// The help texts are the CLI's spec; README.md shows the same text (a test keeps them equal).

export const MAIN_HELP = `syllabus: catalog.yaml → the course table of a README, kept right

Usage
  syllabus <command> [options]

Commands
  validate   Check catalog.yaml; report every problem as file:line:col
  render     Write the course table into each output page
  import     Read the course table of a README into a new catalog.yaml
  links      Check every video, code and review link (and links in markdown files)

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
<!-- syllabus:end --> of each page listed under outputs. A page with a template
is written from it; a page without one is updated in place. Nothing outside the
region changes, except that a template's repository-relative links are rewritten
to resolve from where the page is written. Nothing is written if the catalog or
a page's markers are invalid.

Options
  --catalog PATH   The catalog file (default: ./catalog.yaml)
  --check          Write nothing; print a diff and exit 1 when a page is stale
  --no-cache       Render even when the cache says the pages are current
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
                 [--no-cache] [--cache-file PATH]

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
  --no-cache          Check every link again, and do not store results
  --cache-file PATH   Where ok results are kept between runs (default:
                      node_modules/.cache/syllabus/links.json)
  --help, -h          Show this help

Environment
  GITHUB_TOKEN          Check GitHub links through the REST API (token sent to
                        the API origin only)
  GITHUB_API_URL        The API's base URL (default https://api.github.com)
  GITHUB_ACTIONS=true   Also print annotations (::error file=…,line=…::)
  GITHUB_STEP_SUMMARY   Append a markdown report to this file
  SYLLABUS_DNS_PROBE    A name that resolves whenever the network is up
                        (default github.com); if it does not, remote links
                        are reported as "no network" without being tried
`;
