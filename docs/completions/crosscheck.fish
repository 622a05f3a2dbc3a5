# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_crosscheck_global_optspecs
    string join \n j/threads= h/help V/version
end

function __fish_crosscheck_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_crosscheck_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_crosscheck_using_subcommand
    set -l cmd (__fish_crosscheck_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c crosscheck -n "__fish_crosscheck_needs_command" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_needs_command" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -s V -l version -d 'Print version'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "check" -d 'Check reports for figures and titles that cannot all be true'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "review" -d 'Check a draft against published reports: only findings that involve the draft'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "claims" -d 'Print every claim read from the reports (the parser\'s debug view)'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "graph" -d 'Print the claim graph: reports, events, persons and claims, and why they are related'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "rules" -d 'List, explain, scaffold, test and document rules'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "facts" -d 'Ask the record of office-holders: who held an office on a day, what a person held'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "index" -d 'Keep an archive\'s reports and claims in an index file, for `review --index` and `check --index` (built with the `index` feature)'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "lsp" -d 'A language server over standard input and output: open drafts checked as you write, against the archive `crosscheck.toml` names'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "init" -d 'Write a commented `crosscheck.toml` in the working folder'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "completions" -d 'Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "manpages" -d 'Write the manual pages (crosscheck.1 and one per command) into a folder'
complete -c crosscheck -n "__fish_crosscheck_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l stdin-filename -d 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l stdin-meta -d 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta \'published = 2025-07-04\'`), with the keys of front matter (title, outlet, published, url, event, lang)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l format -r -f -a "human\t'Diagnostics with the words of every report involved'
short\t'One `path:line:col: severity rule: message` line per finding'
json\t'The versioned JSON document of docs/json.md'
sarif\t'SARIF 2.1.0, for code-scanning dashboards'
github\t'GitHub Actions workflow commands (annotations on pull requests)'
html\t'One self-contained HTML page: findings with filters, the reports of each event side by side with their claims marked, tolls over time and claim graphs (use with --output)'"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l fail-on -d 'The lowest severity that makes the exit code 1' -r -f -a "info\t''
warning\t''
error\t''
never\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l as-of -d 'Publication date for reports that have none (YYYY-MM-DD)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l select -d 'Run only these rules (comma-separated or repeated); replaces the configuration\'s `select`' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l ignore -d 'Do not run these rules (comma-separated or repeated), besides the configuration\'s `disable`' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l severity -d 'A rule\'s severity for this run: `--severity conflicting-figures=error` (repeatable; wins over the configuration)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -s o -l output -d 'Write the output to this file instead of standard output (human output without colour)' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l baseline -d 'Accept the findings listed in this baseline file; entries that match nothing are listed' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l write-baseline -d 'Write every finding to this baseline file, to accept them from now on' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l source -d 'Check the reports as drafts against these sources, as `review --source` does' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l index -d 'Check the reports as new ones against an archive index (`crosscheck index build`): only findings that involve them, as `review --index` does' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l explain -d 'After each finding, the chain of decisions that made its claims comparable: how each claim was read, which event it was put under and why (human and JSON formats)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -s q -l quiet -d 'Print only findings and errors: no summary line, no notes'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l statistics -d 'Print how many findings each rule made instead of the findings (human, short and JSON formats)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l against -d 'Published reports to check the draft against: files or folders (repeatable)' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l index -d 'An archive index to check the draft against (`crosscheck index build`): only the reports the draft can be compared with are read from it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l source -d 'The reports the draft is based on (wire copy, a source it summarises or translates): every figure, title, name and date of the draft must be supported by one of them' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l stdin-filename -d 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l stdin-meta -d 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta \'published = 2025-07-04\'`), with the keys of front matter (title, outlet, published, url, event, lang)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l format -r -f -a "human\t'Diagnostics with the words of every report involved'
short\t'One `path:line:col: severity rule: message` line per finding'
json\t'The versioned JSON document of docs/json.md'
sarif\t'SARIF 2.1.0, for code-scanning dashboards'
github\t'GitHub Actions workflow commands (annotations on pull requests)'
html\t'One self-contained HTML page: findings with filters, the reports of each event side by side with their claims marked, tolls over time and claim graphs (use with --output)'"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l fail-on -d 'The lowest severity that makes the exit code 1' -r -f -a "info\t''
warning\t''
error\t''
never\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l as-of -d 'Publication date for reports that have none (YYYY-MM-DD)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l select -d 'Run only these rules (comma-separated or repeated); replaces the configuration\'s `select`' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l ignore -d 'Do not run these rules (comma-separated or repeated), besides the configuration\'s `disable`' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l severity -d 'A rule\'s severity for this run: `--severity conflicting-figures=error` (repeatable; wins over the configuration)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -s o -l output -d 'Write the output to this file instead of standard output (human output without colour)' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l explain -d 'After each finding, the chain of decisions that made its claims comparable: how each claim was read, which event it was put under and why (human and JSON formats)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -s q -l quiet -d 'Print only findings and errors: no summary line, no notes'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l statistics -d 'Print how many findings each rule made instead of the findings (human, short and JSON formats)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l stdin-filename -d 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l stdin-meta -d 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta \'published = 2025-07-04\'`), with the keys of front matter (title, outlet, published, url, event, lang)' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l format -r -f -a "human\t''
json\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l skipped -d 'Also list numbers that were seen but not read as claims, and why'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand claims" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand graph" -l format -r -f -a "dot\t'Graphviz DOT: `crosscheck graph corpus | dot -Tsvg > graph.svg`'
json\t'Nodes and labelled edges as JSON'"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand graph" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand graph" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand graph" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand graph" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand graph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "list" -d 'List the rules: id, kind, severity, summary'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "explain" -d 'Explain a rule: what it flags, its settings, what it relies on, its examples'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "new" -d 'Write a new rule file of a kind, with one example that fires and one that must not'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "test" -d 'Run rules\' examples and compare what they show with their snapshots'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "schema" -d 'Print the JSON Schema of rule files (for editors: completion and validation)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "docs" -d 'Write each rule\'s reference page (`ID.md`) into a folder'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and not __fish_seen_subcommand_from list explain new test schema docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from list" -l format -r -f -a "human\t''
json\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from list" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from list" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from list" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from list" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from explain" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from explain" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from explain" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from explain" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from new" -l kind -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from new" -l dir -d 'The folder to write `ID.toml` in' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from new" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -l format -r -f -a "human\t''
json\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -l update -d 'Accept what the rules show now as their snapshots'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from schema" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from docs" -l out -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from docs" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from docs" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from docs" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from docs" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from docs" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the rules: id, kind, severity, summary'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Explain a rule: what it flags, its settings, what it relies on, its examples'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "new" -d 'Write a new rule file of a kind, with one example that fires and one that must not'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "test" -d 'Run rules\' examples and compare what they show with their snapshots'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the JSON Schema of rule files (for editors: completion and validation)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "docs" -d 'Write each rule\'s reference page (`ID.md`) into a folder'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and not __fish_seen_subcommand_from who person help" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and not __fish_seen_subcommand_from who person help" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and not __fish_seen_subcommand_from who person help" -f -a "who" -d 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and not __fish_seen_subcommand_from who person help" -f -a "person" -d 'Every term the record gives a person: `facts person "Keir Starmer"`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and not __fish_seen_subcommand_from who person help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -l of -d 'The jurisdiction: a country code ("GB"), a state ("US-CA"), a chamber ("US-Senate") or a name the lexicon knows ("United Kingdom")' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -l on -d 'The day; every term when absent' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -l format -r -f -a "human\t''
json\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from who" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from person" -l format -r -f -a "human\t''
json\t''"
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from person" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from person" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from person" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from person" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from person" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from help" -f -a "who" -d 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from help" -f -a "person" -d 'Every term the record gives a person: `facts person "Keir Starmer"`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand facts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and not __fish_seen_subcommand_from build update help" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and not __fish_seen_subcommand_from build update help" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and not __fish_seen_subcommand_from build update help" -f -a "build" -d 'Read an archive into a new index (replacing any at --db)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and not __fish_seen_subcommand_from build update help" -f -a "update" -d 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and not __fish_seen_subcommand_from build update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from build" -l db -d 'The index file' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from build" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from build" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from build" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from build" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from update" -l db -d 'The index file' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from update" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from update" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from update" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from update" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "build" -d 'Read an archive into a new index (replacing any at --db)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "update" -d 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand index; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand lsp" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand lsp" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand lsp" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand lsp" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand lsp" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand init" -l rules -d 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand init" -l config -d 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand init" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand init" -l force -d 'Replace an existing `crosscheck.toml`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand init" -l no-config -d 'Read no configuration file'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand init" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand completions" -l out -d 'Write the scripts into this folder (crosscheck.bash, _crosscheck, crosscheck.fish, crosscheck.elv, _crosscheck.ps1) instead of printing one' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand completions" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand completions" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand manpages" -l out -d 'The folder to write crosscheck.1 and crosscheck-COMMAND.1 into' -r -F
complete -c crosscheck -n "__fish_crosscheck_using_subcommand manpages" -s j -l threads -d 'Threads for reading reports (default: one per core). Output is the same whatever the number' -r
complete -c crosscheck -n "__fish_crosscheck_using_subcommand manpages" -s h -l help -d 'Print help'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "check" -d 'Check reports for figures and titles that cannot all be true'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "review" -d 'Check a draft against published reports: only findings that involve the draft'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "claims" -d 'Print every claim read from the reports (the parser\'s debug view)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "graph" -d 'Print the claim graph: reports, events, persons and claims, and why they are related'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "rules" -d 'List, explain, scaffold, test and document rules'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "facts" -d 'Ask the record of office-holders: who held an office on a day, what a person held'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "index" -d 'Keep an archive\'s reports and claims in an index file, for `review --index` and `check --index` (built with the `index` feature)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "lsp" -d 'A language server over standard input and output: open drafts checked as you write, against the archive `crosscheck.toml` names'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "init" -d 'Write a commented `crosscheck.toml` in the working folder'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "completions" -d 'Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "manpages" -d 'Write the manual pages (crosscheck.1 and one per command) into a folder'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and not __fish_seen_subcommand_from check review claims graph rules facts index lsp init completions manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List the rules: id, kind, severity, summary'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "explain" -d 'Explain a rule: what it flags, its settings, what it relies on, its examples'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "new" -d 'Write a new rule file of a kind, with one example that fires and one that must not'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "test" -d 'Run rules\' examples and compare what they show with their snapshots'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "schema" -d 'Print the JSON Schema of rule files (for editors: completion and validation)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "docs" -d 'Write each rule\'s reference page (`ID.md`) into a folder'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from facts" -f -a "who" -d 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from facts" -f -a "person" -d 'Every term the record gives a person: `facts person "Keir Starmer"`'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "build" -d 'Read an archive into a new index (replacing any at --db)'
complete -c crosscheck -n "__fish_crosscheck_using_subcommand help; and __fish_seen_subcommand_from index" -f -a "update" -d 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones'
