
use builtin;
use str;

set edit:completion:arg-completer[crosscheck] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'crosscheck'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'crosscheck'= {
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check reports for figures and titles that cannot all be true'
            cand review 'Check a draft against published reports: only findings that involve the draft'
            cand claims 'Print every claim read from the reports (the parser''s debug view)'
            cand graph 'Print the claim graph: reports, events, persons and claims, and why they are related'
            cand rules 'List, explain, scaffold, test and document rules'
            cand facts 'Ask the record of office-holders: who held an office on a day, what a person held'
            cand index 'Keep an archive''s reports and claims in an index file, for `review --index` and `check --index` (built with the `index` feature)'
            cand lsp 'A language server over standard input and output: open drafts checked as you write, against the archive `crosscheck.toml` names'
            cand init 'Write a commented `crosscheck.toml` in the working folder'
            cand completions 'Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`'
            cand manpages 'Write the manual pages (crosscheck.1 and one per command) into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;check'= {
            cand --stdin-filename 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)'
            cand --stdin-meta 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta ''published = 2025-07-04''`), with the keys of front matter (title, outlet, published, url, event, lang)'
            cand --format 'format'
            cand --fail-on 'The lowest severity that makes the exit code 1'
            cand --as-of 'Publication date for reports that have none (YYYY-MM-DD)'
            cand --select 'Run only these rules (comma-separated or repeated); replaces the configuration''s `select`'
            cand --ignore 'Do not run these rules (comma-separated or repeated), besides the configuration''s `disable`'
            cand --severity 'A rule''s severity for this run: `--severity conflicting-figures=error` (repeatable; wins over the configuration)'
            cand -o 'Write the output to this file instead of standard output (human output without colour)'
            cand --output 'Write the output to this file instead of standard output (human output without colour)'
            cand --baseline 'Accept the findings listed in this baseline file; entries that match nothing are listed'
            cand --write-baseline 'Write every finding to this baseline file, to accept them from now on'
            cand --source 'Check the reports as drafts against these sources, as `review --source` does'
            cand --index 'Check the reports as new ones against an archive index (`crosscheck index build`): only findings that involve them, as `review --index` does'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --explain 'After each finding, the chain of decisions that made its claims comparable: how each claim was read, which event it was put under and why (human and JSON formats)'
            cand -q 'Print only findings and errors: no summary line, no notes'
            cand --quiet 'Print only findings and errors: no summary line, no notes'
            cand --statistics 'Print how many findings each rule made instead of the findings (human, short and JSON formats)'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crosscheck;review'= {
            cand --against 'Published reports to check the draft against: files or folders (repeatable)'
            cand --index 'An archive index to check the draft against (`crosscheck index build`): only the reports the draft can be compared with are read from it'
            cand --source 'The reports the draft is based on (wire copy, a source it summarises or translates): every figure, title, name and date of the draft must be supported by one of them'
            cand --stdin-filename 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)'
            cand --stdin-meta 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta ''published = 2025-07-04''`), with the keys of front matter (title, outlet, published, url, event, lang)'
            cand --format 'format'
            cand --fail-on 'The lowest severity that makes the exit code 1'
            cand --as-of 'Publication date for reports that have none (YYYY-MM-DD)'
            cand --select 'Run only these rules (comma-separated or repeated); replaces the configuration''s `select`'
            cand --ignore 'Do not run these rules (comma-separated or repeated), besides the configuration''s `disable`'
            cand --severity 'A rule''s severity for this run: `--severity conflicting-figures=error` (repeatable; wins over the configuration)'
            cand -o 'Write the output to this file instead of standard output (human output without colour)'
            cand --output 'Write the output to this file instead of standard output (human output without colour)'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --explain 'After each finding, the chain of decisions that made its claims comparable: how each claim was read, which event it was put under and why (human and JSON formats)'
            cand -q 'Print only findings and errors: no summary line, no notes'
            cand --quiet 'Print only findings and errors: no summary line, no notes'
            cand --statistics 'Print how many findings each rule made instead of the findings (human, short and JSON formats)'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crosscheck;claims'= {
            cand --stdin-filename 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)'
            cand --stdin-meta 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta ''published = 2025-07-04''`), with the keys of front matter (title, outlet, published, url, event, lang)'
            cand --format 'format'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --skipped 'Also list numbers that were seen but not read as claims, and why'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;graph'= {
            cand --format 'format'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'crosscheck;rules'= {
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the rules: id, kind, severity, summary'
            cand explain 'Explain a rule: what it flags, its settings, what it relies on, its examples'
            cand new 'Write a new rule file of a kind, with one example that fires and one that must not'
            cand test 'Run rules'' examples and compare what they show with their snapshots'
            cand schema 'Print the JSON Schema of rule files (for editors: completion and validation)'
            cand docs 'Write each rule''s reference page (`ID.md`) into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;rules;list'= {
            cand --format 'format'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;rules;explain'= {
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;rules;new'= {
            cand --kind 'kind'
            cand --dir 'The folder to write `ID.toml` in'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;rules;test'= {
            cand --format 'format'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --update 'Accept what the rules show now as their snapshots'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;rules;schema'= {
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;rules;docs'= {
            cand --out 'out'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;rules;help'= {
            cand list 'List the rules: id, kind, severity, summary'
            cand explain 'Explain a rule: what it flags, its settings, what it relies on, its examples'
            cand new 'Write a new rule file of a kind, with one example that fires and one that must not'
            cand test 'Run rules'' examples and compare what they show with their snapshots'
            cand schema 'Print the JSON Schema of rule files (for editors: completion and validation)'
            cand docs 'Write each rule''s reference page (`ID.md`) into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;rules;help;list'= {
        }
        &'crosscheck;rules;help;explain'= {
        }
        &'crosscheck;rules;help;new'= {
        }
        &'crosscheck;rules;help;test'= {
        }
        &'crosscheck;rules;help;schema'= {
        }
        &'crosscheck;rules;help;docs'= {
        }
        &'crosscheck;rules;help;help'= {
        }
        &'crosscheck;facts'= {
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
            cand who 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`'
            cand person 'Every term the record gives a person: `facts person "Keir Starmer"`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;facts;who'= {
            cand --of 'The jurisdiction: a country code ("GB"), a state ("US-CA"), a chamber ("US-Senate") or a name the lexicon knows ("United Kingdom")'
            cand --on 'The day; every term when absent'
            cand --format 'format'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;facts;person'= {
            cand --format 'format'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;facts;help'= {
            cand who 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`'
            cand person 'Every term the record gives a person: `facts person "Keir Starmer"`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;facts;help;who'= {
        }
        &'crosscheck;facts;help;person'= {
        }
        &'crosscheck;facts;help;help'= {
        }
        &'crosscheck;index'= {
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
            cand build 'Read an archive into a new index (replacing any at --db)'
            cand update 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;index;build'= {
            cand --db 'The index file'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;index;update'= {
            cand --db 'The index file'
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;index;help'= {
            cand build 'Read an archive into a new index (replacing any at --db)'
            cand update 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;index;help;build'= {
        }
        &'crosscheck;index;help;update'= {
        }
        &'crosscheck;index;help;help'= {
        }
        &'crosscheck;lsp'= {
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;init'= {
            cand --rules 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it'
            cand --config 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --force 'Replace an existing `crosscheck.toml`'
            cand --no-config 'Read no configuration file'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;completions'= {
            cand --out 'Write the scripts into this folder (crosscheck.bash, _crosscheck, crosscheck.fish, crosscheck.elv, _crosscheck.ps1) instead of printing one'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;manpages'= {
            cand --out 'The folder to write crosscheck.1 and crosscheck-COMMAND.1 into'
            cand -j 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand --threads 'Threads for reading reports (default: one per core). Output is the same whatever the number'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'crosscheck;help'= {
            cand check 'Check reports for figures and titles that cannot all be true'
            cand review 'Check a draft against published reports: only findings that involve the draft'
            cand claims 'Print every claim read from the reports (the parser''s debug view)'
            cand graph 'Print the claim graph: reports, events, persons and claims, and why they are related'
            cand rules 'List, explain, scaffold, test and document rules'
            cand facts 'Ask the record of office-holders: who held an office on a day, what a person held'
            cand index 'Keep an archive''s reports and claims in an index file, for `review --index` and `check --index` (built with the `index` feature)'
            cand lsp 'A language server over standard input and output: open drafts checked as you write, against the archive `crosscheck.toml` names'
            cand init 'Write a commented `crosscheck.toml` in the working folder'
            cand completions 'Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`'
            cand manpages 'Write the manual pages (crosscheck.1 and one per command) into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crosscheck;help;check'= {
        }
        &'crosscheck;help;review'= {
        }
        &'crosscheck;help;claims'= {
        }
        &'crosscheck;help;graph'= {
        }
        &'crosscheck;help;rules'= {
            cand list 'List the rules: id, kind, severity, summary'
            cand explain 'Explain a rule: what it flags, its settings, what it relies on, its examples'
            cand new 'Write a new rule file of a kind, with one example that fires and one that must not'
            cand test 'Run rules'' examples and compare what they show with their snapshots'
            cand schema 'Print the JSON Schema of rule files (for editors: completion and validation)'
            cand docs 'Write each rule''s reference page (`ID.md`) into a folder'
        }
        &'crosscheck;help;rules;list'= {
        }
        &'crosscheck;help;rules;explain'= {
        }
        &'crosscheck;help;rules;new'= {
        }
        &'crosscheck;help;rules;test'= {
        }
        &'crosscheck;help;rules;schema'= {
        }
        &'crosscheck;help;rules;docs'= {
        }
        &'crosscheck;help;facts'= {
            cand who 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`'
            cand person 'Every term the record gives a person: `facts person "Keir Starmer"`'
        }
        &'crosscheck;help;facts;who'= {
        }
        &'crosscheck;help;facts;person'= {
        }
        &'crosscheck;help;index'= {
            cand build 'Read an archive into a new index (replacing any at --db)'
            cand update 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones'
        }
        &'crosscheck;help;index;build'= {
        }
        &'crosscheck;help;index;update'= {
        }
        &'crosscheck;help;lsp'= {
        }
        &'crosscheck;help;init'= {
        }
        &'crosscheck;help;completions'= {
        }
        &'crosscheck;help;manpages'= {
        }
        &'crosscheck;help;help'= {
        }
    ]
    $completions[$command]
}
